"""The timer the room follows: its states and colours, the chime it asks for, mute (M) and
auto-advance remembered, and a phase that never moves on unless auto-advance is on."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from facilitation.timebox import TimerCue
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import runner_of, session_of

OpenPhase = Callable[[str, str], MainWindow]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def run_to_zero(window: MainWindow, clock: FakeClock) -> list[tuple[str, str, str]]:
    """Tick through the rest of the phase and a little past it: (digits, caption, state) seen."""
    runner = runner_of(window)
    box = session_of(window).timebox
    assert box is not None
    seen = []
    for step in (1.0, box.read().remaining_s - 61.0, 1.5, 30.0, 29.0, 0.7, 0.6, 45.0):
        clock.advance(step)
        runner.tick()
        view = runner.timer_view
        seen.append((view.digits.text(), view.caption.text(), view.state))
    return seen


def test_the_timer_shows_each_state_and_asks_for_a_chime_once_at_zero(
    open_phase: OpenPhase, clock: FakeClock, qtbot: QtBot
) -> None:
    window = open_phase("premortem", "reasons")
    runner = runner_of(window)
    cues: list[TimerCue] = []
    runner.chime_requested.connect(cues.append)
    seen = run_to_zero(window, clock)
    states = [state for _, _, state in seen]
    assert states[0] == "running"
    assert "warning" in states and states.index("warning") < states.index("overtime")
    assert seen[-1] == ("+0:47", "overtime", "overtime")  # 46.8 s over, counted up
    assert ("0:59", "one minute left", "warning") in seen
    assert cues == [TimerCue.ONE_MINUTE, TimerCue.TIME_UP]
    # Overtime counts up in its own colour: the stylesheet keys it off the timerState property.
    assert runner.timer_view.digits.property("timerState") == "overtime"
    assert session_of(window).current_phase().id == "reasons", "it never moves on by itself"


def test_m_mutes_the_chime_and_seam_remembers(
    open_phase: OpenPhase,
    open_window: Callable[[], MainWindow],
    keyboard: Keyboard,
    clock: FakeClock,
) -> None:
    window = open_phase("premortem", "readout")
    runner = runner_of(window)
    runner.current_board().setFocus()  # M is a letter: not typed into the entry line
    keyboard.press(Qt.Key.Key_M)
    assert "Chime off" in runner.timer_settings.text()
    cues: list[TimerCue] = []
    runner.chime_requested.connect(cues.append)
    run_to_zero(window, clock)
    assert cues == []
    session_id = session_of(window).id
    window.close()

    again = open_window()
    again.open_session(session_id)
    assert "Chime off" in runner_of(again).timer_settings.text()
    runner_of(again).current_board().setFocus()
    keyboard.press(Qt.Key.Key_M)
    assert "Chime on" in runner_of(again).timer_settings.text()


def test_typing_m_in_a_card_is_a_letter_not_the_mute_key(
    open_phase: OpenPhase, keyboard: Keyboard
) -> None:
    window = open_phase("premortem", "reasons")
    keyboard.enter("Metrics missed")
    assert [c.text for c in session_of(window).cards_in("reasons")] == ["Metrics missed"]
    assert "Chime on" in runner_of(window).timer_settings.text()


def test_auto_advance_moves_on_at_zero_only_once_turned_on(
    open_phase: OpenPhase, keyboard: Keyboard, clock: FakeClock
) -> None:
    window = open_phase("premortem", "reasons")
    run_to_zero(window, clock)
    assert session_of(window).current_phase().id == "reasons"

    keyboard.press(Qt.Key.Key_A, CTRL_SHIFT)
    assert "Auto-advance on" in runner_of(window).timer_settings.text()
    keyboard.press(Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert session_of(window).current_phase().id == "readout"
    run_to_zero(window, clock)
    assert session_of(window).current_phase().id == "cluster"
