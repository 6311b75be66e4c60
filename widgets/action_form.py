"""The lines an action is typed into: what, its owner (or product and engineering owners), due
date and "done when". Enter in any of them submits; Esc gives up an edit.

It only holds what is being typed: the board stores the action and clears the form.
"""

from collections.abc import Mapping
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

FIELDS = ("what", "owner", "co_owner", "due", "done_when")
ADD_PLACEHOLDER = "What, verb first: e.g. “Book the load-test environment”, then Enter"


class ActionForm(QWidget):
    """With `pair_owners` the owner lines read Product owner and Engineering owner."""

    submitted = Signal()
    cancelled = Signal()
    down_pressed = Signal()  # the facilitator wants the list below

    def __init__(self, *, pair_owners: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair_owners = pair_owners
        owner_name = "Product owner" if pair_owners else "Owner"
        names = {
            "what": "Action",
            "owner": owner_name,
            "co_owner": "Engineering owner",
            "due": "Due",
            "done_when": "Done when",
        }
        hints = {
            "what": ADD_PLACEHOLDER,
            "owner": "A name" + (" from product" if pair_owners else ""),
            "co_owner": "A name from engineering",
            "due": "YYYY-MM-DD",
            "done_when": "We'll know it is done when…",
        }
        self.lines: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        for field in FIELDS:
            line = QLineEdit(self)
            line.setAccessibleName(names[field])
            line.setPlaceholderText(hints[field])
            line.returnPressed.connect(self.submitted)
            line.installEventFilter(self)
            caption = QLabel(names[field], self)
            caption.setObjectName("countLabel")
            caption.setBuddy(line)
            self.lines[field] = line
            self.captions[field] = caption
        self.lines["what"].setObjectName("cardEntry")

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.lines["what"], 0, 0, 1, 4)
        # Paired: both owners on one row. Single owner: owner and date share a row.
        second = "co_owner" if pair_owners else "due"
        grid.addWidget(self.captions["owner"], 1, 0)
        grid.addWidget(self.lines["owner"], 1, 1)
        grid.addWidget(self.captions[second], 1, 2)
        grid.addWidget(self.lines[second], 1, 3)
        if pair_owners:
            grid.addWidget(self.captions["due"], 2, 0)
            grid.addWidget(self.lines["due"], 2, 1)
            grid.addWidget(self.captions["done_when"], 2, 2)
            grid.addWidget(self.lines["done_when"], 2, 3)
        else:
            grid.addWidget(self.captions["done_when"], 2, 0)
            grid.addWidget(self.lines["done_when"], 2, 1, 1, 3)
            self.captions["co_owner"].hide()
            self.lines["co_owner"].hide()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.captions["what"].hide()
        # Tab goes across a row, then down: what, owners, due, done when.
        order = [self.lines[f] for f in FIELDS if f != "co_owner" or pair_owners]
        for first, then in pairwise(order):
            QWidget.setTabOrder(first, then)

    def values(self) -> dict[str, str]:
        fields = FIELDS if self.pair_owners else tuple(f for f in FIELDS if f != "co_owner")
        return {field: self.lines[field].text() for field in fields}

    def load(self, values: Mapping[str, str]) -> None:
        for field, line in self.lines.items():
            line.setText(values.get(field, ""))
            line.setCursorPosition(0)

    def clear(self) -> None:
        for line in self.lines.values():
            line.clear()

    def show_editing(self, number: int) -> None:
        """Say in the first line which action an Enter will save, or that it adds (number 0)."""
        what = self.lines["what"]
        what.setPlaceholderText(
            f"Editing action {number}: Enter saves, Esc cancels" if number else ADD_PLACEHOLDER
        )
        what.setAccessibleName(f"Action {number}, being edited" if number else "Action")

    def focus_what(self) -> None:
        self.lines["what"].setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.down_pressed.emit()
            return True
        return False
