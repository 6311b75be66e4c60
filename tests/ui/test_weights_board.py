"""Criteria and weights from the keyboard: weight, add, pick a suggestion, rename, remove."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.boards.weights_board import WeightsBoard
from app.ui.main_window import MainWindow
from facilitation import decision_matrix
from tests.ui.conftest import Keyboard
from tests.ui.matrix_data import CRITERIA, score_both_sides, stored_scores
from tests.ui.on_screen import current_board, message, session_of

K = Qt.Key


@pytest.fixture
def window(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    return open_phase("tradeoff", "criteria")


def board_of(window: MainWindow) -> WeightsBoard:
    return current_board(window, WeightsBoard)


def shown(board: WeightsBoard) -> list[tuple[str, int]]:
    """Each row's text and the weight it draws."""
    return [
        (board.weights.item(row).text(), board.weights.weight_shown(row))
        for row in range(board.weights.count())
    ]


def weights(window: MainWindow) -> dict[str, int]:
    session = session_of(window)
    names = {c.id: c.text for c in decision_matrix.criteria(session)}
    return {names[k]: v for k, v in decision_matrix.weights(session).items()}


def test_the_method_prefills_criteria_and_says_none_is_weighted(window: MainWindow) -> None:
    board = board_of(window)
    assert [text for text, _ in shown(board)] == [f"{n}. {c}" for n, c in enumerate(CRITERIA, 1)]
    assert "higher is better" in board.note.text()
    assert "5 means fast or cheap" in board.note.text()
    assert board.note.isVisible()
    assert board.warning.text() == "None has a weight yet."
    assert board.count_label.text() == "5 criteria"
    accessible = board.weights.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible == "User value: no weight yet"
    # Suggestions leave out the criteria already on the list.
    suggestions = [board.suggestions.item(r).text() for r in range(board.suggestions.count())]
    assert suggestions == [
        "Performance and UX",
        "Reversibility",
        "Strategic fit",
        "Confidence in the estimate",
    ]


def test_digits_and_steps_weight_the_selected_criterion(
    window: MainWindow, keyboard: Keyboard, db_path: Path
) -> None:
    board = board_of(window)
    assert QApplication.focusWidget() is board.weights
    keyboard.type("5")
    keyboard.press(K.Key_Down)
    keyboard.type("4")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Plus)  # no weight yet: + starts at 1
    keyboard.press(K.Key_Plus)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Minus)  # nothing to take away
    assert weights(window) == {
        "User value": 5,
        "Time to ship": 4,
        "Engineering effort": 2,
        "Maintainability": 0,
        "Operational risk": 0,
    }
    assert shown(board)[:3] == [
        ("1. User value", 5),
        ("2. Time to ship", 4),
        ("3. Engineering effort", 2),
    ]
    assert board.warning.text() == "No weight yet: Maintainability, Operational risk."
    keyboard.type("3")
    keyboard.press(K.Key_Down)
    keyboard.type("1")
    assert not board.warning.isVisible()
    keyboard.press(K.Key_Up)
    keyboard.type("0")  # takes the weight away again
    assert weights(window)["Maintainability"] == 0
    keyboard.type("7")
    assert message(window) == "Choose a value from 1 to 5."

    criterion = decision_matrix.criteria(session_of(window))[0].id
    assert stored_scores(db_path, session_of(window).id)[(criterion, "weight", "")] == 5


def test_typed_and_suggested_criteria_join_the_list(window: MainWindow, keyboard: Keyboard) -> None:
    board = board_of(window)
    keyboard.press(K.Key_Up)  # from the first criterion to the entry line
    assert QApplication.focusWidget() is board.entry
    keyboard.enter("Strategic fit")
    assert board.count_label.text() == "6 criteria"
    assert "Strategic fit" not in [
        board.suggestions.item(r).text() for r in range(board.suggestions.count())
    ]
    keyboard.enter("  strategic   FIT ")
    assert message(window) == "“Strategic fit” is already a criterion."
    keyboard.tab(2)  # past the weights to the suggestions
    assert QApplication.focusWidget() is board.suggestions
    keyboard.press(K.Key_Return)  # the first suggestion, Performance and UX
    names = [c.text for c in decision_matrix.criteria(session_of(window))]
    assert names[-2:] == ["Strategic fit", "Performance and UX"]
    assert board.count_label.text() == "7 criteria"
    # The new criterion is selected, ready for its weight, and an eighth is too many.
    assert board.weights.currentItem().text() == "7. Performance and UX"
    board.entry.setFocus()
    keyboard.enter("Team morale")
    assert board.count_label.text() == "8 criteria · four to seven work best"


def test_f2_renames_and_escape_cancels(window: MainWindow, keyboard: Keyboard) -> None:
    board = board_of(window)
    keyboard.press(K.Key_Down)  # Time to ship
    keyboard.press(K.Key_F2)
    assert QApplication.focusWidget() is board.entry
    assert board.entry.text() == "Time to ship"
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Time to market")
    assert QApplication.focusWidget() is board.weights
    assert board.weights.currentItem().text() == "2. Time to market"
    keyboard.press(K.Key_F2)
    keyboard.type(" (weeks)")
    keyboard.press(K.Key_Escape)
    assert board.entry.text() == ""
    assert [c.text for c in decision_matrix.criteria(session_of(window))][1] == "Time to market"
    keyboard.press(K.Key_F2)
    keyboard.ctrl(K.Key_A)
    keyboard.enter("User value")
    assert message(window) == "“User value” is already a criterion."


def test_odd_text_is_kept_as_typed_and_too_much_text_is_refused(
    window: MainWindow, keyboard: Keyboard
) -> None:
    board = board_of(window)
    board.entry.setFocus()
    keyboard.enter("<b>Cost</b> & تكلفة 🙈")
    assert board.weights.item(5).text() == "6. <b>Cost</b> & تكلفة 🙈"
    board.entry.setFocus()
    board.entry.setText("x" * 600)
    keyboard.press(K.Key_Return)
    assert "at most 500 characters" in message(window)
    assert board.entry.text() == "x" * 600  # kept for the facilitator to shorten
    assert len(decision_matrix.criteria(session_of(window))) == 6


def test_delete_removes_a_criterion_and_asks_first_when_scores_go_with_it(
    window: MainWindow, keyboard: Keyboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = board_of(window)
    assert window.controller is not None
    keyboard.press(K.Key_Delete)  # User value: nothing scored on it yet, so no question
    assert [c.text for c in decision_matrix.criteria(session_of(window))] == list(CRITERIA[1:])
    assert board.weights.currentItem().text() == "1. Time to ship"

    board.entry.setFocus()
    keyboard.enter("User value")  # back, at the end, so the scoring data below fits
    board.weights.setFocus()
    board.weights.setCurrentRow(0)
    score_both_sides(window.controller)
    time_id = decision_matrix.criteria(session_of(window))[0].id
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *a: object) -> object:
        questions.append(text)
        return (
            QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    keyboard.press(K.Key_Delete)
    assert questions == ["Remove “Time to ship”? Its 8 scores in the matrix go with it."]
    assert len(decision_matrix.criteria(session_of(window))) == 5
    keyboard.press(K.Key_Delete)
    names = [c.text for c in decision_matrix.criteria(session_of(window))]
    assert "Time to ship" not in names
    assert not [k for k in session_of(window).scores if time_id in (k[0], k[1])]
    assert board.weights.currentItem().text() == "1. Engineering effort"
