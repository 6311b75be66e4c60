"""The declared schema, applied as named migrations; user_version marks what this Seam knows
(app/storage/version.py holds the newest)."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from app.storage.version import APPLICATION_ID

migrations = Migrations("seam")


@migrations(name="0001_sessions")
def _create_sessions(db: Database) -> None:
    _run_all(
        db,
        """
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            method_id TEXT NOT NULL,
            title TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            total_min INTEGER NOT NULL,
            current_phase INTEGER NOT NULL DEFAULT 0,
            setup TEXT NOT NULL DEFAULT '{}',
            verdict TEXT NOT NULL DEFAULT '',
            verdict_notes TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX sessions_updated ON sessions(updated_at);
        CREATE TABLE participants (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE phase_runs (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            phase_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            planned_s REAL NOT NULL,
            elapsed_s REAL NOT NULL DEFAULT 0,
            running INTEGER NOT NULL DEFAULT 0,
            anchor TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'pending',
            PRIMARY KEY (session_id, phase_id)
        );
        CREATE TABLE cards (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            phase_id TEXT NOT NULL,
            text TEXT NOT NULL,
            role TEXT NOT NULL,
            position INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            lens TEXT NOT NULL DEFAULT '',
            theme_id TEXT NOT NULL DEFAULT '',
            mark TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX cards_session ON cards(session_id);
        CREATE TABLE themes (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            position INTEGER NOT NULL
        );
        CREATE TABLE tallies (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            phase_id TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (session_id, item_id)
        );
        CREATE TABLE risks (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            theme_id TEXT NOT NULL,
            likelihood INTEGER NOT NULL DEFAULT 0,
            impact INTEGER NOT NULL DEFAULT 0,
            roam TEXT NOT NULL DEFAULT '',
            mitigation TEXT NOT NULL DEFAULT '',
            warning_sign TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (session_id, theme_id)
        );
        CREATE TABLE actions (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            what TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            due TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL,
            done_when TEXT NOT NULL DEFAULT '',
            theme_id TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE poll_counts (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            poll_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (session_id, poll_id, value)
        );
        """,
    )
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_every_method")
def _every_method(db: Database) -> None:
    """What the retrospective, problem definition and trade-off matrix store beyond a pre-mortem."""
    _run_all(
        db,
        """
        ALTER TABLE sessions ADD COLUMN team TEXT NOT NULL DEFAULT '';
        ALTER TABLE cards ADD COLUMN [column] TEXT NOT NULL DEFAULT '';
        ALTER TABLE cards ADD COLUMN parent_id TEXT NOT NULL DEFAULT '';
        ALTER TABLE cards ADD COLUMN fields TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE actions ADD COLUMN co_owner TEXT NOT NULL DEFAULT '';
        ALTER TABLE actions ADD COLUMN status TEXT NOT NULL DEFAULT '';
        CREATE TABLE poll_counts_by_side (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            poll_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            side TEXT NOT NULL DEFAULT '',
            count INTEGER NOT NULL,
            PRIMARY KEY (session_id, poll_id, value, side)
        );
        INSERT INTO poll_counts_by_side (session_id, poll_id, value, side, count)
            SELECT session_id, poll_id, value, '', count FROM poll_counts;
        DROP TABLE poll_counts;
        ALTER TABLE poll_counts_by_side RENAME TO poll_counts;
        CREATE TABLE scores (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            criterion TEXT NOT NULL,
            side TEXT NOT NULL DEFAULT '',
            value INTEGER NOT NULL,
            PRIMARY KEY (session_id, item_id, criterion, side)
        );
        CREATE TABLE labels (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            scheme TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (session_id, item_id, scheme)
        );
        CREATE TABLE field_values (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            owner_id TEXT NOT NULL,
            field_id TEXT NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (session_id, owner_id, field_id)
        );
        CREATE TABLE links (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            earlier_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (session_id, earlier_id)
        );
        CREATE TABLE reviews (
            session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            source_session_id TEXT NOT NULL,
            text TEXT NOT NULL,
            owner TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT '',
            trend TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (session_id, item_id)
        );
        CREATE INDEX actions_session ON actions(session_id);
        CREATE INDEX sessions_team ON sessions(team)
        """,
    )
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_silent_writing")
def _silent_writing(db: Database) -> None:
    """Cards written in silence stay off the projector until the facilitator reveals them."""
    _run_all(
        db,
        """
        ALTER TABLE cards ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE cards ADD COLUMN reveal_batch INTEGER NOT NULL DEFAULT 0
        """,
    )
    db.execute("PRAGMA user_version = 3")


def _run_all(db: Database, script: str) -> None:
    # One statement at a time: executescript() would commit the migration's open transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
