"""Text fields that report a finished edit once, and never overwrite what is being typed."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget


class CommittingLineEdit(QLineEdit):
    """Emits `committed` on Enter or focus out, only when the text really changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self._on_editing_finished)

    def show_value(self, value: str) -> None:
        """Show the stored value, unless the facilitator is in the middle of typing here."""
        if self.hasFocus() and self.text() != self._shown:
            return
        self._shown = value
        if self.text() != value:
            self.setText(value)
            self.setCursorPosition(0)  # show the start of a long value, not its end

    def _on_editing_finished(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.committed.emit(self.text())

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # Left behind, a long value shows its start (as show_value does), not where typing ended.
        self.setCursorPosition(0)


class CommittingTextEdit(QPlainTextEdit):
    """Multi-line; commits on focus out or Ctrl+Enter, when the text changed."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown = ""
        self.setTabChangesFocus(True)

    def show_value(self, value: str) -> None:
        if self.hasFocus() and self.toPlainText() != self._shown:
            return
        self._shown = value
        if self.toPlainText() != value:
            self.setPlainText(value)

    def commit(self) -> None:
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.committed.emit(self._shown)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.commit()
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            # Tab keeps what was typed even when this is the only field and focus stays here.
            self.commit()
        super().keyPressEvent(event)
