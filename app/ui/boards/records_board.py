"""Records: cards with named fields (trade-off options, draft problem statements, metric rows).

A list of the phase's records on the left, the selected one's fields on the right. Typing the
first field in the entry line and pressing Enter adds a record; the form then takes the rest.
For options, Ctrl+B makes the selected option the baseline a Pugh comparison is made against.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label, section_label, warning_label
from facilitation import board as commands
from facilitation import record_lines as lines
from facilitation import records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.roles import Role
from widgets.card_entry import bind_role_keys, card_entry, entry_row
from widgets.compact_role_button import CompactRoleButton
from widgets.field_form import FieldForm
from widgets.key_map import list_key
from widgets.lists import current_id, select_id, wrap_text
from widgets.role_button import RoleButton
from widgets.role_style import role_icon

BASELINE = "◆"


class RecordsBoard(Board):
    watches = frozenset({"card", "field_value", "participant"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.options = self.panel.kind == "options"
        self.column = self.panel.column
        self.first = self.panel.fields[0]
        self.noun = self._noun()

        # Beside another panel (metrics beside non-goals) the board is narrow.
        self.compact = len(phase.panels) > 1
        self.role_button = CompactRoleButton() if self.compact else RoleButton()
        self.role_button.role_requested.connect(self.set_role)
        self.entry = card_entry(self._entry_hint(), f"New {self.noun}: {self.first.label}")
        self.entry.returnPressed.connect(self.add)
        self.entry.installEventFilter(self)

        self.list = QListWidget()
        self.list.setObjectName("recordList")
        self.list.setAccessibleName(f"{self.noun.capitalize()}s")
        wrap_text(self.list)
        self.list.installEventFilter(self)
        self.list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setWordWrap(True)

        keys = "Enter or F2 edits the selected one, Delete removes it."
        if self.options:
            keys += " Ctrl+B makes it the baseline."
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.count_label)
        left.addWidget(hint_label(keys))

        self.form_title = section_label("")
        self.form_title.setTextFormat(Qt.TextFormat.PlainText)  # a record's name, as typed
        self.form = FieldForm(self.panel.fields, text_height=80)
        self.form.committed.connect(self._on_committed)
        self.form.escaped.connect(self.list.setFocus)
        self.warning = warning_label()
        inner = QWidget()
        form_column = QVBoxLayout(inner)
        form_column.addWidget(self.form_title)
        form_column.addWidget(self.form)
        form_column.addWidget(self.warning)
        form_column.addWidget(hint_label("Tab moves on and keeps what you typed; Esc goes back."))
        form_column.addStretch(1)
        # An option has thirteen fields: the form scrolls, following the keyboard.
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        # No Tab stop of its own: from the list, Tab goes straight to the first field.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(inner)
        for widget in self.form.fields.values():
            widget.installEventFilter(self)

        # Narrow, the labels go above their fields so that the fields keep a readable width.
        if self.compact:
            self.form.stack_labels()
        # The entry line spans the board, so a narrow board still shows what it asks for.
        sides = QHBoxLayout()
        sides.addLayout(left, 2)
        sides.addWidget(self.scroller, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(entry_row(self.role_button, self.entry))
        layout.addLayout(sides, 1)

        bind_role_keys(self, self.set_role)
        if self.options:
            self.shortcut("Ctrl+B", self.make_baseline)
        controller.follow_role(self.role_button.show_role)
        self.refresh()

    def _noun(self) -> str:
        if self.options:
            return "option"
        if self.panel.settings.get("template"):
            return "draft"
        return self.first.label.lower()

    def _entry_hint(self) -> str:
        if self.first.label.lower() == self.noun:
            return f"New {self.noun}, then Enter"
        return f"New {self.noun}: {self.first.label}, then Enter"

    # ----- reading the session ---------------------------------------------------------------

    def _records(self) -> list[Card]:
        return self.session.cards_in_column(self.phase.id, self.column)

    def selected_id(self) -> str:
        return current_id(self.list)

    def _line(self, card: Card, baseline: str) -> str:
        if self.options:
            mark = f"{BASELINE} " if card.id == baseline else ""
            base = "  (baseline)" if card.id == baseline else ""
            return f"{mark}{card.text}{base}\n{lines.option_details(self.panel, card)}"
        details = lines.record_details(self.panel, card)
        return f"{card.text}\n{details}" if details else card.text

    def refresh(self, change: Change | None = None) -> None:
        selected = self.selected_id()
        baseline = lines.datum_id(self.session, self.phase.id) if self.options else ""
        self.list.blockSignals(True)
        self.list.clear()
        for card in self._records():
            item = QListWidgetItem(role_icon(card.role), self._line(card, baseline))
            item.setData(Qt.ItemDataRole.UserRole, card.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{card.role.label}: {item.text()}")
            self.list.addItem(item)
            if card.id == selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()
        self._show_count(baseline)

    def _show_count(self, baseline: str) -> None:
        count = self.list.count()
        text = plural(count, self.noun)
        if self.options:
            base = self.session.cards.get(baseline)
            text += (
                f" · baseline for Pugh: {BASELINE} {base.text}"
                if base
                else " · no baseline yet: Ctrl+B on the option to compare with"
            )
        self.count_label.setText(text)

    def _show_selected(self) -> None:
        card = self.session.cards.get(self.selected_id())
        self.form.setEnabled(card is not None)
        if card is None:
            self.form_title.setText(f"No {self.noun} yet")
            self.form.show_values({})
            self.warning.setText("")
            return
        title = card.text if len(card.text) <= 60 else card.text[:57] + "…"
        self.form_title.setText(f"{self.noun.capitalize()}: {title}")
        self.form.show_values(card.fields)
        self.warning.setText(lines.estimate_problem(card.fields) if self.options else "")

    # ----- role ------------------------------------------------------------------------------

    def set_role(self, role: Role) -> None:
        self.controller.set_entry_role(role)
        card_id = self.selected_id()
        if card_id and self.list.hasFocus():
            self.controller.run(lambda s: commands.edit_card(s, card_id, role=role))

    # ----- commands --------------------------------------------------------------------------

    def add(self) -> None:
        text, role = self.entry.text(), self.controller.entry_role
        before = {c.id for c in self._records()}
        if self.controller.run(
            lambda s: lines.new_record(s, self.phase.id, self.panel, text, role)
        ):
            self.entry.clear()
            new = next((c for c in self._records() if c.id not in before), None)
            if new is not None:
                select_id(self.list, new.id)
            self.form.focus_field(1)

    def _on_committed(self, field_id: str, value: str) -> None:
        card_id = self.selected_id()
        if not card_id or self.panel.field(field_id) is None:
            return
        if not self.controller.run(lambda s: records.edit_record(s, card_id, field_id, value)):
            # Refused (a number that is not one, a date that is not a date): show what is kept.
            card = self.session.cards.get(card_id)
            self.form.show_value(field_id, card.fields.get(field_id, "") if card else "")

    def edit_selected(self) -> None:
        if self.selected_id():
            self.form.focus_field(0)

    def delete_selected(self) -> None:
        card = self.session.cards.get(self.selected_id())
        if card is None:
            return
        also = " Its scores, features and risks go with it." if self.options else ""
        answer = QMessageBox.question(
            self, f"Delete the {self.noun}", f"Delete the {self.noun} “{card.text}”?{also}"
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.list.currentRow()
        card_id = card.id
        if self.controller.run(lambda s: lines.delete_record(s, self.phase.id, card_id)):
            if self.list.count():
                self.list.setCurrentRow(min(row, self.list.count() - 1))
                self.list.setFocus()
            else:
                self.entry.setFocus()

    def make_baseline(self) -> None:
        card_id = self.selected_id()
        if card_id:
            self.controller.run(lambda s: lines.set_datum(s, self.phase.id, card_id))

    def focus_entry(self) -> None:
        if self.list.count():
            self.list.setFocus()
        else:
            self.entry.setFocus()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and watched in self.form.fields.values():
            assert isinstance(watched, QWidget)
            self.scroller.ensureWidgetVisible(watched, 8, 24)
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.entry and key == Qt.Key.Key_Down and self.list.count():
            self.list.setFocus()
            return True
        if watched is self.list:
            return list_key(
                event,
                self.list,
                edit=self.edit_selected,
                delete=self.delete_selected,
                leave=self.entry.setFocus,
            )
        return False
