"""Free cards: type and press Enter, tag the role, mark cards during the read-out, tally dots."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
)

from app.ui.boards.base import Board, hint_label
from app.ui.controller import SessionController
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.roles import ROLE_ORDER, Role
from widgets.card_list import CardListModel
from widgets.lists import wrap_text
from widgets.role_style import role_icon


class CardsBoard(Board):
    """Cards of one phase (or of the phase a read-out reviews), newest last."""

    watches = frozenset({"card", "tally", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.card_phase = str(phase.settings.get("source_phase", phase.id))
        self.readout = phase.input_kind == "readout"
        self.votes = bool(phase.settings.get("votes", False))
        self.editing_id = ""
        lenses = controller.session.method.lenses if phase.settings.get("lenses") else ()

        self.role_button = QPushButton()
        self.role_button.setObjectName("roleButton")
        self.role_button.clicked.connect(lambda: self.cycle_role())
        self.entry = QLineEdit()
        self.entry.setObjectName("cardEntry")
        self.entry.setPlaceholderText("Type a card and press Enter")
        self.entry.setAccessibleName("New card")
        self.entry.returnPressed.connect(self.submit)
        self.lens = QComboBox()
        self.lens.setAccessibleName("Lens category")
        self.lens.addItem("No lens", "")
        for lens in lenses:
            self.lens.addItem(lens.name, lens.id)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.role_button)
        entry_row.addWidget(self.entry, 1)
        if lenses:
            entry_row.addWidget(self.lens)

        self.model = CardListModel(self._lookup, self._extra, self)
        self.list = QListView()
        self.list.setObjectName("cardList")
        self.list.setModel(self.model)
        wrap_text(self.list)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName("Cards")
        self.list.installEventFilter(self)
        self.entry.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        layout = QVBoxLayout(self)
        layout.addLayout(entry_row)
        if lenses:
            strip = " · ".join(f"<b>{lens.name}</b>: {lens.hint}" for lens in lenses)
            layout.addWidget(hint_label(strip))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        if self.readout:
            layout.addWidget(hint_label("R marks the selected card read, D marks it a duplicate."))
        if self.votes:
            layout.addWidget(hint_label("+ and − add or remove a dot on the selected card."))

        for number, role in enumerate(ROLE_ORDER, start=1):
            self.shortcut(f"Ctrl+{number}", lambda r=role: self.set_role(r))
        self.shortcut("Ctrl+L", self.cycle_lens)
        self.shortcut("F2", self.edit_selected, widget=self.list)
        self.shortcut("Delete", self.delete_selected, widget=self.list)
        self._show_role()
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def _lookup(self, card_id: str) -> Card | None:
        return self.session.cards.get(card_id)

    def _extra(self, card: Card) -> str:
        if not self.votes:
            return ""
        dots = self.session.tally(card.id)
        return f"   ● {dots}" if dots else ""

    def refresh(self, change: Change | None = None) -> None:
        cards = self.session.cards_in(self.card_phase)
        self.model.refresh([c.id for c in cards])
        split = self.session.role_split(cards)
        parts = [f"{role.label} {split[role]}" for role in ROLE_ORDER if split[role]]
        noun = "card" if len(cards) == 1 else "cards"
        self.count_label.setText(
            f"{len(cards)} {noun}" + (" · " + " · ".join(parts) if parts else "")
        )

    # ----- role and lens ----------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.entry_role = role
        self._show_role()
        if self.editing_id:
            return
        card_id = self.selected_id()
        if card_id and self.list.hasFocus():
            self.controller.run(lambda s: commands.edit_card(s, card_id, role=role))

    def cycle_role(self) -> None:
        index = ROLE_ORDER.index(self.controller.entry_role)
        self.set_role(ROLE_ORDER[(index + 1) % len(ROLE_ORDER)])

    def _show_role(self) -> None:
        role = self.controller.entry_role
        self.role_button.setIcon(role_icon(role))
        self.role_button.setText(role.label)
        self.role_button.setAccessibleName(f"Role for new cards: {role.label}")

    def cycle_lens(self) -> None:
        if self.lens.count() > 1:
            self.lens.setCurrentIndex((self.lens.currentIndex() + 1) % self.lens.count())

    # ----- commands --------------------------------------------------------------------------

    def submit(self) -> None:
        text = self.entry.text()
        role = self.controller.entry_role
        if self.editing_id:
            card_id = self.editing_id
            ok = self.controller.run(lambda s: commands.edit_card(s, card_id, text=text))
            if ok:
                self.editing_id = ""
                self.entry.setPlaceholderText("Type a card and press Enter")
                self.list.setFocus()
        else:
            lens = str(self.lens.currentData() or "")
            ok = self.controller.run(
                lambda s: commands.add_card(s, self.card_phase, text, role, lens)
            )
            if ok:
                self.list.scrollToBottom()
        if ok:
            self.entry.clear()

    def selected_id(self) -> str:
        index = self.list.currentIndex()
        return self.model.card_id(index.row()) if index.isValid() else ""

    def edit_selected(self) -> None:
        card_id = self.selected_id()
        card = self.session.cards.get(card_id)
        if card is None:
            return
        self.editing_id = card_id
        self.entry.setText(card.text)
        self.entry.setPlaceholderText("Editing: Enter saves, Esc cancels")
        self.entry.setFocus()

    def delete_selected(self) -> None:
        card_id = self.selected_id()
        if not card_id:
            return
        row = self.list.currentIndex().row()
        if self.controller.run(lambda s: commands.delete_card(s, card_id)):
            self._select(min(row, self.model.rowCount() - 1))

    def toggle_mark(self, mark: str) -> None:
        card_id = self.selected_id()
        card = self.session.cards.get(card_id)
        if card is None:
            return
        new = "" if card.mark == mark else mark
        row = self.list.currentIndex().row()
        if self.controller.run(lambda s: commands.edit_card(s, card_id, mark=new)):
            self._select(min(row + 1, self.model.rowCount() - 1))

    def bump_tally(self, delta: int) -> None:
        card_id = self.selected_id()
        if card_id:
            count = max(0, self.session.tally(card_id) + delta)
            self.controller.run(lambda s: commands.set_tally(s, self.phase.id, card_id, count))

    def _select(self, row: int) -> None:
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))

    def focus_entry(self) -> None:
        self.entry.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.entry:
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.list.setFocus()
                if not self.list.currentIndex().isValid():
                    self._select(self.model.rowCount() - 1)
                return True
            if key == Qt.Key.Key_Escape and self.editing_id:
                self.editing_id = ""
                self.entry.clear()
                self.entry.setPlaceholderText("Type a card and press Enter")
                return True
            return False
        if watched is self.list:
            if key == Qt.Key.Key_Up and self.list.currentIndex().row() <= 0:
                self.entry.setFocus()
                return True
            if self.readout and key in (Qt.Key.Key_R, Qt.Key.Key_D):
                self.toggle_mark("read" if key == Qt.Key.Key_R else "duplicate")
                return True
            if self.votes and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
                self.bump_tally(-1 if key == Qt.Key.Key_Minus else 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
        return False
