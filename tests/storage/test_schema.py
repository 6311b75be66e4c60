"""The schema: created once by the migrations, the same after every reopen, one table per record."""

import dataclasses
import sqlite3
from pathlib import Path

import pytest

from app.storage import StorageError, Store
from app.storage.rows import SESSION_SCOPED_KEYS, TABLES
from app.storage.version import SCHEMA_VERSION
from facilitation.changes import put
from facilitation.entities import ENTITY_TYPES, Card
from facilitation.roles import Role

SEAM_TABLES = {
    "sessions",
    "participants",
    "phase_runs",
    "cards",
    "themes",
    "tallies",
    "risks",
    "actions",
    "poll_counts",
    "scores",
    "labels",
    "field_values",
    "links",
    "reviews",
}
MIGRATIONS = ["0001_sessions", "0002_every_method", "0003_silent_writing"]


def schema_of(path: Path) -> list[tuple[str, str, str]]:
    with sqlite3.connect(path) as conn:
        found = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    conn.close()
    return found


def test_a_new_file_gets_the_schema_wal_and_foreign_keys(store: Store) -> None:
    tables = set(store.db.table_names())
    assert tables == SEAM_TABLES | {"_sqlite_migrations"}
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_schema_version_is_the_number_of_migrations() -> None:
    # A file at SCHEMA_VERSION is opened without asking the migrations; a migration added without
    # raising SCHEMA_VERSION would be skipped on every file the older Seam wrote.
    from sqlite_utils import Database

    from app.storage.schema import migrations

    pending = [m.name for m in migrations.pending(Database(memory=True))]
    assert pending == MIGRATIONS
    assert len(pending) == SCHEMA_VERSION


def test_reopening_migrates_nothing_twice(db_path: Path) -> None:
    Store(db_path).close()
    first = schema_of(db_path)
    for _ in range(3):
        again = Store(db_path)
        applied = list(again.db.query("SELECT name FROM _sqlite_migrations ORDER BY id"))
        assert [row["name"] for row in applied] == MIGRATIONS
        again.close()
    assert schema_of(db_path) == first


def test_every_record_field_has_its_column(store: Store) -> None:
    for entity_type in ENTITY_TYPES:
        table = TABLES[entity_type.KIND]
        columns = {c.name for c in store.db[table].columns}
        fields = {f.name for f in dataclasses.fields(entity_type)}
        extra = set() if entity_type.KIND == "session" else {"session_id"}
        assert columns == fields | extra, table
        keys = set(store.db[table].pks)
        scoped = {"session_id"} if entity_type.KIND in SESSION_SCOPED_KEYS else set()
        assert keys == set(entity_type.KEY) | scoped, table


def test_foreign_keys_are_enforced(store: Store) -> None:
    orphan = Card("c1", "reasons", "No session", Role.PRODUCT, 0, "2026-11-21T09:00:00.000+00:00")
    with pytest.raises(StorageError) as caught:
        store.commit("no-such-session", put(orphan))
    assert (
        str(caught.value) == "The last change could not be saved (FOREIGN KEY constraint failed)."
    )
    assert store.db.execute("SELECT COUNT(*) FROM cards").fetchone()[0] == 0


def test_a_first_version_file_upgrades_keeping_every_record(db_path: Path) -> None:
    from sqlite_utils import Database

    from app.storage.schema import migrations

    old = Database(db_path)
    migrations.apply(old, stop_before="0002_every_method")
    old.execute(
        "INSERT INTO sessions (id, method_id, title, status, created_at, updated_at, total_min) "
        "VALUES ('s1', 'premortem', 'Billing', 'completed', '2026-01-01', '2026-01-01', 60)"
    )
    old.execute(
        "INSERT INTO poll_counts (session_id, poll_id, value, count) "
        "VALUES ('s1', 'confidence', 4, 3)"
    )
    old.execute(
        "INSERT INTO cards (id, session_id, phase_id, text, role, position, created_at) "
        "VALUES ('c1', 's1', 'reasons', 'Vendor slips', 'product', 0, '2026-01-01')"
    )
    old.conn.commit()
    old.close()

    store = Store(db_path)
    records = store.load("s1")
    polls = [r for r in records if r.KIND == "poll_count"]
    cards = [r for r in records if isinstance(r, Card)]
    assert [(p.poll_id, p.value, p.count, p.side) for p in polls] == [("confidence", 4, 3, "")]
    assert [(c.text, c.column, c.parent_id, c.fields, c.hidden) for c in cards] == [
        ("Vendor slips", "", "", {}, False)
    ], "a card stored before silent writing stays on the projector"
    assert store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
