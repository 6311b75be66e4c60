"""What a board test reads off the main window: the board on screen, its session, the message."""

from typing import TypeVar

from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation.session import Session

B = TypeVar("B")


def current_board(window: MainWindow, kind: type[B]) -> B:
    """The runner's current board, checked to be a `kind`."""
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    board = runner.current_board()
    assert isinstance(board, kind)
    return board


def session_of(window: MainWindow) -> Session:
    assert window.controller is not None
    return window.controller.session


def message(window: MainWindow) -> str:
    """The sentence the runner shows under the board (a refusal, a warning)."""
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    return runner.message.text()
