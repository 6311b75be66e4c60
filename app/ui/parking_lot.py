"""The parking lot: a list and an entry line for solutions raised during any phase.

Not a board: the runner shows it beside whichever phase is running (a toggle key), and a badge
reads `count()` or listens to `count_changed`.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label
from facilitation import board as commands
from facilitation import parking
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.roles import Role
from widgets.card_entry import EDITING_HINT, bind_role_keys, card_entry, entry_row
from widgets.card_list import CardListModel
from widgets.card_list_view import card_list_view
from widgets.compact_role_button import CompactRoleButton
from widgets.key_map import list_key

ENTRY_HINT = "A solution for later, then Enter"


class ParkingLot(QFrame):
    """Cards of the parking lot, newest last; Enter parks, F2 edits, Delete removes."""

    count_changed = Signal(int)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parkingLot")
        self.controller = controller
        self.editing_id = ""
        self._count = -1

        self.title = section_label("Parking lot")
        # A side panel is narrow: the role's chip and letter, its name in the tooltip.
        self.role_button = CompactRoleButton()
        self.role_button.role_requested.connect(self.set_role)
        self.entry = card_entry(ENTRY_HINT, "Park a solution")
        self.entry.returnPressed.connect(self.submit)
        self.entry.installEventFilter(self)
        self.model = CardListModel(self._lookup, parent=self)
        self.list = card_list_view(self.model, "Parked solutions")
        self.list.installEventFilter(self)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(
            hint_label("Good ideas for later: kept in the handout, not decided today.")
        )
        layout.addLayout(entry_row(self.role_button, self.entry))
        layout.addWidget(self.list, 1)
        layout.addWidget(hint_label("Ctrl+1…4 tags the role. F2 edits, Delete removes."))

        bind_role_keys(self, self.set_role)
        controller.follow_role(self.role_button.show_role)
        controller.changed.connect(self._on_changed)
        self.refresh()

    # ----- reading ---------------------------------------------------------------------------

    def _lookup(self, card_id: str) -> Card | None:
        return self.controller.session.cards.get(card_id)

    def count(self) -> int:
        """How many solutions are parked, for a "3 parked" badge."""
        return len(parking.parked(self.controller.session))

    def _on_changed(self, change: Change) -> None:
        if "card" in change.kinds:
            self.refresh()

    def refresh(self) -> None:
        cards = parking.parked(self.controller.session)
        self.model.refresh([c.id for c in cards])
        self.title.setText(f"Parking lot ({len(cards)})" if cards else "Parking lot")
        if len(cards) != self._count:
            self._count = len(cards)
            self.count_changed.emit(self._count)

    # ----- commands --------------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.set_entry_role(role)
        card_id = self.selected_id()
        if card_id and self.list.hasFocus() and not self.editing_id:
            self.controller.run(lambda s: commands.edit_card(s, card_id, role=role))

    def submit(self) -> None:
        text = self.entry.text()
        if self.editing_id:
            card_id = self.editing_id
            if self.controller.run(lambda s: commands.edit_card(s, card_id, text=text)):
                self._stop_editing()
                self.entry.clear()
                self.list.setFocus()
            return
        role = self.controller.entry_role
        if self.controller.run(lambda s: parking.park(s, text, role)):
            self.entry.clear()
            self.list.scrollToBottom()

    def selected_id(self) -> str:
        index = self.list.currentIndex()
        return self.model.card_id(index.row()) if index.isValid() else ""

    def edit_selected(self) -> None:
        card = self.controller.session.cards.get(self.selected_id())
        if card is None:
            return
        self.editing_id = card.id
        self.entry.setText(card.text)
        self.entry.setPlaceholderText(EDITING_HINT)
        self.entry.setFocus()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self.entry.setPlaceholderText(ENTRY_HINT)

    def delete_selected(self) -> None:
        card_id = self.selected_id()
        if not card_id:
            return
        row = self.list.currentIndex().row()
        if self.controller.run(lambda s: commands.delete_card(s, card_id)):
            if self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
            else:
                self.entry.setFocus()

    def focus_entry(self) -> None:
        self.entry.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.entry:
            if key == Qt.Key.Key_Down and self.model.rowCount():
                # Select before focusing: a list given the focus makes its first row current.
                if not self.list.currentIndex().isValid():
                    self.list.setCurrentIndex(self.model.index(self.model.rowCount() - 1))
                self.list.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.editing_id:
                self._stop_editing()
                self.entry.clear()
                return True
            return False
        if watched is self.list:
            return list_key(
                event,
                self.list,
                edit=self.edit_selected,
                delete=self.delete_selected,
                leave=self.entry.setFocus,
            )
        return False
