"""An information phase: the prompt says it all; chosen setup fields are shown beside it."""

from PySide6.QtWidgets import QLabel, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import section_label, value_label
from facilitation.changes import Change
from facilitation.method import Panel, Phase


class InfoBoard(Board):
    watches = frozenset({"session"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.field_ids = [str(f) for f in phase.settings.get("show_fields", [])]
        labels = {f.id: f.label for f in controller.session.method.setup_fields}
        layout = QVBoxLayout(self)
        self.values: dict[str, QLabel] = {}
        for field_id in self.field_ids:
            layout.addWidget(section_label(labels.get(field_id, field_id)))
            value = value_label()
            layout.addWidget(value)
            self.values[field_id] = value
        layout.addStretch(1)
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        for field_id, label in self.values.items():
            label.setText(self.session.record.setup.get(field_id, "") or "–")
