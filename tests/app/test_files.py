"""Output files are replaced whole or not at all."""

from pathlib import Path
from typing import BinaryIO

import pytest

from app.files import write_atomically


def test_a_failed_write_leaves_the_old_file_and_no_scraps(tmp_path: Path) -> None:
    target = tmp_path / "session.json"
    target.write_text("the export from yesterday")

    def half_then_fail(out: BinaryIO) -> None:
        out.write(b"{ half a new export")
        raise RuntimeError("disk gave up")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_fail)
    assert target.read_text() == "the export from yesterday"
    assert [p.name for p in tmp_path.iterdir()] == ["session.json"]


def test_a_whole_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "session.json"
    target.write_text("old")
    write_atomically(target, lambda out: out.write(b"new"))
    assert target.read_text() == "new"
