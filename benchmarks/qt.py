"""Qt for the in-process benchmarks: one application, dressed as Seam dresses it."""

import sys
import time

from PySide6.QtCore import QEvent, QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app.storage import Store
from app.ui.app import make_application, settings
from app.ui.main_window import MainWindow

# The offscreen platform says this about every top-level window it shows; it is not Seam's.
_NOISE = ("does not support propagateSizeHints",)


def _quiet(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if not any(noise in message for noise in _NOISE):
        print(message, file=sys.stderr)


def application() -> QApplication:
    """Seam's application object (style, fonts, stylesheet); created once per run."""
    qInstallMessageHandler(_quiet)
    return make_application(sys.argv[:1])


class PaintCount(QObject):
    """Counts the paint events `widget` receives, to wait for the frame after a change."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def wait_until_painted(counter: PaintCount, seen: int = 0, timeout_s: float = 10.0) -> None:
    """Process events until `counter` has seen more than `seen` paints."""
    application = QApplication.instance()
    deadline = time.perf_counter() + timeout_s
    while counter.count <= seen:
        application.processEvents()  # type: ignore[union-attr]
        if time.perf_counter() > deadline:
            raise RuntimeError("the window never painted")


def session_on_screen(store: Store, session_id: str) -> tuple[MainWindow, PaintCount]:
    """Seam's main window at 1280 × 800 with the session open in its runner, painted once."""
    window = MainWindow(store, settings())
    window.resize(1280, 800)
    painted = PaintCount(window)
    window.show()
    window.open_session(session_id)
    wait_until_painted(painted)
    return window, painted
