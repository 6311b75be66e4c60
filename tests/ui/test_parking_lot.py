"""The parking lot: solutions parked from any phase, counted for a badge, stored as cards."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.ui.boards.scope_board import ScopeBoard
from app.ui.controller import SessionController
from app.ui.main_window import MainWindow
from app.ui.parking_lot import ParkingLot
from app.ui.runner import RunnerScreen
from facilitation import parking
from facilitation.roles import Role
from tests.ui.conftest import Keyboard

K = Qt.Key


def lot_beside(window: MainWindow, qtbot: QtBot) -> ParkingLot:
    """A parking lot for the window's session, shown and holding the keyboard."""
    assert window.controller is not None
    lot = ParkingLot(window.controller)
    qtbot.addWidget(lot)
    lot.show()
    qtbot.waitExposed(lot)
    lot.activateWindow()
    lot.focus_entry()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lot.entry)
    return lot


def rows(lot: ParkingLot) -> list[str]:
    return [str(lot.model.data(lot.model.index(r))) for r in range(lot.model.rowCount())]


def test_solutions_are_parked_counted_and_kept_across_phases(
    open_phase: Callable[[str, str], MainWindow], qtbot: QtBot, keyboard: Keyboard
) -> None:
    window = open_phase("problem", "reframe")
    controller = window.controller
    assert isinstance(controller, SessionController)
    lot = lot_beside(window, qtbot)
    counts: list[int] = []
    lot.count_changed.connect(counts.append)
    assert lot.count() == 0 and lot.title.text() == "Parking lot"

    keyboard.enter("A dispute button on every invoice")
    keyboard.ctrl(K.Key_2)
    assert lot.role_button.accessibleName() == "Role for new cards: Engineering"
    keyboard.enter("Auto-refund under 50 euros")
    assert counts == [1, 2]
    assert lot.count() == 2 and lot.title.text() == "Parking lot (2)"
    cards = parking.parked(controller.session)
    assert [(c.phase_id, c.role, c.text) for c in cards] == [
        ("parking_lot", Role.PRODUCT, "A dispute button on every invoice"),
        ("parking_lot", Role.ENGINEERING, "Auto-refund under 50 euros"),
    ]
    assert controller.session.cards_in("reframe") == [], "nothing lands on the phase's board"

    keyboard.press(K.Key_Down)  # the newest card
    keyboard.press(K.Key_F2)
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Auto-refund under 20 euros")
    assert rows(lot) == ["A dispute button on every invoice", "Auto-refund under 20 euros"]
    assert QApplication.focusWidget() is lot.list
    keyboard.press(K.Key_Delete)
    assert rows(lot) == ["A dispute button on every invoice"]
    assert counts == [1, 2, 1]

    # Whatever parks a card, the lot follows: it listens to the controller, not to itself.
    controller.run(lambda s: parking.park(s, "Chatbot for billing", Role.DESIGN))
    assert rows(lot) == ["A dispute button on every invoice", "Chatbot for billing"]
    assert counts[-1] == 2


def test_a_bad_card_is_refused_and_the_typing_kept(
    open_phase: Callable[[str, str], MainWindow], qtbot: QtBot, keyboard: Keyboard
) -> None:
    window = open_phase("problem", "w4")
    lot = lot_beside(window, qtbot)
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    keyboard.press(K.Key_Return)
    assert runner.message.text() == "A card needs some text."
    lot.entry.setText("y" * 600)
    keyboard.press(K.Key_Return)
    assert "at most 500 characters" in runner.message.text()
    assert lot.count() == 0 and lot.entry.text() == "y" * 600


def test_a_role_picked_in_the_lot_shows_on_the_board_beside(
    open_phase: Callable[[str, str], MainWindow], qtbot: QtBot, keyboard: Keyboard
) -> None:
    window = open_phase("tradeoff", "scope")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    board = runner.current_board()
    assert isinstance(board, ScopeBoard)
    lot_beside(window, qtbot)

    keyboard.ctrl(K.Key_2)
    assert board.role_button.text() == "Engineering", "the chip says what new features get"
