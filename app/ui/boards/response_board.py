"""Responding to the top risks: ROAM, mitigation, early-warning sign, owner, date, actions."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label, warning_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from widgets.committing_fields import CommittingLineEdit
from widgets.key_map import KeyMap
from widgets.lists import current_id, wrap_text

ROAM_LABELS = {
    "resolved": "Resolved",
    "owned": "Owned",
    "accepted": "Accepted",
    "mitigated": "Mitigated",
}


class ResponseBoard(Board):
    """Risks on the left by score; the selected one's answer on the right; actions below."""

    watches = frozenset({"risk", "theme", "action", "tally"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.risks = QListWidget()
        self.risks.setObjectName("themeList")
        self.risks.setAccessibleName("Top risks")
        wrap_text(self.risks)
        self.risks.currentRowChanged.connect(lambda _row: self._show_selected())

        self.roam_group = QButtonGroup(self)
        roam_row = QHBoxLayout()
        for index, (value, label) in enumerate(ROAM_LABELS.items()):
            button = QRadioButton(f"&{label}")
            button.setProperty("roam", value)
            self.roam_group.addButton(button, index)
            roam_row.addWidget(button)
        self.roam_group.buttonClicked.connect(lambda b: self._respond(roam=str(b.property("roam"))))
        self.mitigation = CommittingLineEdit()
        self.warning = CommittingLineEdit()
        self.owner = CommittingLineEdit()
        self.due = CommittingLineEdit()
        self.due.setPlaceholderText("YYYY-MM-DD")
        for field, name in (
            (self.mitigation, "mitigation"),
            (self.warning, "warning_sign"),
            (self.owner, "owner"),
            (self.due, "due"),
        ):
            field.committed.connect(lambda text, n=name: self._respond(**{n: text}))
            field.setAccessibleName(name.replace("_", " ").capitalize())
        self.gaps = warning_label()

        form = QFormLayout()
        form.addRow("Status", roam_row)
        form.addRow("Mitigation", self.mitigation)
        form.addRow("Early-warning sign", self.warning)
        form.addRow("Owner", self.owner)
        form.addRow("Follow-up by", self.due)
        form.addRow("", self.gaps)

        self.action_what = QLineEdit()
        self.action_what.setPlaceholderText("Action: what, verb first")
        self.action_what.setAccessibleName("New action")
        self.action_owner = QLineEdit()
        self.action_owner.setPlaceholderText("Owner")
        self.action_owner.setAccessibleName("Action owner")
        self.action_due = QLineEdit()
        self.action_due.setPlaceholderText("Due YYYY-MM-DD")
        self.action_due.setAccessibleName("Action due date")
        for entry in (self.action_what, self.action_owner, self.action_due):
            entry.returnPressed.connect(self.add_action)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_what, 3)
        action_row.addWidget(self.action_owner, 1)
        action_row.addWidget(self.action_due, 1)
        self.action_list = QListWidget()
        self.action_list.setObjectName("actionList")
        self.action_list.setAccessibleName("Actions")
        wrap_text(self.action_list)
        KeyMap(self.action_list, {Qt.Key.Key_Delete: self.delete_selected_action})

        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(section_label("Actions"))
        right.addLayout(action_row)
        right.addWidget(self.action_list, 1)
        right.addWidget(
            hint_label("Alt+R/O/A/M sets the status. Enter adds the action. Delete removes one.")
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.risks, 2)
        layout.addLayout(right, 3)
        self.refresh()

    def _theme_ids(self) -> list[str]:
        """The top themes, highest score first, so the biggest risk is answered first."""
        shortlisted = {t.id for t in self.session.shortlist(self.phase)}
        return [t.id for t in self.session.themes_by_risk() if t.id in shortlisted]

    def current_theme_id(self) -> str:
        return current_id(self.risks)

    def refresh(self, change: Change | None = None) -> None:
        selected = self.current_theme_id()
        banding = self.session.banding()
        self.risks.blockSignals(True)
        self.risks.clear()
        for number, theme_id in enumerate(self._theme_ids(), start=1):
            risk = self.session.risk_for(theme_id)
            size = banding.label(risk.score)
            status = ROAM_LABELS.get(risk.roam, "no status yet")
            item = QListWidgetItem(
                f"{number}. {self.session.themes[theme_id].name}\n{size} · {status}"
            )
            item.setData(Qt.ItemDataRole.UserRole, theme_id)
            self.risks.addItem(item)
            if theme_id == selected:
                self.risks.setCurrentItem(item)
        self.risks.blockSignals(False)
        if self.risks.currentRow() < 0 and self.risks.count():
            self.risks.setCurrentRow(0)
        self._show_selected()
        self.action_list.clear()
        for action in self.session.ordered_actions():
            owner = action.owner or "no owner yet"
            due = action.due or "no date yet"
            item = QListWidgetItem(f"{action.what} · {owner} · {due}")
            item.setData(Qt.ItemDataRole.UserRole, action.id)
            self.action_list.addItem(item)

    def _show_selected(self) -> None:
        theme_id = self.current_theme_id()
        risk = self.session.risk_for(theme_id) if theme_id else None
        enabled = risk is not None
        for field in (self.mitigation, self.warning, self.owner, self.due):
            field.setEnabled(enabled)
        if risk is None:
            return
        self.mitigation.show_value(risk.mitigation)
        self.warning.show_value(risk.warning_sign)
        self.owner.show_value(risk.owner)
        self.due.show_value(risk.due)
        for button in self.roam_group.buttons():
            button.setChecked(button.property("roam") == risk.roam)
        gaps = commands.risk_gaps(risk)
        self.gaps.setText("Still needs: " + ", ".join(gaps) if gaps else "")

    def _respond(self, **fields: str) -> None:
        theme_id = self.current_theme_id()
        if theme_id:
            self.controller.run(lambda s: commands.respond_to_risk(s, theme_id, **fields))

    def add_action(self) -> None:
        what, owner, due = self.action_what.text(), self.action_owner.text(), self.action_due.text()
        theme_id = self.current_theme_id()
        if self.controller.run(lambda s: commands.add_action(s, what, owner, due, theme_id)):
            for entry in (self.action_what, self.action_owner, self.action_due):
                entry.clear()
            self.action_what.setFocus()

    def focus_entry(self) -> None:
        self.risks.setFocus()

    def delete_selected_action(self) -> None:
        action_id = current_id(self.action_list)
        if action_id:
            self.controller.run(lambda s: commands.delete_action(s, action_id))
