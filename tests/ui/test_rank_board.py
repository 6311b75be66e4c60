"""Trade-off sliders from the keyboard: each side ranks, the room agrees, the gaps are named."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.boards.rank_board import RankBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from tests.ui.conftest import Keyboard
from tests.ui.matrix_data import stored_scores
from tests.ui.on_screen import current_board

K = Qt.Key
ITEMS = ("time", "scope", "quality", "experience", "cost")


@pytest.fixture
def window(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    return open_phase("tradeoff", "sliders")


def board_of(window: MainWindow) -> RankBoard:
    return current_board(window, RankBoard)


def column_texts(board: RankBoard, column: int) -> list[str]:
    """What one rank column shows, top to bottom (1 Product, 2 Engineering, 3 Agreed)."""
    return [board.table.item(row, column).text() for row in range(len(ITEMS))]


def rank_column(keyboard: Keyboard, digits: str) -> None:
    """Type a whole column's ranks top to bottom: each digit moves the cursor down."""
    for digit in digits:
        keyboard.type(digit)


def to_top_of_next_column(keyboard: Keyboard) -> None:
    for _ in ITEMS:
        keyboard.press(K.Key_Up)
    keyboard.press(K.Key_Right)


def test_each_side_ranks_then_the_room_agrees_and_the_gaps_are_named(
    window: MainWindow, keyboard: Keyboard, db_path: Path
) -> None:
    board = board_of(window)
    assert board.table.horizontalHeaderItem(1).text() == "Product"
    assert board.table.horizontalHeaderItem(3).text() == "Agreed"
    assert column_texts(board, 0) == [
        "Time to ship",
        "Scope",
        "Quality and maintainability",
        "Performance and user experience",
        "Cost and effort",
    ]
    assert board.ends.text() == "1 = most flexible · 5 = least flexible"

    rank_column(keyboard, "14235")  # product: time 1, scope 4, quality 2…
    to_top_of_next_column(keyboard)
    rank_column(keyboard, "21534")  # engineering
    to_top_of_next_column(keyboard)
    rank_column(keyboard, "21543")  # agreed

    assert column_texts(board, 1) == ["1", "4", "2", "3", "5"]
    assert column_texts(board, 2) == ["2", "1", "5", "3", "4"]
    assert column_texts(board, 3) == ["2", "1", "5", "4", "3"]
    # Widest gap first; the item both sides ranked alike is not listed.
    assert board.gaps.text().splitlines() == [
        "Scope: product 4, engineering 1, 3 apart",
        "Quality and maintainability: product 2, engineering 5, 3 apart",
        "Time to ship: product 1, engineering 2, 1 apart",
        "Cost and effort: product 5, engineering 4, 1 apart",
    ]
    agreed = {row.name: row.agreed for row in board.chart.rows}
    assert agreed["Scope"] == 1 and agreed["Quality and maintainability"] == 5
    assert {r.name: (r.product, r.engineering) for r in board.chart.rows}["Scope"] == (4, 1)

    stored = stored_scores(db_path, window.controller.session.id)  # type: ignore[union-attr]
    assert stored[("scope", "sliders", "product")] == 4
    assert stored[("scope", "sliders", "engineering")] == 1
    assert stored[("quality", "sliders", "")] == 5


def test_a_rank_already_taken_swaps_places(window: MainWindow, keyboard: Keyboard) -> None:
    board = board_of(window)
    rank_column(keyboard, "12")  # time 1, scope 2
    keyboard.press(K.Key_Up)  # back on scope
    keyboard.type("1")
    assert column_texts(board, 1)[:2] == ["2", "1"]
    session = window.controller.session  # type: ignore[union-attr]
    assert session.scores_by("sliders", "product") == {"time": 2, "scope": 1}


def test_zero_clears_and_a_rank_off_the_list_is_refused_with_a_sentence(
    window: MainWindow, keyboard: Keyboard
) -> None:
    board = board_of(window)
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    keyboard.type("3")
    keyboard.press(K.Key_Up)
    keyboard.type("0")
    assert column_texts(board, 1)[0] == "–"
    keyboard.type("9")
    assert runner.message.text() == "Choose a rank from 1 to 5."
    keyboard.press(K.Key_Delete)
    assert window.controller.session.scores_by("sliders", "product") == {}  # type: ignore[union-attr]


def test_left_never_rests_on_the_names(window: MainWindow, keyboard: Keyboard) -> None:
    board = board_of(window)
    keyboard.press(K.Key_Left)
    assert board.table.currentColumn() == 1
    keyboard.type("5")
    assert window.controller.session.scores_by("sliders", "product") == {"time": 5}  # type: ignore[union-attr]


def test_the_sides_agreeing_everywhere_is_said_plainly(
    window: MainWindow, keyboard: Keyboard
) -> None:
    board = board_of(window)
    rank_column(keyboard, "12345")
    to_top_of_next_column(keyboard)
    rank_column(keyboard, "12345")
    assert board.gaps.text() == "The two sides ranked every item the same."


def test_without_sides_the_room_ranks_once(window: MainWindow, qtbot: QtBot) -> None:
    assert window.controller is not None
    phase = window.controller.session.method.phase("sliders")
    panel = replace(phase.panels[0], settings={**phase.panels[0].settings, "by_side": False})
    board = RankBoard(window.controller, phase, panel)
    qtbot.addWidget(board)
    board.show()
    board.focus_entry()
    assert board.table.columnCount() == 2
    assert board.table.horizontalHeaderItem(1).text() == "Rank"
    assert not board.gaps.isVisible()
    qtbot.keyClick(board.table, K.Key_5)  # a board of its own, outside the window's focus
    assert window.controller.session.scores_by("sliders", "") == {"time": 5}
    assert board.chart.rows[0].agreed == 5
