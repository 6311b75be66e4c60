"""The runner around the boards: the parking lot all session long, a prompt that follows edits."""

from collections.abc import Callable

from app.ui.main_window import MainWindow
from facilitation import records
from facilitation.parking import PARKING_LOT
from tests.ui.conftest import Keyboard
from tests.ui.keyboard_steps import toggle_parking_lot
from tests.ui.on_screen import runner_of, session_of


def test_a_solution_is_parked_from_any_phase_and_work_goes_on(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "w4")
    runner = runner_of(window)
    assert runner.parking is not None
    assert not runner.parking.isVisible() and runner.parking_badge.text() == ""
    toggle_parking_lot(keyboard)
    assert runner.parking.isVisible()
    keyboard.enter("A dispute button on every invoice")
    parked = session_of(window).cards_in(PARKING_LOT)
    assert [c.text for c in parked] == ["A dispute button on every invoice"]
    assert runner.parking_badge.text() == "Parking lot: 1"
    toggle_parking_lot(keyboard)
    assert not runner.parking.isVisible()
    assert runner.current_board().isAncestorOf(keyboard.focused())


def test_methods_without_a_parking_lot_have_no_key_for_it(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("retro", "stage")  # held, or Qt deletes the window under the test
    runner = runner_of(window)
    assert runner.parking is None and "parking" not in runner.hints.text()


def test_the_prompt_follows_a_setup_edit_made_in_the_framing_phase(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("tradeoff", "frame")
    runner = runner_of(window)
    assert window.controller is not None
    assert "Morgan makes the final call" in runner.prompt.text()
    window.controller.run(lambda s: records.set_setup_field(s, "approver", "Noa"))
    assert "Noa makes the final call" in runner.prompt.text()
