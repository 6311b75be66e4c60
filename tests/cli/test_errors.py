"""Every failure is one sentence on stderr, a non-zero exit, and no change to anyone's files."""

import random
import sqlite3
import sys
import types
from pathlib import Path
from typing import cast

import pytest

from app import cli
from app.__main__ import main
from app.storage import SessionSummary, Store
from facilitation.changes import put
from facilitation.entities import SessionRecord
from tests.cli.conftest import Outcome, Seam


def _one_clear_line(result: Outcome, *fragments: str) -> None:
    assert result.code != 0
    assert len(result.err_lines) == 1, result.err
    assert "Traceback" not in result.err
    for fragment in fragments:
        assert fragment in result.err


@pytest.mark.parametrize(
    "command", [["list"], ["list", "--json"], ["export", "--session", "x", "--json", "-"]]
)
def test_missing_database_is_named_and_not_created(
    seam: Seam, tmp_path: Path, command: list[str]
) -> None:
    db = tmp_path / "nowhere" / "seam.sqlite3"
    result = seam(*command, "--db", db)
    _one_clear_line(result, f"no database at {db}")
    assert not db.exists() and not db.parent.exists()


def test_missing_default_database_leaves_the_data_folder_alone(seam: Seam, data_dir: Path) -> None:
    result = seam("list")
    _one_clear_line(result, str(data_dir / "seam.sqlite3"))
    assert not data_dir.exists()


def test_a_folder_is_not_a_database(seam: Seam, tmp_path: Path) -> None:
    _one_clear_line(seam("list", "--db", tmp_path), "is a folder")


def test_unknown_session(seam: Seam, demo_db: tuple[Path, str]) -> None:
    path, _ = demo_db
    result = seam("export", "--db", path, "--session", "no-such-id", "--json", "-")
    _one_clear_line(result, "no session 'no-such-id'")
    assert result.out == ""


class _TwoSessions:
    def list_sessions(self) -> list[SessionSummary]:
        return [
            SessionSummary(i, "premortem", "t", "setup", "", "", 0) for i in ("abc123", "abd456")
        ]


def test_id_prefixes_must_be_unique() -> None:
    store = cast(Store, _TwoSessions())
    assert cli._resolve(store, "abd", Path("x")) == "abd456"
    with pytest.raises(cli.CliError, match="2 sessions start with 'ab'"):
        cli._resolve(store, "ab", Path("x"))
    with pytest.raises(cli.CliError, match="no session ''"):
        cli._resolve(store, "", Path("x"))


def test_session_of_an_unknown_method(seam: Seam, tmp_path: Path) -> None:
    db = tmp_path / "seam.sqlite3"
    store = Store(db)
    stamp = "2026-11-21T09:00:00.000+00:00"
    store.commit(
        "r1", put(SessionRecord("r1", "lean-coffee", "Sprint 9", "setup", stamp, stamp, 60))
    )
    store.close()
    result = seam("export", "--db", db, "--session", "r1", "--json", "-")
    _one_clear_line(result, "Seam does not know the method 'lean-coffee'.")


@pytest.mark.parametrize("flag", ["--json", "--pdf"])
def test_unwritable_output(
    seam: Seam, demo_db: tuple[Path, str], tmp_path: Path, flag: str
) -> None:
    path, session_id = demo_db
    out = tmp_path / "missing-folder" / "out.file"
    result = seam("export", "--db", path, "--session", session_id, flag, out)
    _one_clear_line(result, f"cannot write {out}")
    assert not out.exists()


def test_demo_into_an_impossible_place(seam: Seam, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = seam("demo", "--db", blocker / "seam.sqlite3")
    _one_clear_line(result, "cannot create")


def test_corrupt_database_is_reported_and_left_byte_identical(seam: Seam, tmp_path: Path) -> None:
    db = tmp_path / "seam.sqlite3"
    db.write_bytes(random.Random(7).randbytes(8192))
    before = db.read_bytes()
    for command in (["list"], ["export", "--session", "x", "--json", "-"], ["demo"]):
        result = seam(*command, "--db", db)
        _one_clear_line(result, "is not a Seam database, or it is damaged")
    assert db.read_bytes() == before


def test_newer_database_is_reported_and_left_byte_identical(seam: Seam, tmp_path: Path) -> None:
    db = tmp_path / "seam.sqlite3"
    Store(db).close()
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version = 99")
    raw.close()
    before = db.read_bytes()
    for command in (["list", "--json"], ["export", "--session", "x", "--pdf", "x.pdf"]):
        result = seam(*command, "--db", db)
        _one_clear_line(result, "saved by a newer version of Seam")
    assert db.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [["bogus"], ["export", "--db", "x.db"], ["export", "--session", "x"], ["list", "--pdf", "x"]],
)
def test_bad_arguments_exit_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str]
) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage:") and "Traceback" not in err
    assert not (tmp_path / "x.db").exists()


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    assert "list" in capsys.readouterr().out


def test_no_command_opens_the_gui_lazily(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    opened: list[Path] = []

    def run_gui(db_path: Path) -> int:
        opened.append(db_path)
        return 0

    fake = types.ModuleType("app.ui.app")
    fake.run_gui = run_gui  # type: ignore[attr-defined]
    # Stands in for the Qt app, so this test proves only the hand-over, not the window.
    monkeypatch.setitem(sys.modules, "app.ui.app", fake)
    assert main(["--db", str(tmp_path / "x.sqlite3")]) == 0
    assert main(["--data-dir", str(tmp_path / "d")]) == 0
    assert opened == [tmp_path / "x.sqlite3", tmp_path / "d" / "seam.sqlite3"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`seam list | head -1`: the pipe closes after one line; listing must end quietly."""
    import subprocess

    db = tmp_path / "many.sqlite3"
    store = Store(db)
    stamp = "2026-11-21T09:00:00.000+00:00"
    # More lines than a pipe buffers, so the listing is still writing when the reader stops.
    sessions = [
        SessionRecord(f"s{n:05d}", "premortem", "A" * 60, "setup", stamp, stamp, 60)
        for n in range(2000)
    ]
    for record in sessions:
        store.commit(record.id, put(record))
    store.close()
    with subprocess.Popen(
        [sys.executable, "-m", "app", "list", "--db", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as listing:
        assert listing.stdout is not None and listing.stderr is not None
        first = listing.stdout.readline()
        listing.stdout.close()  # as `head -1` does
        errors = listing.stderr.read().decode()
        assert listing.wait() == 0
    assert first.startswith(b"ID") and "Traceback" not in errors, errors
