"""Home, summary and restart behaviour that the keyboard run does not reach."""

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app import demo_premortem
from app.demo import write_demo
from app.storage import Store
from app.ui.boards.cluster_board import ClusterBoard
from app.ui.export_worker import ExportJob
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from app.ui.summary_screen import SummaryScreen
from facilitation import lifecycle
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board, runner_of, session_of, summary_of


def _demo(db_path: Path) -> str:
    store = Store(db_path)
    try:
        return write_demo(store)
    finally:
        store.close()


@pytest.fixture
def summary_window(
    db_path: Path, open_window: Callable[[], MainWindow], keyboard: Keyboard
) -> MainWindow:
    """Seam showing the demo session's summary, reached from home with Enter.

    The window is returned, not the screen: the test must hold it or Qt deletes it.
    """
    _demo(db_path)
    window = open_window()
    keyboard.press(Qt.Key.Key_Return)
    assert isinstance(window.screen_widget, SummaryScreen)
    return window


def test_summary_exports_the_handout_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, summary_window: MainWindow
) -> None:
    summary = summary_of(summary_window)
    assert "Go with conditions" in summary.verdict.text()
    out = tmp_path / "handout.pdf"
    summary.export(out)
    qtbot.waitUntil(lambda: "Handout written" in summary.status.text(), timeout=30_000)
    assert not summary.progress.isVisible()
    first_page = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert demo_premortem.TITLE in first_page


def test_a_failed_export_says_why_in_one_sentence(
    qtbot: QtBot, tmp_path: Path, summary_window: MainWindow
) -> None:
    summary = summary_of(summary_window)
    summary.export(tmp_path / "no such folder" / "handout.pdf")
    qtbot.waitUntil(lambda: "could not be written" in summary.status.text(), timeout=30_000)
    assert not (tmp_path / "no such folder").exists()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_on_home_asks_first(
    db_path: Path,
    open_window: Callable[[], MainWindow],
    keyboard: Keyboard,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    _demo(db_path)
    _demo(db_path)
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window = open_window()
    assert window.home.sessions.rowCount() == 2
    keyboard.press(Qt.Key.Key_Delete)
    assert asked and "cannot be undone" in asked[0]
    remaining = 1 if answer == QMessageBox.StandardButton.Yes else 2
    assert window.home.sessions.rowCount() == remaining
    assert len(window.store.list_sessions()) == remaining


@pytest.fixture
def running_window(
    open_window: Callable[[], MainWindow],
    keyboard: Keyboard,
    premortem_draft: lifecycle.SetupDraft,
) -> MainWindow:
    """Seam running a new pre-mortem: Ctrl+N, the setup filled in, Ctrl+Enter."""
    window = open_window()
    keyboard.press(Qt.Key.Key_Down)  # the pre-mortem, second in the list
    keyboard.ctrl(Qt.Key.Key_N)
    assert window.controller is not None
    window.controller.run(lambda s: lifecycle.update_setup(s, premortem_draft))
    keyboard.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(window.screen_widget, RunnerScreen)
    return window


def test_a_running_timer_resumes_after_a_restart(
    running_window: MainWindow,
    open_window: Callable[[], MainWindow],
    clock: FakeClock,
    keyboard: Keyboard,
) -> None:
    window = running_window
    planned = session_of(window).ordered_runs()[0].planned_s
    clock.advance(90)
    window.close()
    clock.advance_wall_only(60)  # Seam was closed for a minute; the meeting went on

    again = open_window()
    keyboard.press(Qt.Key.Key_Return)
    runner_of(again).tick()
    reading = again.controller.session.timebox.read() if again.controller else None
    assert reading is not None and reading.running
    assert reading.remaining_s == planned - 150


def test_a_board_left_behind_catches_up_when_shown_again(
    running_window: MainWindow, keyboard: Keyboard
) -> None:
    controller = running_window.controller
    assert controller is not None
    runner = runner_of(running_window)
    controller.run(lambda s: lifecycle.go_to_phase(s, 4))
    cluster = current_board(running_window, ClusterBoard)
    assert cluster.unsorted_model.rowCount() == 0

    controller.run(lambda s: lifecycle.go_to_phase(s, 2))
    keyboard.enter("A reason remembered after clustering began")
    controller.run(lambda s: lifecycle.go_to_phase(s, 4))
    assert runner.current_board() is cluster
    assert cluster.unsorted_title.text() == "Not in a theme (1)"


def test_an_export_that_cannot_load_its_session_still_reports_back(
    db_path: Path, tmp_path: Path
) -> None:
    _demo(db_path)
    job = ExportJob(db_path, "no-such-session", tmp_path / "handout.pdf")
    done: list[str] = []
    failed: list[str] = []
    job.signals.done.connect(done.append)
    job.signals.failed.connect(failed.append)
    job.run()
    assert done == []
    assert len(failed) == 1 and failed[0].startswith("The handout could not be written (")
    assert not (tmp_path / "handout.pdf").exists()
