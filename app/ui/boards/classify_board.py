"""Classify: each item (a top theme) gets one label from the method's scheme, such as Control /
Influence / Soup; the list shows the items grouped under their label, with the label's hint.

Digits 1…n give the selected item a label, 0 takes it off; the selection then moves on to the
next item still without one, so the room can go down the list without touching the mouse.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label, value_label
from facilitation import records, targets
from facilitation.changes import Change
from facilitation.entities import Card, Theme
from facilitation.method import Panel, Phase
from widgets.key_map import typed_digit
from widgets.lists import current_id, wrap_text

UNLABELLED = "Not classified yet"


class ClassifyBoard(Board):
    """One list: items without a label first, then each label's items under its name and hint."""

    watches = frozenset({"label", "theme", "tally", "card"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.scheme = self.session.method.scheme(str(settings["scheme"]))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("classifyList")
        self.list.setAccessibleName(f"Items by {self.scheme.name.lower()}")
        wrap_text(self.list)
        self.list.installEventFilter(self)
        self.empty = value_label()
        self.list.setMinimumWidth(360)
        hints = "\n".join(
            f"{n} {v.name}: {v.hint}" if v.hint else f"{n} {v.name}"
            for n, v in enumerate(self.scheme.values, start=1)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint_label(hints))
        layout.addWidget(hint_label("Type a digit to label the selected item; 0 takes it off."))
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def items(self) -> list[Card | Theme]:
        if self.panel.settings.get("target", "top_themes") == "top_themes":
            return list(targets.top_themes(self.session, self.panel))
        return list(targets.source_cards(self.session, self.panel.settings))

    def _votes(self, item: Card | Theme) -> str:
        votes = (
            self.session.theme_votes().get(item.id, 0)
            if isinstance(item, Theme)
            else self.session.tally(item.id)
        )
        return f" · {plural(votes, 'vote')}" if votes else ""

    def refresh(self, change: Change | None = None) -> None:
        items = self.items()
        selected = self.selected_id()
        labels = {item.id: self.session.label(item.id, self.scheme.id) for item in items}
        done = sum(1 for value in labels.values() if value)
        self.count_label.setText(f"{done} of {len(items)} classified")
        self.empty.setText(
            "Nothing to classify yet: the top themes of the vote come here." if not items else ""
        )
        self.empty.setVisible(not items)
        self.list.setVisible(bool(items))
        self.list.clear()
        groups = [("", UNLABELLED)] + [
            (v.id, f"{n} {v.name}") for n, v in enumerate(self.scheme.values, start=1)
        ]
        number = {item.id: n for n, item in enumerate(items, start=1)}
        for value, title in groups:
            members = [item for item in items if labels[item.id] == value]
            if not value and not members:
                continue  # nothing left to classify: no empty queue at the top
            self._add_header(f"{title} ({len(members)})")
            for item in members:
                row = QListWidgetItem(
                    f"    {number[item.id]}. {targets.name_of(item)}{self._votes(item)}"
                )
                row.setData(Qt.ItemDataRole.UserRole, item.id)
                name = self.scheme.value(value)
                row.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{targets.name_of(item)}: {name.name if name else UNLABELLED}",
                )
                self.list.addItem(row)
                if item.id == selected:
                    self.list.setCurrentItem(row)
        if self.list.currentRow() < 0:
            self._select_next_unlabelled()

    def _add_header(self, text: str) -> None:
        header = QListWidgetItem(text)
        # A group title: not selectable, so Up and Down step over it from item to item. Its
        # band and ink are the theme's, in seam.qss (a disabled row of the classify list).
        header.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.list.font())
        font.setBold(True)
        header.setFont(font)
        self.list.addItem(header)

    def selected_id(self) -> str:
        return current_id(self.list)

    def _select_next_unlabelled(self) -> None:
        """The first item without a label, or the first item when all have one."""
        rows = [r for r in range(self.list.count()) if self._is_item(r)]
        for row in rows:
            item_id = str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            if not self.session.label(item_id, self.scheme.id):
                self.list.setCurrentRow(row)
                return
        if rows and self.list.currentRow() < 0:
            self.list.setCurrentRow(rows[0])

    def _is_item(self, row: int) -> bool:
        return bool(self.list.item(row).data(Qt.ItemDataRole.UserRole))

    # ----- commands --------------------------------------------------------------------------

    def set_label(self, value: str) -> None:
        item_id = self.selected_id()
        if not item_id:
            return
        scheme_id = self.scheme.id
        stored = self.controller.run(lambda s: records.set_label(s, item_id, scheme_id, value))
        if stored and value:
            self._select_next_unlabelled()

    def step(self, delta: int) -> None:
        """Move the selection to the next item up or down, over the group titles."""
        row = self.list.currentRow() + delta
        while 0 <= row < self.list.count() and not self._is_item(row):
            row += delta
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def focus_entry(self) -> None:
        self.list.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.list or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        digit = typed_digit(event)
        if digit is not None:
            if digit == 0:
                self.set_label("")
            elif digit <= len(self.scheme.values):
                self.set_label(self.scheme.values[digit - 1].id)
            return True
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and not event.modifiers():
            self.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return False
