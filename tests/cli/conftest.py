"""Fixtures for the command line: databases holding the demo, and `main` run in-process."""

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from app.__main__ import main
from app.demo import DemoStory, write_demo, write_story
from app.paths import resources_dir
from app.sessions import open_session
from app.storage import Store
from facilitation.session import Session
from tests.fakes import FakeClock

SCHEMA_PATH = resources_dir().parent / "docs" / "session.schema.json"


@dataclass(frozen=True)
class Outcome:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.splitlines()


Seam = Callable[..., Outcome]


@pytest.fixture
def seam(capsys: pytest.CaptureFixture[str]) -> Seam:
    """Run `python -m app ARGS` in this process and capture what it printed."""

    def run(*args: str | Path) -> Outcome:
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Outcome(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def validator() -> Draft202012Validator:
    """A validator of docs/session.schema.json, the shape `export --json` promises."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture
def demo_db(tmp_path: Path, clock: FakeClock) -> tuple[Path, str]:
    """A database file holding the demo session, and the demo's id."""
    path = tmp_path / "demo.sqlite3"
    store = Store(path)
    try:
        session_id = write_demo(store, clock)
    finally:
        store.close()
    return path, session_id


@pytest.fixture(scope="module")
def story_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DemoStory]:
    """A database holding the demo story (one session of each method), written once per module.

    Tests that change the file make their own copy.
    """
    path = tmp_path_factory.mktemp("story") / "story.sqlite3"
    store = Store(path)
    try:
        story = write_story(store, FakeClock())
    finally:
        store.close()
    return path, story


@pytest.fixture(scope="module")
def story(story_db: tuple[Path, DemoStory]) -> dict[str, Session]:
    """The story's sessions by method id, opened as the app opens them. Read them; never apply."""
    path, ids = story_db
    store = Store(path)
    try:
        return {
            method_id: open_session(store, session_id, FakeClock())
            for method_id, session_id in zip(
                ("problem", "premortem", "tradeoff", "retro"), ids.ids, strict=True
            )
        }
    finally:
        store.close()
