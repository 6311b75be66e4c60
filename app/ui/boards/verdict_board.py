"""The plan verdict (Go / Go with conditions / Rework), its conditions, and the fist of five."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.boards.poll_board import consent_note
from app.ui.controller import SessionController
from app.ui.labels import section_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.voting import CONCERN_AT_OR_BELOW, FIST_OF_FIVE, concerns
from widgets.committing_fields import CommittingTextEdit
from widgets.key_map import typed_digit
from widgets.poll_panel import PollPanel


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

        # The same poll panel as the other methods' consent polls, counted for the whole room.
        settings = phase.settings
        self.poll = PollPanel(
            self.scale,
            [""],
            low_label=str(settings.get("low_label", "I block this")),
            high_label=str(settings.get("high_label", "Fully behind it")),
        )
        self.poll.count_entered.connect(self._commit_count)
        self.concerns = self.poll.note

        layout = QVBoxLayout(self)
        layout.addWidget(section_label("Verdict"))
        layout.addLayout(verdict_row)
        layout.addWidget(self.conditions, 1)
        layout.addWidget(section_label("Confidence in the plan (fist of five)"))
        layout.addWidget(self.poll, 2)
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        record = self.session.record
        for button in self.verdicts.buttons():
            button.setChecked(button.property("verdict") == record.verdict)
        self.conditions.show_value(record.verdict_notes)
        counts = self.session.poll(self.poll_id)
        self.poll.show_counts({"": counts}, CONCERN_AT_OR_BELOW)
        self.poll.show_note(consent_note(counts, revote=False), warning=concerns(counts) > 0)

    def _on_verdict_clicked(self, button: QAbstractButton) -> None:
        verdict = str(button.property("verdict"))
        self.controller.run(lambda s: commands.set_verdict(s, verdict))

    def _on_conditions_committed(self, text: str) -> None:
        self.controller.run(lambda s: commands.set_verdict(s, s.record.verdict, text))

    def _commit_count(self, value: int, side: str, count: int) -> None:
        self.controller.run(
            lambda s: commands.set_poll_count(s, self.poll_id, value, count, side=side)
        )

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
