"""Scoping options with MoSCoW from the keyboard: features, effort, labels and the Musts' share."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt

from app.sessions import open_session
from app.storage import Store
from app.ui.boards.scope_board import ScopeBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation import scope
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_scope(open_phase: Callable[[str, str], MainWindow]) -> tuple[MainWindow, ScopeBoard]:
    window = open_phase("tradeoff", "scope")
    assert isinstance(window.screen_widget, RunnerScreen)
    board = window.screen_widget.current_board()
    assert isinstance(board, ScopeBoard)
    return window, board


def rows(board: ScopeBoard) -> list[tuple[str, ...]]:
    table = board.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def tabs(board: ScopeBoard) -> list[str]:
    return [board.tabs.tabText(i) for i in range(board.tabs.count())]


def add(keyboard: Keyboard, text: str, effort: str) -> None:
    keyboard.type(text)
    keyboard.tab()  # to the effort
    keyboard.type(effort)
    keyboard.enter()


def test_features_with_effort_are_added_under_the_current_option(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_scope(open_phase)
    assert tabs(board) == [
        "Constrained and fast · 0 features",
        "Standard · 0 features",
        "Durable · 0 features",
    ]  # the status quo is the datum: nothing to scope
    assert keyboard.focused() is board.entry
    add(keyboard, "Dispute button on the invoice", "3")
    assert keyboard.focused() is board.entry  # ready for the next one
    add(keyboard, "Reason codes", "2,5")
    assert rows(board) == [
        ("1. Dispute button on the invoice", "3", "–"),
        ("2. Reason codes", "2.5", "–"),
    ]
    session = window.controller.session
    fast = scope.scoped_options(session)[0]
    stored = session.children(fast.id, "scope")
    assert [(c.text, c.fields["effort"]) for c in stored] == [
        ("Dispute button on the invoice", "3"),
        ("Reason codes", "2.5"),
    ]
    assert tabs(board)[0] == "Constrained and fast · 2 features"
    assert "2 features not counted yet" in board.uncounted.text()


def test_digits_label_features_and_the_musts_warning_shows(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_scope(open_phase)
    for text, effort in [("Button", "6"), ("Reason codes", "2"), ("Attachments", "1")]:
        add(keyboard, text, effort)
    add(keyboard, "Refunds", "20")
    keyboard.press(K.Key_Down)
    assert keyboard.focused() is board.table
    assert board.table.currentRow() == 3  # the feature just added
    for _ in range(3):
        keyboard.press(K.Key_Up)
    for digit in (K.Key_1, K.Key_2, K.Key_3, K.Key_4):  # each moves on to the next feature
        keyboard.press(digit)
    assert [r[2] for r in rows(board)] == ["Must", "Should", "Could", "Won't (this time)"]
    assert board.warning.text() == ("Musts are 67% of the effort; DSDM suggests at most about 60%.")
    assert board.bar.accessibleDescription() == "Must 67%, Should 22%, Could 11%"
    assert "not this time" in board.breakdown.text()
    assert board.uncounted.text() == ""  # Won't is planned out, not waiting
    session = window.controller.session
    first = board.row_ids[0]
    assert session.label(first, "moscow") == "must"
    for _ in range(3):
        keyboard.press(K.Key_Up)
    keyboard.press(K.Key_0)  # takes the label off
    assert session.label(first, "moscow") == ""
    assert board.warning.text() == ""
    assert rows(board)[0][2] == "–"
    keyboard.press(K.Key_7)
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert runner.message.text() == "Choose 1 to 4, or 0 to take the label off."


def test_ctrl_tab_steps_through_the_options(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_scope(open_phase)
    add(keyboard, "Fast feature", "1")
    keyboard.press(K.Key_Tab, CTRL)
    assert board.tabs.currentIndex() == 1
    assert rows(board) == []
    add(keyboard, "Standard feature", "2")
    session = window.controller.session
    standard = scope.scoped_options(session)[1]
    assert [c.text for c in session.children(standard.id, "scope")] == ["Standard feature"]
    keyboard.press(K.Key_Backtab, CTRL | SHIFT)
    assert board.tabs.currentIndex() == 0
    assert rows(board) == [("1. Fast feature", "1", "–")]
    keyboard.press(K.Key_Backtab, CTRL | SHIFT)  # wraps round to the last option
    assert board.tabs.currentIndex() == 2


def test_bad_effort_gets_a_sentence_and_stores_nothing(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_scope(open_phase)
    add(keyboard, "Audit trail", "a week")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert runner.message.text() == "Effort takes a number of days or points, like 3 or 0.5."
    assert rows(board) == []
    assert board.entry.text() == "Audit trail"  # nothing typed is lost
    assert board.effort.text() == "a week"


def test_f2_edits_and_delete_removes_a_feature(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_scope(open_phase)
    add(keyboard, "Emial finance", "1")
    add(keyboard, "Freeze dunning", "4")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_F2)
    assert keyboard.focused() is board.entry
    assert (board.entry.text(), board.effort.text()) == ("Emial finance", "1")
    keyboard.ctrl(K.Key_A)
    add(keyboard, "Email finance a summary", "2")
    assert rows(board)[0] == ("1. Email finance a summary", "2", "–")
    assert keyboard.focused() is board.table
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Delete)
    assert [r[0] for r in rows(board)] == ["1. Email finance a summary"]
    session = window.controller.session
    assert len([c for c in session.cards.values() if c.phase_id == "scope"]) == 1


def test_markup_emoji_and_right_to_left_are_kept_as_typed(
    db_path: Path,
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    clock: FakeClock,
) -> None:
    window, board = open_scope(open_phase)
    for text in ("<b>Bold</b> & co", "Export 📄 to CSV", "تصدير الفواتير"):
        add(keyboard, text, "1")
    assert [r[0] for r in rows(board)] == [
        "1. <b>Bold</b> & co",
        "2. Export 📄 to CSV",
        "3. تصدير الفواتير",
    ]
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_1)
    session_id = window.controller.session.id
    store = Store(db_path)
    try:
        reopened = open_session(store, session_id, clock)
    finally:
        store.close()
    option = scope.scoped_options(reopened)[0]
    found = scope.features(reopened, "scope", option.id, "moscow")
    assert [(f.card.text, f.effort) for f in found] == [
        ("<b>Bold</b> & co", 1.0),
        ("Export 📄 to CSV", 1.0),
        ("تصدير الفواتير", 1.0),
    ]
    assert [f.label for f in found].count("must") == 1
