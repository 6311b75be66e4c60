"""Scoring the options from the keyboard: both sides, totals and ranks, the gaps, Pugh's view."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.boards.matrix_board import MatrixBoard
from app.ui.main_window import MainWindow
from facilitation import decision_matrix, records
from facilitation.method import FieldSpec
from tests.ui.conftest import Keyboard
from tests.ui.matrix_data import OPTIONS, fill_matrix, set_weights, stored_scores
from tests.ui.on_screen import current_board, message, session_of
from widgets.matrix_table import PughCell, ScoreCell

K = Qt.Key


@pytest.fixture
def window(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    return open_phase("tradeoff", "score")


def board_of(window: MainWindow) -> MatrixBoard:
    return current_board(window, MatrixBoard)


def cell_id(window: MainWindow, option: int, criterion: int) -> tuple[str, str]:
    session = session_of(window)
    return (
        decision_matrix.options(session)[option].id,
        decision_matrix.criteria(session)[criterion].id,
    )


def test_each_side_scores_with_digits_and_the_cursor_walks_down_the_options(
    window: MainWindow, keyboard: Keyboard, db_path: Path
) -> None:
    board = board_of(window)
    assert window.controller is not None
    set_weights(window.controller)
    assert QApplication.focusWidget() is board.table
    assert "Product" in board.side_label.text()
    keyboard.type("4")  # Constrained and fast on User value, product
    keyboard.type("3")  # the cursor moved down to Standard
    keyboard.press(K.Key_S)
    assert "Engineering" in board.side_label.text()
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_Up)
    keyboard.type("2")  # Constrained and fast on User value, engineering
    keyboard.press(K.Key_Right)
    keyboard.press(K.Key_Up)
    keyboard.type("5")  # Constrained and fast on Time to ship, engineering

    stored = stored_scores(db_path, session_of(window).id)
    fast_value, standard_value = cell_id(window, 0, 0), cell_id(window, 1, 0)
    assert stored[(*fast_value, "product")] == 4
    assert stored[(*fast_value, "engineering")] == 2
    assert stored[(*standard_value, "product")] == 3
    assert stored[(*cell_id(window, 0, 1), "engineering")] == 5
    assert board.table.cell_at(0, 0) == ScoreCell(4, 2, 2)
    assert board.table.cell_at(0, 1) == ScoreCell(0, 5, None)
    spoken = board.table.item(0, 1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken == "Constrained and fast on User value: product 4, engineering 2, 2 apart"
    # Ctrl+1 and Ctrl+2 choose a side outright.
    keyboard.ctrl(K.Key_1)
    assert board.side == "product" and board.table.active_side == "product"
    keyboard.ctrl(K.Key_2)
    assert board.side == "engineering"


def test_zero_or_delete_clears_and_an_off_scale_digit_is_refused(
    window: MainWindow, keyboard: Keyboard
) -> None:
    board = board_of(window)
    keyboard.type("4")
    keyboard.press(K.Key_Up)
    keyboard.type("0")
    assert board.table.cell_at(0, 0) == ScoreCell(0, 0, None)
    assert board.table.current_cell() == (0, 0)  # clearing does not move on
    keyboard.type("3")
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_Delete)
    keyboard.type("7")
    assert message(window) == "Choose a value from 1 to 5."
    assert decision_matrix.side_scores(session_of(window), "product") == {}


def test_rows_show_weighted_total_share_of_maximum_and_rank(window: MainWindow) -> None:
    board = board_of(window)
    assert window.controller is not None
    fill_matrix(window.controller)
    rows = [board.table.row_texts(r) for r in range(len(OPTIONS))]
    assert rows == [
        ["Constrained and fast", "53.5", "63%", "3 (tie)"],
        ["Standard", "59.5", "70%", "1"],
        ["Durable", "57.5", "68%", "2"],
        ["Status quo", "53.5", "63%", "3 (tie)"],
    ]
    headers = [board.table.horizontalHeaderItem(c).text() for c in range(1, 7)]
    assert headers[0] == "User value\n× 5" and headers[1] == "Time to ship\n× 4"
    assert headers[5] == "Total"
    assert board.table.item(1, 0).font().bold()  # the leader stands out
    # Both sides' scores in every cell, and the gap where they differ.
    assert board.table.cell_at(2, 2) == ScoreCell(2, 1, 1)
    assert board.table.cell_at(1, 0) == ScoreCell(4, 4, 0)
    assert not board.warning.isVisible()


def test_a_criterion_without_a_weight_is_warned_about(window: MainWindow) -> None:
    board = board_of(window)
    assert board.warning.isVisible()
    assert board.warning.text().startswith("Weights are set before scoring:")
    assert "User value, Time to ship" in board.warning.text()
    assert board.table.horizontalHeaderItem(1).text() == "User value\nno weight"


def test_pugh_view_compares_every_option_with_the_datum(
    window: MainWindow, keyboard: Keyboard
) -> None:
    board = board_of(window)
    assert window.controller is not None
    fill_matrix(window.controller)
    keyboard.press(K.Key_P)
    assert "Status quo" in board.mode_label.text()
    assert [board.table.horizontalHeaderItem(c).text() for c in range(6, 10)] == [
        "+",
        "S",
        "−",
        "Net",
    ]
    # Against Status quo (1, 5, 5, 2.5, 3): Constrained and fast (3, 5, 3, 1.5, 2.5).
    assert [board.table.cell_at(0, c) for c in range(5)] == [
        PughCell(1),
        PughCell(0),
        PughCell(-1),
        PughCell(-1),
        PughCell(-1),
    ]
    assert board.table.row_texts(0) == ["Constrained and fast", "1", "1", "3", "−2"]
    assert board.table.row_texts(1) == ["Standard", "3", "0", "2", "+1"]
    assert board.table.row_texts(3)[0] == "Status quo (datum)"
    assert board.table.cell_at(3, 0) == PughCell(None, datum=True)

    keyboard.type("5")  # the Pugh view only compares
    assert message(window) == "The Pugh view only compares; press P to score."
    assert decision_matrix.side_scores(session_of(window), "product")[cell_id(window, 0, 0)] == 4

    keyboard.press(K.Key_Down)  # Standard becomes the datum
    keyboard.press(K.Key_D)
    datum = decision_matrix.datum(session_of(window))
    assert datum is not None and datum.text == "Standard"
    assert board.table.row_texts(1)[0] == "Standard (datum)"
    assert "Standard" in board.mode_label.text()

    keyboard.press(K.Key_P)
    assert board.table.row_texts(1) == ["Standard", "59.5", "70%", "1"]


def test_the_matrix_fits_a_720_line_projector_without_scrolling(window: MainWindow) -> None:
    board = board_of(window)
    assert window.controller is not None
    fill_matrix(window.controller)
    window.resize(1280, 720)
    QApplication.processEvents()
    assert not board.table.horizontalScrollBar().isVisible()
    assert not board.table.verticalScrollBar().isVisible()
    assert board.table.isVisible()


def test_the_keyboard_stays_on_cells_a_digit_can_score(
    window: MainWindow, keyboard: Keyboard
) -> None:
    board = board_of(window)
    keyboard.press(K.Key_Left)  # not onto the option's name
    assert board.table.current_cell() == (0, 0)
    for _ in range(7):
        keyboard.press(K.Key_Right)  # not onto the totals
    assert board.table.current_cell() == (0, 4)
    keyboard.type("3")
    assert decision_matrix.side_scores(session_of(window), "product") == {cell_id(window, 0, 4): 3}


def test_without_a_datum_the_pugh_view_asks_for_one(window: MainWindow, keyboard: Keyboard) -> None:
    board = board_of(window)
    assert window.controller is not None
    options_phase = decision_matrix.matrix_phases(session_of(window)).options  # type: ignore[union-attr]
    datum_field = FieldSpec("datum", "Datum")
    assert window.controller.run(lambda s: records.set_field(s, options_phase, datum_field, ""))
    keyboard.press(K.Key_P)
    assert board.mode_label.text() == (
        "Pugh view needs a datum to compare with: select an option and press D."
    )
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_D)  # Durable
    assert board.table.row_texts(2)[0] == "Durable (datum)"
    assert "Durable" in board.mode_label.text()
