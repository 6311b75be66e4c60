"""The pieces every card board builds the same way: the entry line, the row that puts the role
chip before it, and the Ctrl+1…4 role keys. The list of cards is widgets.card_list_view.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from facilitation.roles import ROLE_ORDER, Role

EDITING_HINT = "Editing: Enter saves, Esc cancels"  # the entry line's hint while it edits a card


def card_entry(hint: str, accessible_name: str) -> QLineEdit:
    """A line a card is typed into, in the projected style (`cardEntry`)."""
    entry = QLineEdit()
    entry.setObjectName("cardEntry")
    entry.setPlaceholderText(hint)
    entry.setAccessibleName(accessible_name)
    return entry


def entry_row(role_button: QWidget, entry: QWidget, *after: QWidget) -> QHBoxLayout:
    """The role chip, then the entry line taking the width, then any short fields after it."""
    row = QHBoxLayout()
    row.addWidget(role_button)
    row.addWidget(entry, 1)
    for widget in after:
        row.addWidget(widget)
    return row


def bind_role_keys(widget: QWidget, set_role: Callable[[Role], None]) -> None:
    """Ctrl+1…4 picks a role, in ROLE_ORDER, while the focus is anywhere inside `widget`."""
    for number, role in enumerate(ROLE_ORDER, start=1):
        found = QShortcut(QKeySequence(f"Ctrl+{number}"), widget)
        found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        found.activated.connect(lambda r=role: set_role(r))
