"""Rating polls from the keyboard: counts per value and side, the chart, means, and fist-of-five
concerns with a re-vote; the pre-mortem verdict shows the same poll panel."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.sessions import open_session
from app.ui.boards.base import Board
from app.ui.boards.poll_board import PollBoard
from app.ui.boards.verdict_board import VerdictBoard
from app.ui.main_window import MainWindow
from facilitation.session import Session
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board
from widgets.poll_panel import PollPanel

K = Qt.Key


def board_of(window: MainWindow) -> Board:
    return current_board(window, Board)


def poll_board(window: MainWindow) -> PollBoard:
    """The phase's poll, alone or beside other panels."""
    board = board_of(window)
    if isinstance(board, PollBoard):
        return board
    parts = getattr(board, "parts", [])
    found = next(p for p in parts if isinstance(p, PollBoard))
    steps = getattr(board, "steps", None)
    if steps is not None:  # a phase done in steps: bring the poll's step forward
        steps.setCurrentWidget(found)
    return found


def stored(window: MainWindow) -> Session:
    """The session as a restart would read it back from the file."""
    assert window.controller is not None
    return open_session(window.controller.store, window.controller.session.id)


def type_counts(keyboard: Keyboard, counts: list[int], *, then: K = K.Key_Tab) -> None:
    """From the focused box: replace its count and Tab to the next; `then` after the last."""
    for number, count in enumerate(counts, start=1):
        keyboard.ctrl(K.Key_A)
        keyboard.type(str(count))
        keyboard.press(then if number == len(counts) else K.Key_Tab)


def test_check_in_counts_each_side_and_shows_the_gap(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "checkin")
    board = poll_board(window)
    # Product and engineering always; Design because Dana is in the room; nobody is Other.
    assert board.poll.sides == ["product", "engineering", "design"]
    assert QApplication.focusWidget() is board.poll.spins[("product", 1)]
    assert board.poll.low_end.text() == "1 = It went badly"
    assert board.poll.high_end.text() == "It went great = 5"

    type_counts(keyboard, [0, 0, 0, 2, 1])  # product: two 4s, one 5
    type_counts(keyboard, [0, 2, 1, 1, 0])  # engineering
    type_counts(keyboard, [0, 0, 1, 0, 0])  # design

    session = stored(window)
    # Boxes left at zero store nothing.
    assert session.poll("checkin", "product") == {4: 2, 5: 1}
    assert session.poll("checkin", "engineering") == {2: 2, 3: 1, 4: 1}
    assert session.poll("checkin", "design") == {3: 1}
    assert board.poll.totals["product"].text() == "3 people · mean 4.3"
    assert board.poll.totals["engineering"].text() == "4 people · mean 2.8"
    assert board.poll.totals["all"].text() == "8 people · mean 3.4"
    assert [board.poll.room_cells[v].text() for v in range(1, 6)] == ["0", "2", "2", "3", "1"]
    assert "Product: 1: 0, 2: 0, 3: 0, 4: 2, 5: 1" in board.poll.chart.accessibleDescription()
    assert board.poll.note.text() == (
        "Product and engineering see it differently: mean 4.3 against 2.8. "
        "Ask each side what they saw."
    )


def test_a_count_is_shown_only_once_stored_and_bad_input_takes_nothing(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "roti")
    board = poll_board(window)
    board.focus_entry()
    keyboard.ctrl(K.Key_A)
    keyboard.type("x😀ب")  # the box takes digits only
    keyboard.tab()
    keyboard.ctrl(K.Key_A)
    keyboard.type("12345")  # more than the box holds: it stops at 999's width
    keyboard.tab()
    session = stored(window)
    assert session.poll("roti", "product").get(1, 0) == 0
    assert session.poll("roti", "product")[2] == 123
    assert board.poll.spins[("product", 2)].value() == 123
    assert board.poll.note.text() == ""  # one side alone shows no gap


def test_fist_of_five_names_the_concerns_and_clears_for_a_revote(
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_phase("tradeoff", "decide")
    board = poll_board(window)
    assert board.poll.sides == [""]  # consent is counted for the whole room
    assert board.poll.low_end.text() == "0 = I block this"
    board.focus_entry()
    type_counts(keyboard, [1, 0, 1, 2, 0, 0], then=K.Key_Return)  # Enter stores, focus stays
    assert QApplication.focusWidget() is board.poll.spins[("", 5)]
    assert stored(window).poll("consent") == {0: 1, 2: 1, 3: 2}
    assert board.poll.note.text() == (
        "2 at 2 or below, 1 of them blocking: they speak first, then the room votes again "
        "(Ctrl+R clears the counts)."
    )
    assert board.poll.note.objectName() == "warningLabel"

    # The re-vote asks first: No keeps the counts.
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    keyboard.ctrl(K.Key_R)
    assert stored(window).poll("consent")[3] == 2
    keyboard.ctrl(K.Key_R)
    assert sum(stored(window).poll("consent").values()) == 0
    assert all(spin.value() == 0 for spin in board.poll.spins.values())
    assert board.poll.note.text() == ""
    assert QApplication.focusWidget() is board.poll.spins[("", 0)]

    type_counts(keyboard, [0, 0, 0, 3, 2, 1])
    assert board.poll.note.text() == "Everyone is at 3 or above: the room can live with it."
    assert board.poll.note.objectName() == "countLabel"
    assert board.poll.totals[""].text() == "6 people · mean 3.7"


def test_clearing_an_empty_poll_asks_nothing(
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_phase("retro", "checkin")
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a)))
    keyboard.ctrl(K.Key_R)
    assert asked == []
    assert poll_board(window).poll.totals["product"].text() == "nobody yet"


def test_the_verdict_counts_with_the_same_poll_panel(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("premortem", "verdict")
    board = board_of(window)
    assert isinstance(board, VerdictBoard)
    assert isinstance(board.poll, PollPanel)
    assert board.poll.sides == [""]
    board.poll.spins[("", 1)].setFocus()
    type_counts(keyboard, [2])
    assert stored(window).poll("confidence") == {1: 2}
    assert board.concerns.text() == "2 at 2 or below: hear what would change their mind."
