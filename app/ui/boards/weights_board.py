"""Criteria and weights: the yardstick for the options, weighted 1–5 before anything is scored.

Criteria are cards of this phase (the method pre-fills the usual ones). Type one and press Enter,
or pick one of the method's suggestions; a digit weights the selected criterion, F2 renames it,
Delete removes it. A weight is a Score of the criterion card on "weight", for the whole room.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label, section_label, warning_label
from facilitation import board as commands
from facilitation import criteria as criteria_commands
from facilitation import decision_matrix, records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.tradeoff_reading import unweighted
from widgets.card_entry import card_entry
from widgets.lists import wrap_text
from widgets.weight_list import WeightedCriterion, WeightList

NEW_PLACEHOLDER = "Type a criterion and press Enter"
EDIT_PLACEHOLDER = "Renaming: Enter saves, Esc cancels"
FEW, MANY = 4, 7  # the method's advice: four to seven criteria
INVERTED_NOTE = (
    "Every criterion is scored so that higher is better: for time to ship and effort, "
    "5 means fast or cheap, 1 slow or costly."
)


def missing_weights(missing: list[Card], total: int) -> str:
    """The warning for criteria without a weight; names while the list is short enough to read."""
    if not missing:
        return ""
    if len(missing) == total:
        return "None has a weight yet."
    if len(missing) <= 3:
        return "No weight yet: " + ", ".join(c.text for c in missing) + "."
    return f"{len(missing)} criteria have no weight yet."


class WeightsBoard(Board):
    watches = frozenset({"card", "score"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.scale = decision_matrix.scale_of(self.panel)
        self.editing_id = ""

        self.note = QLabel(INVERTED_NOTE)
        self.note.setObjectName("scoringNote")
        self.note.setWordWrap(True)
        self.entry = card_entry(NEW_PLACEHOLDER, "New criterion")
        self.entry.returnPressed.connect(self.submit)
        self.entry.installEventFilter(self)
        self.weights = WeightList(self.scale)
        self.weights.weight_typed.connect(self.set_weight)
        self.weights.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.warning = warning_label()
        self.warning.setAccessibleName("Warning")
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestionList")
        self.suggestions.setAccessibleName("Suggested criteria: Enter adds one")
        wrap_text(self.suggestions)
        self.suggestions.itemActivated.connect(lambda item: self.add_suggestion(item))

        left = QVBoxLayout()
        left.addWidget(self.entry)
        left.addWidget(self.weights, 1)
        status = QHBoxLayout()
        status.setSpacing(16)
        status.addWidget(self.count_label)
        status.addWidget(self.warning, 1)
        left.addLayout(status)
        left.addWidget(
            hint_label(
                f"Select a criterion and type its weight, {self.scale[0]} to {self.scale[-1]} "
                "(+ and − step it, 0 takes it away). F2 renames, Delete removes."
            )
        )
        right = QVBoxLayout()
        right.addWidget(section_label("Suggestions"))
        right.addWidget(self.suggestions, 1)
        right.addWidget(hint_label("Tab here, then Enter adds the selected suggestion."))
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(columns, 1)

        self.shortcut("F2", self.edit_selected, widget=self.weights)
        self.shortcut("Delete", self.delete_selected, widget=self.weights)
        self.refresh()

    # ----- drawing ---------------------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        cards = self.session.cards_in(self.phase.id)
        self.weights.show_weights(
            [
                WeightedCriterion(c.id, c.text, self.session.score(c.id, decision_matrix.WEIGHT))
                for c in cards
            ]
        )
        advice = "" if FEW <= len(cards) <= MANY else " · four to seven work best"
        self.count_label.setText(plural(len(cards), "criterion", "criteria") + advice)
        missing = unweighted(self.session)
        self.warning.setText(missing_weights(missing, len(cards)))
        self.warning.setVisible(bool(missing))
        taken = {" ".join(c.text.split()).casefold() for c in cards}
        row = self.suggestions.currentRow()
        self.suggestions.clear()
        for text in self.panel.settings.get("suggestions", []):
            if " ".join(str(text).split()).casefold() not in taken:
                self.suggestions.addItem(QListWidgetItem(str(text)))
        if self.suggestions.count():
            self.suggestions.setCurrentRow(max(0, min(row, self.suggestions.count() - 1)))

    # ----- commands --------------------------------------------------------------------------

    def submit(self) -> None:
        text = self.entry.text()
        if self.editing_id:
            card_id = self.editing_id
            if self.controller.run(lambda s: criteria_commands.rename_criterion(s, card_id, text)):
                self._stop_editing()
                self.weights.select_id(card_id)
                self.weights.setFocus()
        elif self.controller.run(lambda s: criteria_commands.add_criterion(s, self.phase.id, text)):
            self.entry.clear()
            self.weights.setCurrentRow(self.weights.count() - 1)

    def add_suggestion(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        text = item.text()
        if self.controller.run(lambda s: criteria_commands.add_criterion(s, self.phase.id, text)):
            self.weights.setCurrentRow(self.weights.count() - 1)

    def set_weight(self, card_id: str, weight: int) -> None:
        self.controller.run(
            lambda s: records.set_score(
                s, card_id, decision_matrix.WEIGHT, weight, scale=self.scale
            )
        )

    def edit_selected(self) -> None:
        card = self.session.cards.get(self.weights.current_id())
        if card is None:
            return
        self.editing_id = card.id
        self.entry.setText(card.text)
        self.entry.setPlaceholderText(EDIT_PLACEHOLDER)
        self.entry.setAccessibleName(f"Rename criterion {card.text}")
        self.entry.setFocus()
        self.entry.selectAll()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self.entry.clear()
        self.entry.setPlaceholderText(NEW_PLACEHOLDER)
        self.entry.setAccessibleName("New criterion")

    def delete_selected(self) -> None:
        card = self.session.cards.get(self.weights.current_id())
        if card is None:
            return
        scored = [k for k in self.session.scores if k[1] == card.id]
        if scored:
            # Its option scores go with it; that is worth a question, a bare weight is not.
            scores = plural(len(scored), "score")
            answer = QMessageBox.question(
                self,
                "Remove criterion",
                f"Remove “{card.text}”? Its {scores} in the matrix go with it.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        row = self.weights.currentRow()
        if self.controller.run(lambda s: commands.delete_card(s, card.id)):
            self.weights.setCurrentRow(min(row, self.weights.count() - 1))

    def focus_entry(self) -> None:
        if self.weights.count():
            self.weights.setFocus()
            if self.weights.currentRow() < 0:
                self.weights.setCurrentRow(0)
        else:
            self.entry.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.entry:
            if key == Qt.Key.Key_Down and self.weights.count():
                self.weights.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.editing_id:
                card_id = self.editing_id
                self._stop_editing()
                self.weights.select_id(card_id)
                self.weights.setFocus()
                return True
        if watched is self.weights and key == Qt.Key.Key_Up and self.weights.currentRow() <= 0:
            self.entry.setFocus()
            return True
        return False
