"""Run by test_kill_and_reopen in a child process: type into Seam, then die by SIGKILL."""

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.storage import Store
from app.ui.app import make_application
from app.ui.main_window import MainWindow
from facilitation import lifecycle
from tests.ui.card_texts import CARDS


def main(db_path: Path, settings_path: Path) -> None:
    application = make_application()
    window = MainWindow(Store(db_path), QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.show()
    window.activateWindow()
    while QApplication.focusWidget() is None:
        application.processEvents()
    window.new_session("premortem")
    controller = window.controller
    assert controller is not None
    session = controller.session
    filled = {"plan_summary": "Plan", "success_metric": "Metric", "failure_definition": "Failure"}
    draft = lifecycle.SetupDraft(
        session.title, {**session.record.setup, **filled}, [], session.record.total_min
    )
    controller.run(lambda s: lifecycle.update_setup(s, draft))
    controller.run(lifecycle.start_session)
    window.show_runner()
    for _ in range(2):
        controller.run(lifecycle.next_phase)
    entry = QApplication.focusWidget()
    for text in CARDS:
        QTest.keyClicks(entry, text)
        QTest.keyClick(entry, Qt.Key.Key_Return)
    # Half a card typed but not entered: the one thing a kill may lose.
    QTest.keyClicks(entry, "not entered yet")
    print(controller.session.id, flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
