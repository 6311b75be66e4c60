"""The session store: opens and migrates the file, commits each change in one transaction.

Opening a file whose schema is current and listing its sessions, all that Seam's start needs, is
plain sqlite3. Migrating, loading a session and writing go through sqlite-utils, imported on first
use: importing it (with click, pluggy and dateutil) would add about 50 ms to every start.
"""

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from app.storage.rows import SESSION_SCOPED_KEYS, TABLES, TYPES, from_row, to_row
from app.storage.version import APPLICATION_ID, SCHEMA_VERSION
from facilitation.changes import Change, Put
from facilitation.entities import Action, Entity
from facilitation.history import PriorAction

if TYPE_CHECKING:
    from sqlite_utils import Database


class StorageError(RuntimeError):
    """A storage failure, phrased for the facilitator; nothing was changed when it is raised."""


@dataclass(frozen=True)
class SessionSummary:
    id: str
    method: str
    title: str
    status: str
    created_at: str
    updated_at: str
    card_count: int
    team: str = ""


class Store:
    """One SQLite file holding every session; WAL, foreign keys on, synchronous writes."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise StorageError(
                f"Seam cannot create the folder {self.path.parent}: {error.strerror}."
            ) from error
        try:
            self._conn = sqlite3.connect(self.path if str(path) != ":memory:" else ":memory:")
        except sqlite3.DatabaseError as error:
            raise StorageError(_open_problem(self.path, error)) from error
        self._db: Database | None = None
        try:
            self._prepare()
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise StorageError(_open_problem(self.path, error)) from error

    @property
    def db(self) -> "Database":
        """sqlite-utils over the store's connection, made on first use (see the module's note)."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self._conn)
        return self._db

    def _prepare(self) -> None:
        # Any read fails here on a file that is not SQLite, before anything is written.
        version = self._conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            self._conn.close()
            raise StorageError(
                f"{self.path.name} was saved by a newer version of Seam. "
                "Update Seam to open it; the file was left untouched."
            )
        if not self._is_seam_file():
            self._conn.close()
            raise StorageError(
                f"{self.path.name} belongs to another program, not Seam. "
                "Choose another file; this one was left untouched."
            )
        self._conn.execute("PRAGMA foreign_keys = ON")
        journal = self._conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(self.path) != ":memory:" and journal != "wal":
            self._conn.execute("PRAGMA journal_mode = WAL")
        # FULL makes each commit durable against power loss, not only against a crash of Seam.
        self._conn.execute("PRAGMA synchronous = FULL")
        self._conn.execute("PRAGMA busy_timeout = 3000")
        # Each migration sets user_version in the transaction that records it as applied, so a
        # file at SCHEMA_VERSION has every migration: only an older one needs sqlite-utils here.
        if version < SCHEMA_VERSION:
            from app.storage.schema import migrations

            migrations.apply(self.db)

    def _is_seam_file(self) -> bool:
        """A new, empty file or one Seam marked; anything else is another program's database."""
        application_id = self._conn.execute("PRAGMA application_id").fetchone()[0]
        if application_id:
            return bool(application_id == APPLICATION_ID)
        tables = self._conn.execute(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        return tables == 0

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        try:
            with self.db.atomic():
                yield
        # A value SQLite cannot hold (an int past 64 bits, an unpaired surrogate) fails before it
        # reaches SQLite; it is rolled back all the same and must read as a failed save.
        except (sqlite3.Error, OverflowError, UnicodeEncodeError) as error:
            raise StorageError(_write_problem(error)) from error

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.DatabaseError as error:
            # Damage deeper in the file shows only when a page is read, not when it is opened.
            raise StorageError(
                f"{self.path.name} is damaged and could not be read ({error})"
            ) from error

    # ----- writing ------------------------------------------------------------------------------

    def commit(self, session_id: str, change: Change) -> None:
        """Write every operation of `change` in one transaction, or none of them."""
        with self._writing():
            for op in change.ops:
                if isinstance(op, Put):
                    self._put(op.session_id or session_id, op.entity)
                else:
                    entity_type = TYPES[op.kind]
                    where = " AND ".join(f"[{k}] = ?" for k in entity_type.KEY)
                    params: list[object] = list(op.key)
                    if op.kind != "session":
                        where += " AND session_id = ?"
                        params.append(session_id)
                    self.db.execute(f"DELETE FROM [{TABLES[op.kind]}] WHERE {where}", params)

    def _put(self, session_id: str, entity: Entity) -> None:
        row = to_row(entity, session_id)
        columns = ", ".join(f"[{c}]" for c in row)
        marks = ", ".join("?" for _ in row)
        # INSERT OR REPLACE would delete and re-insert the session row, cascading to its children.
        keys = list(entity.KEY) + (["session_id"] if entity.KIND in SESSION_SCOPED_KEYS else [])
        updates = ", ".join(
            f"[{c}] = excluded.[{c}]" for c in row if c not in keys and c != "session_id"
        )
        conflict = ", ".join(f"[{k}]" for k in keys)
        # A row keyed by its own id stays in its session: an id clash never moves it elsewhere.
        guard = "" if "session_id" not in row else " WHERE session_id = excluded.session_id"
        self.db.execute(
            f"INSERT INTO [{TABLES[entity.KIND]}] ({columns}) VALUES ({marks}) "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {updates}{guard}",
            list(row.values()),
        )

    def delete_session(self, session_id: str) -> None:
        with self._writing():
            self.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])

    # ----- reading ------------------------------------------------------------------------------

    def load(self, session_id: str) -> list[Entity]:
        """Every record of a session; raises KeyError for an unknown id."""
        with self._reading():
            rows = list(self.db.query("SELECT * FROM sessions WHERE id = ?", [session_id]))
            if not rows:
                raise KeyError(session_id)
            entities: list[Entity] = [from_row("session", rows[0])]
            for kind, table in TABLES.items():
                if kind == "session":
                    continue
                query = f"SELECT * FROM [{table}] WHERE session_id = ?"
                entities += [from_row(kind, row) for row in self.db.query(query, [session_id])]
        return entities

    def method_of(self, session_id: str) -> str:
        with self._reading():
            query = "SELECT method_id FROM sessions WHERE id = ?"
            row = self.db.execute(query, [session_id]).fetchone()
        if row is None:
            raise KeyError(session_id)
        return str(row[0])

    def open_actions(
        self, *, team: str, linked: Sequence[str], exclude: str, before: str
    ) -> list[PriorAction]:
        """Actions not yet done from earlier sessions of `team` or from the `linked` sessions.

        Each comes with its session's id and title, oldest session first. A session counts as
        earlier when it was created before `before`; `exclude` is the asking session itself.
        """
        marks = ", ".join("?" for _ in linked)
        linked_clause = f" OR s.id IN ({marks})" if linked else ""
        query = f"""
            SELECT a.*, s.title AS session_title
            FROM actions a JOIN sessions s ON s.id = a.session_id
            WHERE a.status != 'done' AND s.id != ? AND s.status != 'setup'
              AND ((s.team != '' AND s.team = ? AND s.created_at < ?){linked_clause})
            ORDER BY s.created_at, a.position
        """
        with self._reading():
            rows = list(self.db.query(query, [exclude, team, before, *linked]))
        return [
            PriorAction(
                cast(Action, from_row("action", row)), row["session_id"], row["session_title"]
            )
            for row in rows
        ]

    def list_sessions(self) -> list[SessionSummary]:
        """Newest first, with a card count for the home screen."""
        query = """
            SELECT s.id, s.method_id, s.title, s.status, s.created_at, s.updated_at,
                   (SELECT COUNT(*) FROM cards c WHERE c.session_id = s.id) AS card_count,
                   s.team
            FROM sessions s ORDER BY s.updated_at DESC, s.created_at DESC
        """
        with self._reading():
            rows = self._conn.execute(query).fetchall()
        return [SessionSummary(*row) for row in rows]


def _open_problem(path: Path, error: sqlite3.DatabaseError) -> str:
    text = str(error).lower()
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path.name} is not a Seam database, or it is damaged. Seam left it untouched."
    if "unable to open" in text:
        return f"Seam cannot open {path}: check that the folder exists and can be written."
    return f"Seam cannot open {path.name}: {error}."


def _write_problem(error: Exception) -> str:
    text = str(error).lower()
    if "full" in text:
        return "The disk is full, so the last change was not saved. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "The database file is read-only, so the last change was not saved."
    if "locked" in text or "busy" in text:
        return "Another program is using the database, so the last change was not saved."
    return f"The last change could not be saved ({error})."
