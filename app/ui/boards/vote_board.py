"""Dot voting entered as tallies: the room's budget, what is left, and a row per item.

Items are the themes (the default), or with `target = "cards"` the cards of `source_phase`,
only those of `source_column` when one is named (the W4 board's What cards, the drafts).
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.targets import source_cards
from facilitation.voting import DotRules
from widgets.key_map import typed_digit
from widgets.lists import current_id, wrap_text
from widgets.role_style import role_icon


class VoteBoard(Board):
    watches = frozenset({"tally", "theme", "card", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.on_cards = self.panel.settings.get("target") == "cards"
        self.noun = "card" if self.on_cards else "theme"
        self.budget_label = QLabel()
        self.budget_label.setObjectName("budgetLabel")
        self.budget_label.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("voteList")
        self.items.setAccessibleName(f"Dot tallies per {self.noun}")
        wrap_text(self.items)
        self.items.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.budget_label)
        layout.addWidget(self.items, 1)
        self.empty = hint_label(self._empty_sentence())
        layout.addWidget(self.empty)
        layout.addWidget(
            hint_label(f"Select a {self.noun}, then + or − for one dot, or type the count (0–9).")
        )
        self.refresh()

    def _items(self) -> list[tuple[str, str, QIcon | None]]:
        """(id, name, role chip) of what the room votes on, in board order."""
        if self.on_cards:
            cards = source_cards(self.session, self.panel.settings)
            return [(c.id, c.text, role_icon(c.role)) for c in cards]
        return [(t.id, t.name, None) for t in self.session.ordered_themes()]

    def _empty_sentence(self) -> str:
        if not self.on_cards:
            return "No themes to vote on yet: name them while clustering."
        source = self.session.method.find_phase(str(self.panel.settings.get("source_phase")))
        where = f"“{source.name}”" if source else "an earlier phase"
        return f"No cards to vote on yet: they are written in {where}."

    def refresh(self, change: Change | None = None) -> None:
        rules = DotRules.from_settings(self.panel.settings, self.session.voters())
        counts = self.session.tallies_in(self.phase.id)
        left = rules.remaining(counts)
        self.budget_label.setText(
            f"{rules.voters} people × {plural(rules.dots_per_person, 'dot')} = "
            f"{plural(rules.budget, 'dot')} · "
            f"placed {rules.budget - left} · left {left} · "
            f"at most {rules.max_per_item} per person on one {self.noun}"
        )
        row = max(0, self.items.currentRow())
        self.items.clear()
        for number, (item_id, name, chip) in enumerate(self._items(), start=1):
            count = counts.get(item_id, 0)
            dots = "●" * min(count, 30)
            item = QListWidgetItem(f"{number}. {name}    {dots} {count}")
            if chip is not None:
                item.setIcon(chip)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {count} dots")
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(min(row, self.items.count() - 1))
        self.empty.setVisible(not self.items.count())

    def set_count(self, count: int) -> None:
        item_id = current_id(self.items)
        if item_id:
            self.controller.run(lambda s: commands.set_tally(s, self.phase.id, item_id, count))

    def bump(self, delta: int) -> None:
        item_id = current_id(self.items)
        if item_id:
            self.set_count(max(0, self.session.tally(item_id) + delta))

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
