"""GUI fixtures: a main window on a temp database, driven through the keyboard."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.methods_catalog import method as load_method
from app.sessions import commit
from app.storage import Store
from app.ui.app import configure_application
from app.ui.main_window import MainWindow
from facilitation import lifecycle
from tests.conftest import ROOM, SETUP
from tests.fakes import FakeClock


class Keyboard:
    """Types into whichever widget has focus, as a facilitator at the laptop would."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    def type(self, text: str) -> None:
        for char in text:
            if ord(char) > 0x7E:
                # QTest maps only ASCII to keys and aborts on the rest; an input method sends
                # the character as a key event carrying its text, so do that for é, ع or 🙈.
                widget = self.focused()
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                    QApplication.sendEvent(widget, event)
            else:
                self.qtbot.keyClicks(self.focused(), char)

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.qtbot.keyClick(self.focused(), key, modifiers)

    def enter(self, text: str = "") -> None:
        if text:
            self.type(text)
        self.press(Qt.Key.Key_Return)

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.press(Qt.Key.Key_Tab)


@pytest.fixture
def keyboard(qtbot: QtBot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "seam.sqlite3"


@pytest.fixture
def always_yes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Confirmation dialogs answer Yes (a modal dialog would block the test's event loop)."""
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )


@pytest.fixture
def open_window(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, db_path: Path, clock: FakeClock
) -> Iterator[Callable[[], MainWindow]]:
    """Opens Seam on `db_path`; call again after closing to simulate a restart."""
    configure_application(qapp)
    stores: list[Store] = []

    def opener() -> MainWindow:
        store = Store(db_path)
        stores.append(store)
        settings = QSettings(str(tmp_path / "seam.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, clock)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # The keyboard must be in this window, not in one an earlier test (or restart) left.
        qtbot.waitUntil(
            lambda: QApplication.activeWindow() is window and QApplication.focusWidget() is not None
        )
        return window

    yield opener
    for store in stores:
        store.close()


@pytest.fixture
def open_phase(
    open_window: Callable[[], MainWindow], db_path: Path, clock: FakeClock
) -> Callable[[str, str], MainWindow]:
    """A function: (method id, phase id) → Seam open on a new, running session at that phase.

    The session is set up for the four-person room of tests/conftest.py. Add records through
    `window.controller.run(...)` as the boards would; the runner's board for the phase is
    `window.screen_widget.current_board()`.
    """

    def opener(method_id: str, phase_id: str) -> MainWindow:
        method = load_method(method_id)
        draft = lifecycle.SetupDraft(method.name, SETUP[method_id], ROOM, method.default_total_min)
        store = Store(db_path)
        session, change = lifecycle.create_session(method, draft, clock)
        store.commit(session.id, change)
        commit(store, session, lifecycle.start_session(session))
        index = [r.phase_id for r in session.ordered_runs()].index(phase_id)
        commit(store, session, lifecycle.go_to_phase(session, index))
        store.close()
        window = open_window()
        window.open_session(session.id)
        return window

    return opener
