"""The runner around the boards: the parking lot all session long, a prompt that follows edits."""

from collections.abc import Callable

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation import records
from facilitation.parking import PARKING_LOT
from tests.ui.conftest import Keyboard

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_solution_is_parked_from_any_phase_and_work_goes_on(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "w4")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen) and runner.parking is not None
    assert not runner.parking.isVisible() and runner.parking_badge.text() == ""
    keyboard.press(Qt.Key.Key_L, CTRL_SHIFT)
    assert runner.parking.isVisible()
    keyboard.enter("A dispute button on every invoice")
    assert window.controller is not None
    parked = window.controller.session.cards_in(PARKING_LOT)
    assert [c.text for c in parked] == ["A dispute button on every invoice"]
    assert runner.parking_badge.text() == "Parking lot: 1"
    keyboard.press(Qt.Key.Key_L, CTRL_SHIFT)
    assert not runner.parking.isVisible()
    assert runner.current_board().isAncestorOf(keyboard.focused())


def test_methods_without_a_parking_lot_have_no_key_for_it(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("retro", "stage")  # held, or Qt deletes the window under the test
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert runner.parking is None and "parking" not in runner.hints.text()


def test_the_prompt_follows_a_setup_edit_made_in_the_framing_phase(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("tradeoff", "frame")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen) and window.controller is not None
    assert "Morgan makes the final call" in runner.prompt.text()
    window.controller.run(lambda s: records.set_setup_field(s, "approver", "Noa"))
    assert "Noa makes the final call" in runner.prompt.text()
