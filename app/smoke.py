"""`seam --smoke`: start Seam fully, open the database, paint the main window, say how long it took.

The same steps as `app.ui.app.run_gui`, on whatever platform Qt is given (offscreen in CI, a real
display on a desk), except that the event loop ends as soon as the main window has painted once.
One line on stdout carries the time since the process started, so CI and the benchmarks can read
it; a failure is one line on stderr and a non-zero exit status.
"""

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.storage import StorageError, Store
from app.ui.app import make_application, settings
from app.ui.main_window import MainWindow

# A window that has not painted within this long is a hang, not a slow start.
TIMEOUT_MS = 30_000
SHOWN_PREFIX = "seam smoke: main window shown after"

_IMPORTED_AT = time.perf_counter()


class FirstPaint(QObject):
    """Emits `painted` once, after `widget` has drawn itself for the first time."""

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # Queued, so the paint this event starts is finished before anyone hears of it.
            QTimer.singleShot(0, self.painted.emit)
        return False


def process_age_ms() -> tuple[float, str]:
    """Milliseconds since the process began, and what that is measured from.

    Linux says when the process was created (to 10 ms), which counts the interpreter's own
    start and a bundle's unpacking; elsewhere the clock starts when this module was imported.
    """
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii")
        # Field 22 is the start time in clock ticks after boot; the name in field 2 may hold
        # spaces, so count from the closing parenthesis (after it comes field 3).
        ticks = int(stat.rsplit(")", 1)[1].split()[19])
        boot_s = time.clock_gettime(time.CLOCK_BOOTTIME)
        return (boot_s - ticks / os.sysconf("SC_CLK_TCK")) * 1000, "process start"
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _IMPORTED_AT) * 1000, "Seam's first import"


def run_smoke(db_path: Path) -> int:
    """Start, open `db_path`, show the main window; exit 0 once it has painted."""
    application = make_application()
    try:
        store = Store(db_path)
    except StorageError as error:
        print(f"seam smoke: {error}", file=sys.stderr)
        return 1
    window = MainWindow(store, settings())
    sessions = window.home.sessions.rowCount()  # as the home screen lists them: one query, not two
    watch = FirstPaint(window)
    window.show()

    def shown() -> None:
        age_ms, origin = process_age_ms()
        print(
            f"{SHOWN_PREFIX} {age_ms:.0f} ms (from {origin}); "
            f"platform {application.platformName()}, {sessions} sessions in {db_path}",
            flush=True,
        )
        application.exit(0)

    def hung() -> None:
        print(f"seam smoke: no window painted within {TIMEOUT_MS} ms", file=sys.stderr)
        application.exit(1)

    watch.painted.connect(shown)
    QTimer.singleShot(TIMEOUT_MS, hung)
    code = application.exec()
    store.close()
    return code
