"""The open_phase fixture puts Seam at any phase of any method, with its board showing."""

from collections.abc import Callable

import pytest

from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen


@pytest.mark.parametrize(("method_id", "phase_id"), [("retro", "stage"), ("premortem", "vote")])
def test_open_phase_shows_the_runner_at_that_phase(
    open_phase: Callable[[str, str], MainWindow], method_id: str, phase_id: str
) -> None:
    window = open_phase(method_id, phase_id)
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert window.controller is not None
    assert window.controller.session.current_phase().id == phase_id
    assert runner.current_board().isVisible()
