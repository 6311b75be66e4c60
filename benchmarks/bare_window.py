"""The startup baseline: a bare PySide6 main window, shown and painted once, then exit.

Run as a script by benchmarks.startup, beside `python -m app --smoke`; it prints the same kind of
line, so both are timed alike. With --rss it also prints its peak memory (benchmarks.memory).
"""

import resource
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def peak_rss_kb() -> int:
    """This process's peak resident memory in KiB.

    Linux's VmHWM starts afresh at exec; ru_maxrss would still hold the peak of the benchmark
    process this one was forked from.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
        return int(
            next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
        )
    except (OSError, StopIteration, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow, application: QApplication) -> None:
        super().__init__(window)
        self.application = application
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._done)
        return False

    def _done(self) -> None:
        print("bare window shown", flush=True)
        if "--rss" in sys.argv:
            print(f"peak_rss_kb={peak_rss_kb()}", flush=True)
        self.application.exit(0)


def main() -> int:
    application = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    _FirstPaint(window, application)
    window.show()
    return application.exec()


if __name__ == "__main__":
    sys.exit(main())
