"""`seam --smoke` starts Seam fully, paints the main window, says how long it took and exits 0."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.__main__ import main
from app.smoke import SHOWN_PREFIX, run_smoke

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_paints_the_main_window_and_exits_zero(data_dir: Path) -> None:
    # A process of its own, as CI and the benchmarks run it: the event loop really ends.
    done = subprocess.run(
        [sys.executable, "-m", "app", "--smoke", "--data-dir", str(data_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    line = done.stdout.strip()
    assert line.startswith(SHOWN_PREFIX)
    assert "platform offscreen" in line
    assert "0 sessions" in line
    assert (data_dir / "seam.sqlite3").is_file()


def test_smoke_takes_no_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--smoke", "list"]) == 2
    assert "--smoke" in capsys.readouterr().err


def test_smoke_fails_in_one_line_on_a_file_that_is_not_seams(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_text("not a database", encoding="utf-8")
    assert run_smoke(other) == 1
    error = capsys.readouterr().err.strip()
    assert error.startswith("seam smoke: ")
    assert "\n" not in error
