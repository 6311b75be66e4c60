"""Killing Seam mid-session loses nothing that was on screen."""

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from app.ui.boards.cards_board import CardsBoard
from app.ui.main_window import MainWindow
from tests.ui.card_texts import CARDS
from tests.ui.on_screen import current_board, runner_of

ROOT = Path(__file__).resolve().parents[2]


def test_sigkill_mid_session_then_reopen_shows_every_entered_card(
    tmp_path: Path, db_path: Path, open_window: Callable[[], MainWindow]
) -> None:
    child = subprocess.run(
        [sys.executable, "-m", "tests.ui.killed_session", str(db_path), str(tmp_path / "k.ini")],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert child.returncode == -9, child.stderr
    session_id = child.stdout.strip()

    window = open_window()
    window.open_session(session_id)
    assert runner_of(window).phase_title.text() == "Phase 3 of 10 · Silent failure history"
    board = current_board(window, CardsBoard)
    shown = [board.model.data(board.model.index(row)) for row in range(board.model.rowCount())]
    assert shown == CARDS
    assert board.entry.text() == ""
