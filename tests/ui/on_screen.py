"""What a board test reads off the main window: the board on screen, its session, the message."""

from typing import TypeVar

from PySide6.QtWidgets import QListWidget

from app.ui.boards.column_board import ColumnCardsBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from app.ui.summary_screen import SummaryScreen
from facilitation.session import Session

B = TypeVar("B")


def runner_of(window: MainWindow) -> RunnerScreen:
    """The runner screen, checked to be the one on show."""
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    return runner


def current_board(window: MainWindow, kind: type[B]) -> B:
    """The runner's current board, checked to be a `kind`."""
    board = runner_of(window).current_board()
    assert isinstance(board, kind)
    return board


def board_part(window: MainWindow, kind: type[B]) -> B:
    """The current board if it is a `kind`, else its first part that is one (side by side)."""
    board = runner_of(window).current_board()
    if isinstance(board, kind):
        return board
    return next(p for p in getattr(board, "parts", []) if isinstance(p, kind))


def session_of(window: MainWindow) -> Session:
    assert window.controller is not None
    return window.controller.session


def message(window: MainWindow) -> str:
    """The sentence the runner shows under the board (a refusal, a warning)."""
    return runner_of(window).message.text()


def list_texts(widget: QListWidget) -> list[str]:
    """What each row of a list shows, top to bottom."""
    return [widget.item(row).text() for row in range(widget.count())]


def column_texts(board: ColumnCardsBoard) -> list[list[str]]:
    """What each column shows, top to bottom."""
    return [
        [str(view.model.data(view.model.index(row))) for row in range(view.model.rowCount())]
        for view in board.views
    ]


def summary_of(window: MainWindow) -> SummaryScreen:
    """The summary screen, checked to be the one on show."""
    summary = window.screen_widget
    assert isinstance(summary, SummaryScreen)
    return summary
