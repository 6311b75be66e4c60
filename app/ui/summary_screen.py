"""The end of a session: what was decided, a short list, the actions, and Export PDF."""

import re
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.controller import SessionController
from app.ui.export_worker import ExportJob
from app.ui.labels import hint_label, section_label
from facilitation import lifecycle
from facilitation.summary import summarise
from widgets.lists import wrap_text


class SummaryScreen(QWidget):
    home_requested = Signal()
    reopened = Signal()

    def __init__(
        self, controller: SessionController, db_path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.controller = controller
        self.db_path = db_path
        session = controller.session

        title = QLabel(f"{session.method.name}: {session.title}")
        title.setObjectName("screenTitle")
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict = QLabel()
        self.verdict.setObjectName("prompt")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = summarise(session)
        self.risks = QListWidget()
        self.risks.setAccessibleName(self.summary.list_title)
        wrap_text(self.risks)
        self.actions_list = QListWidget()
        self.actions_list.setAccessibleName("Actions")
        wrap_text(self.actions_list)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)
        self.status = hint_label("")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        export = QPushButton("Export PDF handout  (Ctrl+E)")
        export.setObjectName("primaryButton")
        export.clicked.connect(self.export)
        back = QPushButton("Back into the session")
        back.clicked.connect(self.reopen)
        home = QPushButton("Home  (Ctrl+H)")
        home.clicked.connect(self.home_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(home)
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(export)

        lists = QHBoxLayout()
        for label, widget in (
            (self.summary.list_title, self.risks),
            ("Actions", self.actions_list),
        ):
            column = QVBoxLayout()
            column.addWidget(section_label(label))
            column.addWidget(widget, 1)
            lists.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.verdict)
        layout.addLayout(lists, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export)
        QShortcut(QKeySequence("Ctrl+H"), self).activated.connect(self.home_requested)
        self.pool = QThreadPool(self)
        self.show_summary()

    def show_summary(self) -> None:
        self.summary = summarise(self.controller.session)
        self.verdict.setText(self.summary.headline)
        self.verdict.setVisible(bool(self.summary.headline))
        self.risks.clear()
        self.risks.addItems(list(self.summary.items))
        self.actions_list.clear()
        self.actions_list.addItems(list(self.summary.actions))

    def suggested_path(self) -> Path:
        slug = re.sub(r"[^\w-]+", "-", self.controller.session.title).strip("-") or "session"
        return Path.home() / f"Seam - {slug}.pdf"

    def export(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, "Export PDF handout", str(self.suggested_path()), "PDF (*.pdf)"
            )
            if not chosen:
                return
            path = Path(chosen)
        job = ExportJob(self.db_path, self.controller.session.id, path)
        job.signals.done.connect(self._on_export_done)
        job.signals.failed.connect(self._on_export_failed)
        self.progress.setVisible(True)
        self.status.setText("Writing the handout…")
        self.pool.start(job)

    def _on_export_done(self, path: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(f"Handout written to {path}")

    def _on_export_failed(self, sentence: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(sentence)

    def reopen(self) -> None:
        if self.controller.run(lifecycle.reopen_session):
            self.reopened.emit()
