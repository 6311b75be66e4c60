"""Scope each option with MoSCoW: its features, their effort, and the Musts' share of the effort."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.ui.boards.option_tabs import OptionTabsBoard
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label, section_label, warning_label
from facilitation import records, scope
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from widgets.card_entry import card_entry, entry_row
from widgets.item_tabs import ItemTabs
from widgets.key_map import typed_digit
from widgets.lists import row_table
from widgets.role_button import RoleButton
from widgets.share_bar import Limit, Share, ShareBar

COLUMNS = ("Feature", "Effort", "MoSCoW")
ENTRY_HINT = "A feature of this option, then Enter"


class ScopeBoard(OptionTabsBoard):
    """One option at a time (Ctrl+Tab steps on); features listed with effort and MoSCoW label."""

    watches = frozenset({"card", "label", "field_value"})
    entry_hint = ENTRY_HINT

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.scheme = controller.session.method.scheme(scope.scheme_of(self.panel.settings))
        self.limit = scope.must_share_max(self.panel.settings)

        self.tabs = ItemTabs("Options to scope")
        self.role_button = RoleButton()
        self.entry = card_entry(ENTRY_HINT, "New feature")
        self.effort = card_entry("Effort", "Effort of the new feature, in days or points")
        self.effort.setMaximumWidth(140)
        for line in (self.entry, self.effort):
            line.returnPressed.connect(self.submit)

        self.table = row_table(COLUMNS, "featureTable", "Features of this option")
        digits = " · ".join(f"{n} {v.name}" for n, v in enumerate(self.scheme.values, start=1))
        keys = hint_label(f"{digits} · 0 clears · F2 edits · Delete removes · Ctrl+Tab next option")

        self.bar = ShareBar()
        self.bar.setAccessibleName("Share of the effort per MoSCoW label")
        self.breakdown = QLabel()
        self.breakdown.setObjectName("countLabel")
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.warning = warning_label()
        self.uncounted = hint_label("")
        guidance = hint_label(
            f"DSDM: Musts at most about {self.limit}% of the effort, and about 20% Coulds "
            "as contingency. Won't (this time) is not counted."
        )

        left = QVBoxLayout()
        left.addLayout(entry_row(self.role_button, self.entry, self.effort))
        left.addWidget(self.table, 1)
        left.addWidget(keys)
        right = QVBoxLayout()
        right.addWidget(section_label("Share of the effort"))
        right.addWidget(self.bar)
        right.addWidget(self.breakdown)
        right.addWidget(self.warning)
        right.addWidget(self.uncounted)
        right.addStretch(1)
        right.addWidget(guidance)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(body, 1)

        self.bind_option_keys()
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def entry_lines(self) -> tuple[QLineEdit, ...]:
        return (self.entry, self.effort)

    def refresh(self, change: Change | None = None) -> None:
        session = self.session
        options = scope.scoped_options(session)
        tabs = []
        for option in options:
            count = len(session.children(option.id, self.phase.id))
            tabs.append((option.id, f"{option.text} · {plural(count, 'feature')}"))
        self.tabs.show_items(tabs)
        has_option = bool(self.option_id())
        for line in (self.entry, self.effort):
            line.setEnabled(has_option)
        self.entry.setPlaceholderText(
            ENTRY_HINT if has_option else "Add options in the options phase first"
        )
        found = (
            scope.features(session, self.phase.id, self.option_id(), self.scheme.id)
            if has_option
            else []
        )
        self._show_features(found)
        self._show_shares(found)

    def _show_features(self, found: list[scope.Feature]) -> None:
        names = {v.id: v.name for v in self.scheme.values}
        self.show_rows(
            [
                (
                    feature.card,
                    (
                        "–" if feature.effort is None else scope.format_effort(feature.effort),
                        names.get(feature.label, "–"),
                    ),
                )
                for feature in found
            ]
        )

    def _show_shares(self, found: list[scope.Feature]) -> None:
        shares = scope.effort_shares(found)
        efforts = scope.effort_by_label(found)
        planned = [v for v in self.scheme.values if v.id != scope.WONT]
        self.bar.show_shares(
            [Share(v.name, shares.get(v.id, 0.0)) for v in planned],
            Limit(self.limit, f"{self.limit}% limit for Musts"),
        )
        rows = []
        for value in self.scheme.values:
            effort = efforts.get(value.id)
            amount = "–" if effort is None else scope.format_effort(effort)
            share = (
                "not this time"
                if value.id == scope.WONT
                else f"{round(shares[value.id])}%"
                if value.id in shares
                else "–"
            )
            rows.append(
                f"<tr><td>{escape(value.name)}</td><td align='right'>&nbsp;&nbsp;{amount}</td>"
                f"<td align='right'>&nbsp;&nbsp;{share}</td></tr>"
            )
        self.breakdown.setText("<table>" + "".join(rows) + "</table>")
        self.warning.setText(scope.must_warning(shares, self.limit))
        waiting = sum(1 for f in found if not f.counted and f.label != scope.WONT)
        self.uncounted.setText(
            ""
            if not waiting
            else f"{plural(waiting, 'feature')} not counted yet: each needs a label and an effort."
        )

    # ----- commands ----------------------------------------------------------------------------

    def submit(self) -> None:
        text, effort = self.entry.text(), self.effort.text()
        if self.editing_id:
            card_id = self.editing_id
            ok = self.controller.run(lambda s: scope.edit_feature(s, card_id, text, effort))
            if ok:
                self._stop_editing()
                self.table.setFocus()
            return
        option_id, role = self.option_id(), self.controller.entry_role
        ok = self.controller.run(
            lambda s: scope.add_feature(s, self.phase.id, option_id, text, effort, role)
        )
        if ok:
            self.entry.clear()
            self.effort.clear()
            self.entry.setFocus()
            self.table.selectRow(self.table.rowCount() - 1)

    def edit_selected(self) -> None:
        super().edit_selected()
        card = self.session.cards.get(self.editing_id)
        if card is not None:
            self.effort.setText(card.fields.get(scope.EFFORT, ""))

    def _stop_editing(self) -> None:
        super()._stop_editing()
        self.effort.clear()

    def set_label(self, digit: int) -> None:
        card_id = self.selected_id()
        if not card_id:
            return
        if digit > len(self.scheme.values):
            count = len(self.scheme.values)
            self.controller.failed.emit(f"Choose 1 to {count}, or 0 to take the label off.")
            return
        value = self.scheme.values[digit - 1].id if digit else ""
        row = self.table.currentRow()
        if self.controller.run(lambda s: records.set_label(s, card_id, self.scheme.id, value)):
            # Move on, so a list is sorted with one digit per feature.
            self.table.selectRow(min(row + 1, self.table.rowCount() - 1))

    # ----- keys --------------------------------------------------------------------------------

    def row_key(self, event: QKeyEvent) -> bool:
        digit = typed_digit(event)
        if digit is not None:
            self.set_label(digit)
            return True
        return False
