"""Free cards with a date (the retro timeline), in a column of their own (non-goals), headed."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.ui.boards.base import Board
from app.ui.boards.cards_board import CardsBoard
from app.ui.boards.factory import PanelsBoard
from app.ui.boards.records_board import RecordsBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation.roles import Role
from tests.ui.conftest import Keyboard

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def parts(window: MainWindow) -> list[Board]:
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    frame = runner.current_board()
    assert isinstance(frame, PanelsBoard)
    return frame.parts


def rows(board: CardsBoard) -> list[str]:
    return [str(board.model.data(board.model.index(r))) for r in range(board.model.rowCount())]


def test_timeline_cards_say_when_before_what(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "timeline")
    timeline = parts(window)[1]
    assert isinstance(timeline, CardsBoard) and timeline.dated
    timeline.focus_entry()
    assert QApplication.focusWidget() is timeline.when

    keyboard.type("Week 3")
    keyboard.tab()
    keyboard.enter("Billing API slipped")
    # The keyboard is back on "When", its text selected: type over it, or Tab to keep it.
    assert QApplication.focusWidget() is timeline.when
    keyboard.type("Week 5")
    keyboard.tab()
    keyboard.ctrl(K.Key_2)
    keyboard.enter("Launch moved by a week")
    keyboard.tab()
    keyboard.enter("Support trained late")
    keyboard.ctrl(K.Key_A)
    keyboard.press(K.Key_Delete)
    keyboard.tab()
    keyboard.enter("Nobody remembers when")

    assert window.controller is not None
    cards = window.controller.session.cards_in("timeline")
    assert [(c.fields.get("when"), c.text, c.role) for c in cards] == [
        ("Week 3", "Billing API slipped", Role.PRODUCT),
        ("Week 5", "Launch moved by a week", Role.ENGINEERING),
        ("Week 5", "Support trained late", Role.ENGINEERING),
        ("", "Nobody remembers when", Role.ENGINEERING),
    ]
    assert rows(timeline) == [
        "Week 3 · Billing API slipped",
        "Week 5 · Launch moved by a week",
        "Week 5 · Support trained late",
        "Nobody remembers when",
    ]

    # F2 edits the moment and the words together.
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_F2)
    assert timeline.when.text() == "Week 5" and timeline.entry.text() == "Support trained late"
    keyboard.press(K.Key_Tab, SHIFT)
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Week 6")
    assert rows(timeline)[2] == "Week 6 · Support trained late"
    assert timeline.when.text() == ""


def test_a_too_long_when_is_refused_with_a_sentence(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "timeline")
    timeline = parts(window)[1]
    assert isinstance(timeline, CardsBoard)
    timeline.when.setText("w" * 201)
    timeline.entry.setFocus()
    keyboard.enter("Something happened")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert "When holds at most 200 characters" in runner.message.text()
    assert window.controller is not None
    assert window.controller.session.cards_in("timeline") == []


def test_non_goals_keep_to_their_own_column_under_their_heading(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "metrics")
    metrics, non_goals = parts(window)
    assert isinstance(metrics, RecordsBoard)
    assert isinstance(non_goals, CardsBoard) and non_goals.column == "non_goals"
    assert non_goals.list.accessibleName() == "Non-goals"
    non_goals.focus_entry()
    keyboard.enter("A self-serve refund flow")
    keyboard.ctrl(K.Key_2)
    keyboard.enter("Disputes on credit notes")
    metrics.focus_entry()
    keyboard.enter("Days to settle a dispute")

    assert window.controller is not None
    session = window.controller.session
    assert [(c.column, c.text) for c in session.cards_in("metrics")] == [
        ("non_goals", "A self-serve refund flow"),
        ("non_goals", "Disputes on credit notes"),
        ("", "Days to settle a dispute"),
    ]
    assert rows(non_goals) == ["A self-serve refund flow", "Disputes on credit notes"]
    assert non_goals.count_label.text() == "2 cards · Product 1 · Engineering 1"
    assert metrics.list.count() == 1


def test_pre_mortem_cards_have_no_date_and_keep_their_lens(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("premortem", "reasons")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    board = runner.current_board()
    assert isinstance(board, CardsBoard)
    assert not board.dated and not board.when.isVisible()
    assert QApplication.focusWidget() is board.entry
    keyboard.ctrl(K.Key_L)
    keyboard.enter("Payment SDK breaks on Safari")
    assert window.controller is not None
    card = window.controller.session.cards_in("reasons")[0]
    assert (card.text, card.lens, card.column, card.fields) == (
        "Payment SDK breaks on Safari",
        "problem",
        "",
        {},
    )
    assert rows(board) == ["Payment SDK breaks on Safari"]
