"""Boards whose cards are typed into an entry line above their list (or table) of them.

The keys they share: Enter adds; Down goes from the entry line to the list and Up from its first
row back; Enter or F2 on a row loads the card into the entry line, where Enter saves and Esc
cancels; Delete removes it; Ctrl+1…4 tags the role of new cards, and of the selected one while
the list has the focus.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from facilitation import board as commands
from facilitation.method import Panel, Phase
from facilitation.roles import Role
from widgets.card_entry import EDITING_HINT, bind_role_keys
from widgets.key_map import list_key
from widgets.role_button import RoleButton


class EntryListBoard(Board):
    """Subclasses build `role_button`, `entry` and `rows`, call `bind_entry_keys`, and say which
    card is selected (`selected_id`); keys of their own on a row go in `row_key`. Short lines
    typed beside the entry (a feature's effort) go in `entry_lines`, to share its keys.
    """

    entry_hint = ""
    role_button: RoleButton
    entry: QLineEdit
    rows: QAbstractItemView

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.editing_id = ""

    def entry_lines(self) -> tuple[QLineEdit, ...]:
        """The lines a new card is typed into: Down leaves them for the list, Esc cancels."""
        return (self.entry,)

    def bind_entry_keys(self) -> None:
        """Once the widgets exist: the role keys, and the keys of the entry lines and the list."""
        self.role_button.role_requested.connect(self.set_role)
        for line in self.entry_lines():
            line.installEventFilter(self)
        self.rows.installEventFilter(self)
        bind_role_keys(self, self.set_role)
        self.controller.follow_role(self.role_button.show_role)

    def selected_id(self) -> str:
        """The card of the current row, "" for none."""
        return ""

    def row_key(self, event: QKeyEvent) -> bool:
        """A key pressed in the list that the shared keys leave alone; True when it was used."""
        return False

    # ----- role ------------------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.set_entry_role(role)
        card_id = self.selected_id()
        if card_id and self.rows.hasFocus() and not self.editing_id:
            self.controller.run(lambda s: commands.edit_card(s, card_id, role=role))

    # ----- commands --------------------------------------------------------------------------

    def save_edit(self) -> bool:
        """While a card is being edited, store the entry line's text: True if one was."""
        if not self.editing_id:
            return False
        card_id, text = self.editing_id, self.entry.text()
        if self.controller.run(lambda s: commands.edit_card(s, card_id, text=text)):
            self._stop_editing()
            self.rows.setFocus()
        return True

    def edit_selected(self) -> None:
        card = self.session.cards.get(self.selected_id())
        if card is None:
            return
        self.editing_id = card.id
        self.entry.setText(card.text)
        self.entry.setPlaceholderText(EDITING_HINT)
        self.entry.setFocus()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self.entry.clear()
        self.entry.setPlaceholderText(self.entry_hint)

    def delete_selected(self) -> None:
        card_id = self.selected_id()
        if card_id:
            self.controller.run(lambda s: commands.delete_card(s, card_id))

    def focus_entry(self) -> None:
        self.entry.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched in self.entry_lines():
            if key == Qt.Key.Key_Down and self.rows.model().rowCount():
                self.rows.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.editing_id:
                self._stop_editing()
                self.rows.setFocus()
                return True
            return False
        if watched is not self.rows:
            return False
        used = list_key(
            event,
            self.rows,
            edit=self.edit_selected,
            delete=self.delete_selected,
            leave=self.entry.setFocus,
        )
        return used or self.row_key(event)
