"""Dot voting entered as tallies: the room's budget, what is left, and a row per theme."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.ui.boards.base import Board, hint_label
from app.ui.controller import SessionController
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from widgets.key_map import typed_digit
from widgets.lists import wrap_text


class VoteBoard(Board):
    watches = frozenset({"tally", "theme", "card", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.budget_label = QLabel()
        self.budget_label.setObjectName("budgetLabel")
        self.budget_label.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("voteList")
        self.items.setAccessibleName("Dot tallies")
        wrap_text(self.items)
        self.items.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.budget_label)
        layout.addWidget(self.items, 1)
        layout.addWidget(
            hint_label("Select a theme, then + or − for one dot, or type the count (0–9).")
        )
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        rules = self.session.dot_rules(self.phase)
        counts = self.session.tallies_in(self.phase.id)
        left = rules.remaining(counts)
        self.budget_label.setText(
            f"{rules.voters} people × {rules.dots_per_person} dots = {rules.budget} dots · "
            f"placed {rules.budget - left} · left {left} · "
            f"at most {rules.max_per_item} per person on one theme"
        )
        row = max(0, self.items.currentRow())
        self.items.clear()
        for number, theme in enumerate(self.session.ordered_themes(), start=1):
            count = counts.get(theme.id, 0)
            dots = "●" * min(count, 30)
            item = QListWidgetItem(f"{number}. {theme.name}    {dots} {count}")
            item.setData(Qt.ItemDataRole.UserRole, theme.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{theme.name}: {count} dots")
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(min(row, self.items.count() - 1))

    def set_count(self, count: int) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        theme_id = str(item.data(Qt.ItemDataRole.UserRole))
        self.controller.run(lambda s: commands.set_tally(s, self.phase.id, theme_id, count))

    def bump(self, delta: int) -> None:
        item = self.items.currentItem()
        if item is not None:
            theme_id = str(item.data(Qt.ItemDataRole.UserRole))
            self.set_count(max(0, self.session.tally(theme_id) + delta))

    def focus_entry(self) -> None:
        self.items.setFocus()
        if self.items.count() and self.items.currentRow() < 0:
            self.items.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.items or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Right):
            self.bump(1)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Left):
            self.bump(-1)
            return True
        digit = typed_digit(event)
        if digit is not None:
            self.set_count(digit)
            return True
        return False
