"""A choice made inside the board rather than in a dialog: Up/Down or a digit, Enter, Esc.

A modal dialog would cover the projected board and hold the room's attention; this list opens
in place, says what each choice holds, and closes on Enter or Esc.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from widgets.key_map import typed_digit
from widgets.lists import wrap_text

# Focus that leaves for another window or a popup comes back; the choice stays open for it.
_STAYS_OPEN = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)


class InlineChooser(QFrame):
    """Emits `chosen(id)` on Enter (or a digit), `cancelled` on Esc; hidden until `open`."""

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineChooser")
        self.title = QLabel(title)
        self.title.setObjectName("sectionLabel")
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("chooserList")
        self.list.setAccessibleName(title)
        wrap_text(self.list)
        self.list.installEventFilter(self)
        hint = QLabel("Up/Down or a digit, then Enter chooses · Esc keeps things as they are")
        hint.setObjectName("hintLabel")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        self.hide()

    def open(self, choices: list[tuple[str, str]], current: str = "") -> None:
        """Show `choices` as (id, text), numbered, with `current` selected, and take the keys."""
        self.list.clear()
        for number, (choice_id, text) in enumerate(choices, start=1):
            item = QListWidgetItem(f"{number}. {text}")
            item.setData(Qt.ItemDataRole.UserRole, choice_id)
            self.list.addItem(item)
            if choice_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.show()
        self.list.setFocus()

    def _choose(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.hide()
            self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(event, QFocusEvent)
            and event.reason() not in _STAYS_OPEN
            and self.isVisible()
        ):
            # Tabbing or clicking away is a "no": nothing is left open behind the keyboard.
            self.hide()
            self.cancelled.emit()
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.list.currentRow())
            return True
        if key == Qt.Key.Key_Escape:
            self.hide()
            self.cancelled.emit()
            return True
        digit = typed_digit(event)
        if digit:
            self._choose(digit - 1)
            return True
        return False
