"""The declared schema, applied as named migrations; user_version marks what this Seam knows."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

SCHEMA_VERSION = 1  # the newest migration's number; each migration sets its own
# 'SEAM' in ASCII: marks the file as Seam's, so another program's database is never migrated.
APPLICATION_ID = 0x5345414D
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


def _run_all(db: Database, script: str) -> None:
    # One statement at a time: executescript() would commit the migration's open transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)
