"""Free cards: type and press Enter, tag the role, mark cards during the read-out, tally dots.

A panel may date its cards (`when = true`: a retro timeline's "Week 3"), keep its cards in a
column of their own beside another panel of the phase (`column`, e.g. non-goals beside the
metrics), and carry a heading (`label`).
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import cards_by_role
from app.ui.labels import hint_label, section_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.roles import Role
from widgets.card_entry import EDITING_HINT, bind_role_keys, card_entry
from widgets.card_list_view import card_list_view
from widgets.key_map import list_key
from widgets.prefixed_card_list import PrefixedCardListModel
from widgets.role_button import RoleButton


class CardsBoard(Board):
    """Cards of one phase (or of the phase a read-out reviews), newest last.

    Only the cards of the panel's column are shown and added: "" for a phase's plain cards.
    """

    watches = frozenset({"card", "tally", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.card_phase = str(settings.get("source_phase", phase.id))
        self.column = self.panel.column
        self.readout = self.panel.kind == "readout"
        self.votes = bool(settings.get("votes", False))
        self.dated = bool(settings.get("when", False))
        self.editing_id = ""
        lenses = controller.session.method.lenses if settings.get("lenses") else ()

        self.role_button = RoleButton()
        self.role_button.role_requested.connect(self.set_role)
        self.entry = card_entry(self._entry_hint(), "New card")
        # A timeline card's moment: short, free text ("Week 3", "14 March", "launch day").
        self.when = QLineEdit(self)
        self.when.setObjectName("cardEntry")
        self.when.setPlaceholderText("When")
        self.when.setAccessibleName("When it happened")
        self.when.setMaximumWidth(220)
        self.when.returnPressed.connect(self.submit)
        self.when.setVisible(self.dated)
        self.entry.returnPressed.connect(self.submit)
        self.lens = QComboBox()
        self.lens.setAccessibleName("Lens category")
        self.lens.addItem("No lens", "")
        for lens in lenses:
            self.lens.addItem(lens.name, lens.id)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.role_button)
        if self.dated:
            entry_row.addWidget(self.when)
        entry_row.addWidget(self.entry, 1)
        if lenses:
            entry_row.addWidget(self.lens)

        self.model = PrefixedCardListModel(self._lookup, self._when_of, self._extra, self)
        self.list = card_list_view(self.model, "Cards")
        self.list.installEventFilter(self)
        self.entry.installEventFilter(self)
        self.when.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        layout = QVBoxLayout(self)
        heading = str(settings.get("label", ""))
        if heading:
            layout.addWidget(section_label(heading))
            self.list.setAccessibleName(heading)
            self.entry.setAccessibleName(f"New card in {heading}")
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
        if self.dated:
            layout.addWidget(
                hint_label("Type when it happened, Tab, what happened, Enter. F2 edits both.")
            )

        bind_role_keys(self, self.set_role)
        self.shortcut("Ctrl+L", self.cycle_lens)
        if self.dated:
            self.setTabOrder(self.when, self.entry)
        controller.follow_role(self.role_button.show_role)
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def _lookup(self, card_id: str) -> Card | None:
        return self.session.cards.get(card_id)

    def _when_of(self, card: Card) -> str:
        return card.fields.get("when", "") if self.dated else ""

    def _entry_hint(self) -> str:
        if self.dated:
            return "What happened, then Enter"
        return "Type a card and press Enter"

    def _cards(self) -> list[Card]:
        return self.session.cards_in_column(self.card_phase, self.column)

    def _extra(self, card: Card) -> str:
        if not self.votes:
            return ""
        dots = self.session.tally(card.id)
        return f"   ● {dots}" if dots else ""

    def refresh(self, change: Change | None = None) -> None:
        cards = self._cards()
        self.model.refresh([c.id for c in cards])
        self.count_label.setText(cards_by_role(self.session.role_split(cards)))

    # ----- role and lens ----------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.set_entry_role(role)
        if self.editing_id:
            return
        card_id = self.selected_id()
        if card_id and self.list.hasFocus():
            self.controller.run(lambda s: commands.edit_card(s, card_id, role=role))

    def cycle_lens(self) -> None:
        if self.lens.count() > 1:
            self.lens.setCurrentIndex((self.lens.currentIndex() + 1) % self.lens.count())

    # ----- commands --------------------------------------------------------------------------

    def submit(self) -> None:
        text = self.entry.text()
        role = self.controller.entry_role
        fields = {"when": self.when.text()} if self.dated else None
        if self.editing_id:
            card_id = self.editing_id
            ok = self.controller.run(
                lambda s: commands.edit_card(s, card_id, text=text, fields=fields)
            )
            if ok:
                self._stop_editing()
                self.when.clear()
                self.list.setFocus()
        else:
            lens = str(self.lens.currentData() or "")
            column = self.column
            ok = self.controller.run(
                lambda s: commands.add_card(
                    s, self.card_phase, text, role, lens, column=column, fields=fields
                )
            )
            if ok:
                self.list.scrollToBottom()
                if self.dated:
                    # The next moment is typed from its date; the last one stays, selected,
                    # for a run of events in the same week.
                    self.when.setFocus()
                    self.when.selectAll()
        if ok:
            self.entry.clear()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self.entry.setPlaceholderText(self._entry_hint())

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
        if self.dated:
            self.when.setText(card.fields.get("when", ""))
        self.entry.setPlaceholderText(EDITING_HINT)
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
        (self.when if self.dated else self.entry).setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched in (self.entry, self.when):
            if key == Qt.Key.Key_Down and self.model.rowCount():
                # Select before focusing: a list given the focus makes its first row current.
                if not self.list.currentIndex().isValid():
                    self._select(self.model.rowCount() - 1)
                self.list.setFocus()
                return True
            if key == Qt.Key.Key_Escape and self.editing_id:
                self._stop_editing()
                self.entry.clear()
                self.when.clear()
                return True
            return False
        if watched is not self.list:
            return False
        if self.readout and key in (Qt.Key.Key_R, Qt.Key.Key_D):
            self.toggle_mark("read" if key == Qt.Key.Key_R else "duplicate")
            return True
        if self.votes and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.bump_tally(-1 if key == Qt.Key.Key_Minus else 1)
            return True
        return list_key(
            event,
            self.list,
            edit=self.edit_selected,
            delete=self.delete_selected,
            leave=self.entry.setFocus,
        )
