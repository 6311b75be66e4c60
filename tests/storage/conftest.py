"""Storage fixtures: a store on a fresh file, closed after the test."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage import Store


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "seam.sqlite3"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store(db_path)
    yield opened
    opened.close()
