"""Column cards: role-tagged cards typed into columns side by side, with switchable column sets.

The entry line adds to the current column (Alt+1…n or Ctrl+Left/Right picks it). In a column,
1…n moves the selected card to column n, Ctrl+Shift+Left/Right carries it one column over.
Ctrl+Shift+P switches the column set (Three questions, Start / Stop / Continue…); cards in
columns the new set lacks keep their column and wait in a last column until moved.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import cards_by_role
from app.ui.labels import hint_label
from facilitation import board as commands
from facilitation import columns as cols
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Choice, Panel, Phase
from facilitation.roles import Role
from widgets.card_column import CardColumn
from widgets.card_entry import EDITING_HINT, bind_role_keys, card_entry, entry_row
from widgets.card_list import CardListModel
from widgets.inline_chooser import InlineChooser
from widgets.key_map import list_key, typed_digit
from widgets.prefixed_card_list import PrefixedCardListModel
from widgets.role_button import RoleButton

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MAX_COLUMN_KEYS = 9
STRAY_TITLE = "Not in these columns"


class ColumnCardsBoard(Board):
    """Columns side by side; new cards go to the current one, outlined and marked."""

    watches = frozenset({"card", "field_value", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.columns: tuple[Choice, ...] = ()
        self.views: list[CardColumn] = []
        self.current = 0
        self.editing_id = ""

        self.role_button = RoleButton()
        self.role_button.role_requested.connect(self.set_role)
        # The hint and the name follow the current column (_show_entry_hint).
        self.entry = card_entry("", "")
        self.entry.installEventFilter(self)
        self.entry.returnPressed.connect(self.submit)

        self.preset_label = QLabel()
        self.preset_label.setObjectName("hintLabel")
        self.chooser = InlineChooser("Choose the columns")
        self.chooser.chosen.connect(self.choose_preset)
        self.chooser.cancelled.connect(self._close_chooser)

        self.columns_row = QHBoxLayout()
        self.columns_row.setContentsMargins(0, 0, 0, 0)
        self.holder = QWidget()
        self.holder.setLayout(self.columns_row)
        stray_model = PrefixedCardListModel(self._lookup, self._old_column, parent=self)
        self.stray = CardColumn(stray_model, STRAY_TITLE)
        self.stray.list.installEventFilter(self)
        self.columns_row.addWidget(self.stray, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        layout = QVBoxLayout(self)
        layout.addLayout(entry_row(self.role_button, self.entry))
        layout.addWidget(self.preset_label)
        layout.addWidget(self.chooser, 1)
        layout.addWidget(self.holder, 3)
        layout.addWidget(self.count_label)
        layout.addWidget(
            hint_label(
                "Alt+1… or Ctrl+←/→ picks the column. In a column: 1… moves the card there, "
                "F2 edits, Delete removes."
            )
        )

        bind_role_keys(self, self.set_role)
        for number in range(1, MAX_COLUMN_KEYS + 1):
            self.shortcut(f"Alt+{number}", lambda n=number: self.pick_column(n - 1))
        if len(self.panel.presets) > 1:
            self.shortcut("Ctrl+Shift+P", self.open_chooser)
        controller.follow_role(self.role_button.show_role)
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def _lookup(self, card_id: str) -> Card | None:
        return self.session.cards.get(card_id)

    def _old_column(self, card: Card) -> str:
        return cols.column_name(self.panel, card.column)

    def column_id(self) -> str:
        return self.columns[self.current].id if self.columns else ""

    def refresh(self, change: Change | None = None) -> None:
        columns = cols.current_columns(self.session, self.phase.id, self.panel)
        if columns != self.columns:
            self._build_columns(columns)
        cards = self.session.cards_in(self.phase.id)
        for index, (column, view) in enumerate(zip(self.columns, self.views, strict=True)):
            inside = [c for c in cards if c.column == column.id]
            view.model.refresh([c.id for c in inside])
            title = f"{index + 1} · {column.name}"
            current = index == self.current
            view.show_header(title, column.hint, self.session.role_split(inside), current)
        stray = cols.stray_cards(self.session, self.phase.id, self.panel)
        self.stray.model.refresh([c.id for c in stray])
        keys = f"1–{len(self.columns)}" if len(self.columns) > 1 else "1"
        self.stray.show_header(
            STRAY_TITLE,
            f"From other columns: {keys} moves a card into one of these.",
            self.session.role_split(stray),
            False,
        )
        self.stray.setVisible(bool(stray))
        self._show_count()
        self._show_entry_hint()
        preset = cols.current_preset(self.session, self.phase.id, self.panel)
        if len(self.panel.presets) > 1 and preset is not None:
            self.preset_label.setText(f"Columns: {preset.name} · Ctrl+Shift+P changes them")
        self.preset_label.setVisible(len(self.panel.presets) > 1)

    def _build_columns(self, columns: tuple[Choice, ...]) -> None:
        old, self.views, self.columns = self.views, [], columns
        # The keyboard leaves the old lists first: hiding a focused list would hand the focus to
        # another list, whose focus-in redraws the board in the middle of this rebuild.
        if any(v.list.hasFocus() for v in old):
            self.entry.setFocus()
        for view in old:
            # Hidden at once: deleteLater waits for the event loop, and until then the old
            # column would still be drawn over the new ones.
            self.columns_row.removeWidget(view)
            view.hide()
            view.deleteLater()
        for index, column in enumerate(columns):
            view = CardColumn(CardListModel(self._lookup, parent=self), column.name)
            view.list.installEventFilter(self)
            self.columns_row.insertWidget(index, view, 1)
            view.show()  # at once too, not on the event loop's next turn
            self.views.append(view)
        self.current = min(self.current, max(0, len(columns) - 1))

    def _show_count(self) -> None:
        known = {c.id for p in self.panel.presets for c in p.columns}
        cards = [c for c in self.session.cards_in(self.phase.id) if c.column in known]
        self.count_label.setText(cards_by_role(self.session.role_split(cards)))

    def _show_entry_hint(self) -> None:
        name = self.columns[self.current].name if self.columns else ""
        if self.editing_id:
            self.entry.setPlaceholderText(EDITING_HINT)
        else:
            self.entry.setPlaceholderText(f"A card for “{name}”, then Enter")
        self.entry.setAccessibleName(f"New card in {name}")

    # ----- the current column ----------------------------------------------------------------

    def pick_column(self, index: int) -> None:
        """Make column `index` the one new cards go to; from a column, go to that column."""
        if not 0 <= index < len(self.columns):
            return
        in_list = self._focused_view() is not None
        self._set_current(index)
        if in_list:
            self._enter_column(index)

    def _set_current(self, index: int) -> None:
        if index != self.current and 0 <= index < len(self.columns):
            self.current = index
            self.refresh()

    def _enter_column(self, index: int, row: int = -1) -> None:
        view = self.views[index] if index < len(self.views) else self.stray
        if not view.isVisible() or view.model.rowCount() == 0:
            # An empty column has nothing to select; keep the keyboard where it is useful.
            if index < len(self.views):
                self._set_current(index)
            return
        last = view.model.rowCount() - 1
        # Asked before the focus moves: a list that gets the focus selects its first row.
        if row >= 0:
            view.select(min(row, last))
        elif view.selected_row() < 0:
            view.select(last)  # the newest card, the one most likely to need a fix
        view.list.setFocus()

    def _focused_view(self) -> CardColumn | None:
        for view in [*self.views, self.stray]:
            if view.list.hasFocus():
                return view
        return None

    def _view_of(self, widget: QObject) -> CardColumn | None:
        return next((v for v in [*self.views, self.stray] if v.list is widget), None)

    # ----- role ------------------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.set_entry_role(role)
        if self.editing_id:
            return
        view = self._focused_view()
        card_id = self._selected_in(view) if view else ""
        if card_id:
            self.controller.run(lambda s: commands.edit_card(s, card_id, role=role))

    # ----- commands --------------------------------------------------------------------------

    def submit(self) -> None:
        text = self.entry.text()
        if self.editing_id:
            card_id = self.editing_id
            if self.controller.run(lambda s: commands.edit_card(s, card_id, text=text)):
                self._stop_editing()
                self.entry.clear()
                card = self.session.cards.get(card_id)
                self._focus_card(card_id, card.column if card else "")
            return
        column, role = self.column_id(), self.controller.entry_role
        ok = self.controller.run(
            lambda s: cols.add_to_column(s, self.phase.id, self.panel, column, text, role)
        )
        if ok:
            self.entry.clear()
            self.views[self.current].list.scrollToBottom()

    def _selected_in(self, view: CardColumn) -> str:
        row = view.selected_row()
        return view.model.card_id(row) if row >= 0 else ""

    def edit_selected(self, view: CardColumn) -> None:
        card = self.session.cards.get(self._selected_in(view))
        if card is None:
            return
        self.editing_id = card.id
        self.entry.setText(card.text)
        self._show_entry_hint()
        self.entry.setFocus()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self._show_entry_hint()

    def delete_selected(self, view: CardColumn) -> None:
        card_id = self._selected_in(view)
        if not card_id:
            return
        row = view.selected_row()
        if self.controller.run(lambda s: commands.delete_card(s, card_id)):
            if view.model.rowCount():
                view.select(min(row, view.model.rowCount() - 1))
            else:
                self.entry.setFocus()

    def move_selected(self, view: CardColumn, index: int) -> None:
        """Move the selected card to column `index`; the keyboard follows the card."""
        card_id = self._selected_in(view)
        if not card_id or not 0 <= index < len(self.columns):
            return
        column = self.columns[index].id
        if self.controller.run(
            lambda s: cols.move_to_column(s, self.phase.id, self.panel, card_id, column)
        ):
            self._set_current(index)
            self._focus_card(card_id, column)

    def _focus_card(self, card_id: str, column: str) -> None:
        index = next((i for i, c in enumerate(self.columns) if c.id == column), -1)
        view = self.views[index] if index >= 0 else self.stray
        ids = [view.model.card_id(r) for r in range(view.model.rowCount())]
        if card_id in ids:
            view.list.setFocus()
            view.select(ids.index(card_id))

    # ----- column sets -----------------------------------------------------------------------

    def open_chooser(self) -> None:
        current = cols.current_preset(self.session, self.phase.id, self.panel)
        in_use = current.id if current else ""
        choices = [
            (
                p.id,
                f"{p.name}: "
                + " · ".join(c.name for c in p.columns)
                + ("   (in use)" if p.id == in_use else ""),
            )
            for p in self.panel.presets
        ]
        # The choice takes the columns' place while it is open: each set reads in full.
        self.holder.hide()
        self.chooser.open(choices, in_use)

    def _close_chooser(self) -> None:
        self.holder.show()
        self.entry.setFocus()

    def choose_preset(self, preset_id: str) -> None:
        self.holder.show()
        current = cols.current_preset(self.session, self.phase.id, self.panel)
        chosen = self.panel.preset(preset_id)
        if chosen is None or (current is not None and chosen.id == current.id):
            self.entry.setFocus()
            return
        stranded = cols.stranded_by(self.session, self.phase.id, self.panel, preset_id)
        if stranded and not self._confirm_switch(chosen.name, stranded):
            self.entry.setFocus()
            return
        if self.controller.run(
            lambda s: cols.switch_preset(s, self.phase.id, self.panel, preset_id)
        ):
            self.current = 0
            self.refresh()
        self.entry.setFocus()

    def _confirm_switch(self, name: str, stranded: list[Card]) -> bool:
        count = len(stranded)
        cards = "1 card sits" if count == 1 else f"{count} cards sit"
        where = cols.describe_stranded(self.panel, stranded)
        answer = QMessageBox.question(
            self,
            "Change the columns",
            f"{cards} in columns that {name} does not have ({where}). Nothing is lost: "
            f"they wait in a last column, “{STRAY_TITLE}”, until you move them, and switching "
            f"back brings their columns back. Switch to {name}?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def focus_entry(self) -> None:
        self.entry.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            view = self._view_of(watched)
            if view is not None and view is not self.stray:
                self._set_current(self.views.index(view))
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if watched is self.entry:
            return self._entry_key(event)
        view = self._view_of(watched)
        return view is not None and self._list_key(view, event)

    def _step(self, event: QKeyEvent) -> int:
        """-1 or +1 for Left or Right, 0 for any other key."""
        return {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()), 0)

    def _entry_key(self, event: QKeyEvent) -> bool:
        key, mods = event.key(), _chord(event)
        if key == Qt.Key.Key_Down and self.views:
            self._enter_column(self.current)
            return True
        if self._step(event) and mods == CTRL:
            self._set_current((self.current + self._step(event)) % max(1, len(self.columns)))
            return True
        if key == Qt.Key.Key_Escape and self.editing_id:
            self._stop_editing()
            self.entry.clear()
            return True
        return False

    def _list_key(self, view: CardColumn, event: QKeyEvent) -> bool:
        mods = _chord(event)
        index = self.views.index(view) if view in self.views else len(self.views)
        step = self._step(event)
        if step and mods == CTRL | SHIFT:
            if view is not self.stray:
                self.move_selected(view, index + step)
            return True
        if step and mods in (Qt.KeyboardModifier.NoModifier, CTRL):
            self._walk(index, step, view.selected_row())
            return True
        if list_key(
            event,
            view.list,
            edit=lambda: self.edit_selected(view),
            delete=lambda: self.delete_selected(view),
            leave=self.entry.setFocus,
        ):
            return True
        digit = typed_digit(event)
        if digit:
            self.move_selected(view, digit - 1)
            return True
        return False

    def _walk(self, index: int, step: int, row: int) -> None:
        """Go to the next column with cards in direction `step`, keeping roughly the same row."""
        count = len(self.views) + (1 if self.stray.isVisible() else 0)
        target = index + step
        while 0 <= target < count:
            view = self.views[target] if target < len(self.views) else self.stray
            if view.model.rowCount():
                self._enter_column(target, row)
                return
            target += step
        if 0 <= index + step < len(self.columns):
            self._set_current(index + step)


def _chord(event: QKeyEvent) -> Qt.KeyboardModifier:
    """The modifiers held, without the keypad flag some systems set on every arrow key."""
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
