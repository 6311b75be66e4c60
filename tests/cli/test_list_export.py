"""`list` and `export`: what a script or a colleague gets out of the database."""

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from app.export_json import session_to_json
from app.methods_catalog import load_methods
from app.paths import default_db_path
from app.sessions import open_session
from app.storage import Store
from facilitation.followup import ACTION_STATUSES, ACTION_TRENDS, RISK_OUTCOMES
from facilitation.lifecycle import SetupDraft, create_session, start_session
from facilitation.method import INPUT_KINDS
from facilitation.roles import Role
from facilitation.session import Session
from tests.cli.conftest import Seam
from tests.fakes import FakeClock
from tests.storage.helpers import reopened

SUMMARY_KEYS = {"id", "method", "title", "status", "created_at", "updated_at"}
# What format_version 1 held when it was first published; everything since is optional.
OLDER_SECTIONS = (
    "format",
    "format_version",
    "method",
    "session",
    "participants",
    "phases",
    "cards",
    "themes",
    "tallies",
    "risks",
    "actions",
    "polls",
)
NEWER_ITEM_KEYS = {"cards": {"column", "parent_id", "fields"}, "actions": {"co_owner", "status"}}


def test_list_json_after_demo(seam: Seam, tmp_path: Path) -> None:
    db = tmp_path / "seam.sqlite3"
    first = seam("demo", "--db", db).out.split()
    second = seam("demo", "--db", db).out.split()
    result = seam("list", "--db", db, "--json")
    assert result.code == 0 and result.err == ""
    listed = json.loads(result.out)
    assert {s["id"] for s in listed} == set(first) | set(second)
    stamps = [s["updated_at"] for s in listed]
    assert stamps == sorted(stamps, reverse=True), "newest first"
    assert [s["method"] for s in listed[:2]] == ["retro", "retro"], "the retros were held last"
    titles = {s["method"]: s["title"] for s in listed}
    assert titles["premortem"] == "Self-serve invoice disputes"
    assert titles["problem"] == "Invoice disputes"
    for entry in listed:
        assert set(entry) == SUMMARY_KEYS
        assert entry["status"] == "completed"
        assert entry["created_at"] < entry["updated_at"]


def test_list_table_is_aligned(seam: Seam, demo_db: tuple[Path, str]) -> None:
    path, session_id = demo_db
    result = seam("list", "--db", path)
    assert result.code == 0
    header, row = result.out.splitlines()
    assert row.startswith(session_id)
    assert header.index("TITLE") == row.index("Self-serve invoice disputes")
    assert header.index("STATUS") == row.index("completed")


def test_db_and_data_dir_go_before_or_after_the_command(seam: Seam, tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    newest = seam("--data-dir", folder, "demo").out.split()[-1]
    assert (folder / "seam.sqlite3").is_file()
    listed = seam("list", "--data-dir", folder, "--json").out
    assert json.loads(listed)[0]["id"] == newest
    listed = seam("--db", folder / "seam.sqlite3", "list", "--json").out
    assert json.loads(listed)[0]["id"] == newest


def test_db_defaults_to_the_data_folder(seam: Seam, data_dir: Path) -> None:
    newest = seam("demo").out.split()[-1]
    assert default_db_path() == data_dir / "seam.sqlite3"
    assert json.loads(seam("list", "--json").out)[0]["id"] == newest


def test_export_json_validates_and_holds_the_whole_session(
    seam: Seam, demo_db: tuple[Path, str], tmp_path: Path, validator: Draft202012Validator
) -> None:
    path, session_id = demo_db
    out = tmp_path / "out" / "session.json"
    out.parent.mkdir()
    result = seam("export", "--db", path, "--session", session_id, "--json", out)
    assert result.code == 0 and result.err == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    validator.validate(data)

    session = reopened(path, session_id, FakeClock())
    assert data["session"]["id"] == session_id
    assert data["method"] == {"id": "premortem", "name": "Pre-mortem"}
    assert len(data["cards"]) == len(session.cards) >= 27
    assert [t["name"] for t in data["themes"]] == [t.name for t in session.ordered_themes()]
    assert [a["what"] for a in data["actions"]] == [a.what for a in session.ordered_actions()]
    assert data["session"]["verdict"] == "Go with conditions"
    assert data["polls"] == {"confidence": {"2": 1, "3": 2, "4": 2, "5": 1}}
    assert [r["score"] for r in data["risks"]] == sorted(
        (r["score"] for r in data["risks"]), reverse=True
    )
    assert {r["band"] for r in data["risks"]} == {"High", "Medium", "Low"}
    assert any("&" in c["text"] for c in data["cards"]), "text is stored raw, not escaped"
    assert data["session"]["team"] == "" and data["links"] == [] and data["results"] == {}
    paired = [a for a in data["actions"] if a["co_owner"]]
    assert paired and all(a["status"] is None for a in data["actions"])


def test_export_json_to_stdout_with_an_id_prefix(seam: Seam, demo_db: tuple[Path, str]) -> None:
    path, session_id = demo_db
    result = seam("export", "--db", path, "--session", session_id[:8], "--json", "-")
    assert result.code == 0
    assert json.loads(result.out)["session"]["id"] == session_id


def test_export_pdf_and_json_together(
    seam: Seam, demo_db: tuple[Path, str], tmp_path: Path
) -> None:
    path, session_id = demo_db
    pdf, js = tmp_path / "handout.pdf", tmp_path / "session.json"
    result = seam("export", "--db", path, "--session", session_id, "--pdf", pdf, "--json", js)
    assert result.code == 0, result.err
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(js.read_text(encoding="utf-8"))["session"]["id"] == session_id


def test_a_draft_and_a_running_session_validate_too(
    premortem_draft: SetupDraft, clock: FakeClock, validator: Draft202012Validator
) -> None:
    session, _ = create_session(load_methods()["premortem"], premortem_draft, clock)
    data = session_to_json(session)
    validator.validate(data)
    assert data["session"]["verdict"] is None
    assert data["risks"] == [] and data["polls"] == {}

    session.apply(start_session(session))
    clock.advance(90)
    data = session_to_json(session)
    validator.validate(data)
    assert data["phases"][0]["state"] == "active"
    assert data["phases"][0]["actual_min"] == 1.5, "the running phase counts live time"


@pytest.mark.parametrize("method_id", ["problem", "tradeoff", "retro"])
def test_a_just_started_session_of_each_method_validates(
    started: Callable[[str], Session], validator: Draft202012Validator, method_id: str
) -> None:
    data = session_to_json(started(method_id))
    validator.validate(data)
    assert set(data["results"]) == {method_id}, "results exist, empty, before anything is entered"


def test_schema_enums_follow_the_code(validator: Draft202012Validator) -> None:
    defs, props = validator.schema["$defs"], validator.schema["properties"]
    assert set(defs["input_kind"]["enum"]) == set(INPUT_KINDS)
    assert set(load_methods()) <= set(defs["method_id"]["enum"])
    assert set(defs["role"]["enum"]) == {r.value for r in Role}
    action_status = props["actions"]["items"]["properties"]["status"]["enum"]
    assert set(action_status) == {*ACTION_STATUSES, None}
    review = props["reviews"]["items"]["properties"]
    assert set(review["status"]["enum"]) == {*ACTION_STATUSES, *RISK_OUTCOMES, None}
    assert set(review["trend"]["enum"]) == {*ACTION_TRENDS, None}
    retro = load_methods()["retro"]
    themes = defs["retro_results"]["properties"]["top_themes"]["items"]["properties"]
    for scheme in ("seam", "circle"):
        values = {v.id for v in retro.scheme(scheme).values}
        assert set(themes[scheme]["enum"]) == {*values, None}


def test_new_sections_are_optional_so_older_files_stay_valid(
    validator: Draft202012Validator,
) -> None:
    required = set(validator.schema["required"])
    assert required == {*OLDER_SECTIONS}
    assert "team" not in validator.schema["properties"]["session"]["required"]
    for section, keys in NEWER_ITEM_KEYS.items():
        assert not keys & set(validator.schema["properties"][section]["items"]["required"])


def test_list_runs_headless_in_a_real_process(demo_db: tuple[Path, str]) -> None:
    path, session_id = demo_db
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "list", "--db", str(path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["id"] == session_id
    assert "PySide6" not in done.stderr, "listing must not import Qt"
    # Opening a current file and listing is plain sqlite3, as Seam's own start is.
    assert "sqlite_utils" not in done.stderr, "listing must not import sqlite-utils"


def test_a_phase_the_method_no_longer_has_still_exports(
    seam: Seam, demo_db: tuple[Path, str], tmp_path: Path, validator: Draft202012Validator
) -> None:
    path, session_id = demo_db
    store = Store(path)
    store.db.execute("UPDATE phase_runs SET phase_id = 'retired' WHERE phase_id = 'success'")
    store.db.conn.commit()
    store.close()
    out = tmp_path / "s.json"
    result = seam("export", "--db", str(path), "--session", session_id, "--json", str(out))
    assert result.code == 0, result.err
    data = json.loads(out.read_text())
    validator.validate(data)
    retired = next(p for p in data["phases"] if p["id"] == "retired")
    assert (retired["name"], retired["input_kind"]) == ("retired", None)


def test_json_risks_follow_the_register_order(demo_db: tuple[Path, str]) -> None:
    from facilitation.premortem_report import premortem_report

    path, session_id = demo_db
    store = Store(path)
    session = open_session(store, session_id)
    store.close()
    in_json = [r["theme_id"] for r in session_to_json(session)["risks"]]
    in_register = [r.theme_id for r in premortem_report(session).risks if r.theme_id in in_json]
    assert in_json == in_register
