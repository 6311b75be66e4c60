"""The plan verdict (Go / Go with conditions / Rework), its conditions, and the fist of five."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

from app.ui.boards.base import Board, section_label
from app.ui.controller import SessionController
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.voting import CONCERN_AT_OR_BELOW, FIST_OF_FIVE, concerns
from widgets.committing_fields import CommittingTextEdit
from widgets.histogram import Histogram
from widgets.key_map import typed_digit


class VerdictBoard(Board):
    watches = frozenset({"session", "poll_count", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.poll_id = str(phase.settings.get("poll", "confidence"))
        self.scale = controller.session.method.poll_scale(self.poll_id) or FIST_OF_FIVE
        verdicts = [str(v) for v in controller.session.method.settings.get("verdicts", [])]

        self.verdicts = QButtonGroup(self)
        verdict_row = QHBoxLayout()
        for index, verdict in enumerate(verdicts):
            button = QRadioButton(f"{index + 1}  {verdict}")
            button.setObjectName("verdictButton")
            button.setProperty("verdict", verdict)
            button.installEventFilter(self)
            self.verdicts.addButton(button, index)
            verdict_row.addWidget(button)
        self.verdicts.buttonClicked.connect(self._on_verdict_clicked)
        self.conditions = CommittingTextEdit()
        self.conditions.setAccessibleName("Conditions and plan changes")
        self.conditions.setPlaceholderText("Conditions and changes to the plan, one per line")
        self.conditions.committed.connect(self._on_conditions_committed)

        self.spins: dict[int, QSpinBox] = {}
        poll_grid = QGridLayout()
        for column, value in enumerate(self.scale):
            label = QLabel(f"{value} fingers" if value != 1 else "1 finger")
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setAccessibleName(f"People showing {value}")
            spin.editingFinished.connect(lambda v=value: self._commit_count(v))
            poll_grid.addWidget(label, 0, column)
            poll_grid.addWidget(spin, 1, column)
            self.spins[value] = spin
        self.histogram = Histogram(self.scale)
        self.concerns = QLabel()
        self.concerns.setObjectName("warningLabel")

        layout = QVBoxLayout(self)
        layout.addWidget(section_label("Verdict"))
        layout.addLayout(verdict_row)
        layout.addWidget(self.conditions, 1)
        layout.addWidget(section_label("Confidence in the plan (fist of five)"))
        layout.addLayout(poll_grid)
        layout.addWidget(self.histogram, 1)
        layout.addWidget(self.concerns)
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        record = self.session.record
        for button in self.verdicts.buttons():
            button.setChecked(button.property("verdict") == record.verdict)
        self.conditions.show_value(record.verdict_notes)
        counts = self.session.poll(self.poll_id)
        for value, spin in self.spins.items():
            if not spin.hasFocus():
                spin.setValue(counts.get(value, 0))
        self.histogram.show_counts(counts, CONCERN_AT_OR_BELOW)
        low = concerns(counts)
        self.concerns.setText(
            f"{low} at {CONCERN_AT_OR_BELOW} or below: hear what would change their mind."
            if low
            else ""
        )

    def _on_verdict_clicked(self, button: QAbstractButton) -> None:
        verdict = str(button.property("verdict"))
        self.controller.run(lambda s: commands.set_verdict(s, verdict))

    def _on_conditions_committed(self, text: str) -> None:
        self.controller.run(lambda s: commands.set_verdict(s, s.record.verdict, text))

    def _commit_count(self, value: int) -> None:
        count = self.spins[value].value()
        if count != self.session.poll(self.poll_id).get(value, 0):
            self.controller.run(lambda s: commands.set_poll_count(s, self.poll_id, value, count))

    def choose(self, index: int) -> None:
        button = self.verdicts.button(index)
        if button is not None:
            button.click()

    def focus_entry(self) -> None:
        checked = self.verdicts.checkedButton() or self.verdicts.button(0)
        if checked is not None:
            checked.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            digit = typed_digit(event)
            if digit and digit <= len(self.verdicts.buttons()):
                self.choose(digit - 1)
                return True
        return False
