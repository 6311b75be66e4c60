"""Sensitivity from the keyboard: change a weight, watch the ranking and the sentence follow."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.boards.sensitivity_board import SensitivityBoard
from app.ui.main_window import MainWindow
from facilitation import decision_matrix, records
from tests.ui.conftest import Keyboard
from tests.ui.matrix_data import SCALE, fill_matrix, stored_scores
from tests.ui.on_screen import current_board, session_of

K = Qt.Key


@pytest.fixture
def window(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    window = open_phase("tradeoff", "sensitivity")
    assert window.controller is not None
    fill_matrix(window.controller)
    return window


def board_of(window: MainWindow) -> SensitivityBoard:
    return current_board(window, SensitivityBoard)


def ranking(board: SensitivityBoard) -> list[tuple[str, str, str]]:
    return [(r.rank, r.name, r.figures) for r in board.standings.rows]


def test_a_fragile_lead_is_said_plainly(window: MainWindow) -> None:
    board = board_of(window)
    assert ranking(board) == [
        ("1", "Standard", "59.5 · 70%"),
        ("2", "Durable", "57.5 · 68%"),
        ("3 (tie)", "Constrained and fast", "53.5 · 63%"),
        ("3 (tie)", "Status quo", "53.5 · 63%"),
    ]
    assert board.standings.rows[0].leading
    assert board.sentence.text() == (
        "Fragile: Standard leads, but one step changes that. "
        "Lowering Time to ship from 4 to 3 would tie Standard and Durable at the top."
    )
    assert board.sentence.property("fragile") is True


def test_changing_a_weight_recomputes_the_ranking_live(
    window: MainWindow, keyboard: Keyboard, db_path: Path
) -> None:
    board = board_of(window)
    assert QApplication.focusWidget() is board.weights
    keyboard.press(K.Key_Down)  # Time to ship, weight 4
    keyboard.press(K.Key_Minus)
    # Time to ship 3: the maximum drops to 16 × 5 = 80, so 56.5 is 71%.
    assert ranking(board)[:2] == [
        ("1 (tie)", "Standard", "56.5 · 71%"),
        ("1 (tie)", "Durable", "56.5 · 71%"),
    ]
    assert board.sentence.text() == "No single winner: Standard and Durable are tied at the top."
    keyboard.type("2")
    assert ranking(board)[0] == ("1", "Durable", "55.5 · 74%")  # of 15 × 5 = 75
    assert board.sentence.text().startswith("Fragile: Durable leads")
    # The weight is the very record the criteria phase set.
    time_id = decision_matrix.criteria(session_of(window))[1].id
    assert stored_scores(db_path, session_of(window).id)[(time_id, "weight", "")] == 2
    assert board.weights.weight_shown(1) == 2


def test_a_lead_no_single_weight_can_change_is_called_robust(window: MainWindow) -> None:
    board = board_of(window)
    assert window.controller is not None
    session = session_of(window)
    durable = decision_matrix.options(session)[2].id
    for criterion in decision_matrix.criteria(session):
        for side in ("product", "engineering"):
            assert window.controller.run(
                lambda s, c=criterion.id, sd=side: records.set_score(
                    s, durable, c, 5, scale=SCALE, side=sd
                )
            )
    assert board.sentence.text() == (
        "Durable leads, and no single weight change within 1–5 changes the winner."
    )
    assert board.sentence.property("fragile") is False


def test_the_widest_gaps_are_listed_first_as_prompts(window: MainWindow) -> None:
    board = board_of(window)
    lines = [board.gaps.item(r).text() for r in range(board.gaps.count())]
    assert lines[:3] == [
        "Constrained and fast · User value\nproduct 4, engineering 2 · 2 apart",
        "Constrained and fast · Engineering effort\nproduct 2, engineering 4 · 2 apart",
        "Constrained and fast · Maintainability\nproduct 2, engineering 1 · 1 apart",
    ]
    assert len(lines) == 6  # the longest list that still reads on a projector


def test_nothing_scored_means_nothing_to_test(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("tradeoff", "sensitivity")
    board = board_of(window)
    assert board.sentence.text() == "Nothing is scored yet, so there is no winner."
    assert board.standings.rows == []
    assert board.gaps.item(0).text() == (
        "Product and engineering gave every cell they both scored the same score."
    )
    assert board.warning.text().startswith("No weight yet: User value")
