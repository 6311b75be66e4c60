"""Fixtures for the command line: a database holding the demo, and `main` run in-process."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.__main__ import main
from app.demo import write_demo
from app.storage import Store
from tests.fakes import FakeClock


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
