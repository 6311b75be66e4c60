"""Action items: what (verb first), who owns it (a product and an engineering owner when the method
pairs them), by when, and how we will know it is done. A method's cap shows as "2 of 3".

What an action still lacks (an owner, a date, a check) is flagged on its row and under the list,
so nobody leaves the room with an action that belongs to no one.
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label, warning_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.dates import readable
from facilitation.entities import Action
from facilitation.method import Panel, Phase
from widgets.action_form import ActionForm
from widgets.key_map import list_key
from widgets.lists import current_id, select_id, wrap_text


def gaps(action: Action, *, pair_owners: bool) -> list[str]:
    """What an action still lacks, named as the form labels its lines."""
    missing = []
    if not action.owner:
        missing.append("a product owner" if pair_owners else "an owner")
    if pair_owners and not action.co_owner:
        missing.append("an engineering owner")
    if not action.due:
        missing.append("a due date")
    if not action.done_when:
        missing.append("a “done when” check")
    return missing


def listed(words: list[str]) -> str:
    """ "a, b and c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


class ActionsBoard(Board):
    """The form on top, the agreed actions below; F2 edits one, Delete removes it (asks first)."""

    watches = frozenset({"action"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.pair_owners = bool(self.panel.settings.get("pair_owners", False))
        self.editing_id = ""

        self.form = ActionForm(pair_owners=self.pair_owners)
        self.form.submitted.connect(self.submit)
        self.form.cancelled.connect(self.cancel_edit)
        self.form.down_pressed.connect(self._to_list)
        self.count_label = QLabel()
        self.count_label.setObjectName("budgetLabel")
        self.list = QListWidget()
        self.list.setObjectName("actionList")
        self.list.setAccessibleName("Actions")
        wrap_text(self.list)
        self.list.installEventFilter(self)
        self.gaps_label = warning_label()

        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.gaps_label)
        layout.addWidget(
            hint_label(
                "Enter adds the action · Down: the list, where F2 edits and Delete removes "
                "(asks first) · Esc gives up an edit"
            )
        )
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        actions = self.session.ordered_actions()
        limit = commands.max_actions(self.session)
        if limit is None:
            self.count_label.setText(plural(len(actions), "action"))
        else:
            full = " · full: drop or merge one to add another" if len(actions) >= limit else ""
            self.count_label.setText(f"{len(actions)} of {limit} actions{full}")
        selected = self.selected_id()
        self.list.clear()
        lacking = []
        for number, action in enumerate(actions, start=1):
            missing = gaps(action, pair_owners=self.pair_owners)
            row = QListWidgetItem(self._row_text(number, action, missing))
            row.setData(Qt.ItemDataRole.UserRole, action.id)
            self.list.addItem(row)
            if action.id == selected:
                self.list.setCurrentItem(row)
            if missing:
                lacking.append(f"{number} needs {listed(missing)}")
        self.gaps_label.setText("Still open: action " + "; action ".join(lacking))
        self.gaps_label.setVisible(bool(lacking))

    def _row_text(self, number: int, action: Action, missing: list[str]) -> str:
        lines = [f"{number}. {action.what}"]
        if self.pair_owners:
            owners = f"Product: {action.owner or '—'} · Engineering: {action.co_owner or '—'}"
        else:
            owners = f"Owner: {action.owner or '—'}"
        due = f"due {readable(action.due)}" if action.due else "no date"
        lines.append(f"{owners} · {due}")
        if action.done_when:
            lines.append(f"Done when {action.done_when}")
        if missing:
            lines.append(f"⚠ needs {listed(missing)}")
        return "\n".join(lines)

    def selected_id(self) -> str:
        return current_id(self.list)

    # ----- commands --------------------------------------------------------------------------

    def submit(self) -> None:
        values = self.form.values()
        if self.editing_id:
            action_id = self.editing_id
            if self.controller.run(lambda s: commands.edit_action(s, action_id, **values)):
                self._stop_editing()
                select_id(self.list, action_id)
                self.list.setFocus()
            return
        added = self.controller.run(
            lambda s: commands.add_action(
                s,
                values["what"],
                values["owner"],
                values["due"],
                co_owner=values.get("co_owner", ""),
                done_when=values["done_when"],
            )
        )
        if added:
            self.form.clear()
            self.form.focus_what()
            self.list.setCurrentRow(self.list.count() - 1)

    def edit_selected(self) -> None:
        action = self.session.actions.get(self.selected_id())
        if action is None:
            return
        self.editing_id = action.id
        self.form.load(
            {
                "what": action.what,
                "owner": action.owner,
                "co_owner": action.co_owner,
                "due": action.due,
                "done_when": action.done_when,
            }
        )
        self.form.show_editing(self.list.currentRow() + 1)
        self.form.focus_what()

    def cancel_edit(self) -> None:
        if self.editing_id:
            action_id = self.editing_id
            self._stop_editing()
            select_id(self.list, action_id)
            self.list.setFocus()

    def _stop_editing(self) -> None:
        self.editing_id = ""
        self.form.clear()
        self.form.show_editing(0)

    def delete_selected(self) -> None:
        action = self.session.actions.get(self.selected_id())
        if action is None:
            return
        answer = QMessageBox.question(self, "Delete action", f"Delete the action “{action.what}”?")
        if answer != QMessageBox.StandardButton.Yes:
            return
        row = self.list.currentRow()
        if self.controller.run(lambda s: commands.delete_action(s, action.id)):
            if self.editing_id == action.id:
                self._stop_editing()
            if self.list.count():
                self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _to_list(self) -> None:
        if self.list.count():
            self.list.setFocus()
            if self.list.currentRow() < 0:
                self.list.setCurrentRow(0)

    def focus_entry(self) -> None:
        self.form.focus_what()

    # ----- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.list or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        return list_key(
            event,
            self.list,
            edit=self.edit_selected,
            delete=self.delete_selected,
            leave=self.form.focus_what,
        )
