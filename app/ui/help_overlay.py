"""The F1 overlay: every shortcut in large type over the current screen."""

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.shortcuts import SHORTCUTS


class HelpOverlay(QWidget):
    """Covers its parent; F1 or Esc closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        rows = "".join(
            f"<tr><td class='keys'><b>{escape(s.keys)}</b></td>"
            f"<td>{escape(s.action)}</td><td class='where'>{escape(s.where)}</td></tr>"
            for s in SHORTCUTS
        )
        self.table = QLabel(
            "<h1>Keyboard shortcuts</h1>"
            f"<table cellpadding='6'>{rows}</table>"
            "<p>F1 or Esc closes this list.</p>"
        )
        self.table.setObjectName("helpText")
        self.table.setTextFormat(Qt.TextFormat.RichText)
        # Long "where" columns wrap inside the window: a projector has no sideways scrolling.
        self.table.setWordWrap(True)
        self.table.setAccessibleName("Keyboard shortcuts")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.table)
        scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        scroll.installEventFilter(self)
        self.scroller = scroll
        self.host = parent
        self._return_focus: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(scroll)
        self.hide()
        parent.installEventFilter(self)

    def toggle(self) -> None:
        if self.isVisible():
            self.close_overlay()
        else:
            self._return_focus = QApplication.focusWidget()
            self.setGeometry(self.host.rect())
            self.raise_()
            self.show()
            self.scroller.setFocus()

    def close_overlay(self) -> None:
        self.hide()
        if self._return_focus is not None:
            self._return_focus.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.host.rect())
        if watched is self.scroller and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1):
                self.close_overlay()
                return True
        return False
