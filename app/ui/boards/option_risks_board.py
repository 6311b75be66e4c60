"""Risk check of the leading options: for each, how it could go wrong, sized likelihood × impact."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.ui.boards.option_tabs import OptionTabsBoard
from app.ui.controller import SessionController
from app.ui.format import plural
from app.ui.labels import hint_label
from facilitation import option_risks
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.option_risks import IMPACT, LIKELIHOOD
from widgets.card_entry import card_entry, entry_row
from widgets.item_tabs import ItemTabs
from widgets.key_map import typed_digit
from widgets.lists import row_table
from widgets.risk_grid import PlacedRisk, RiskGrid
from widgets.role_button import RoleButton

COLUMNS = ("Risk", "Likelihood", "Impact", "Score")
ENTRY_HINT = "A way this option could go wrong, then Enter"


class OptionRisksBoard(OptionTabsBoard):
    """A tab per leading option; its risks in a table, typed L/I then a digit, and on the grid."""

    watches = frozenset({"card", "score", "field_value"})
    entry_hint = ENTRY_HINT

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.top = option_risks.top_of(self.panel.settings)
        self.axis = LIKELIHOOD

        self.tabs = ItemTabs("Leading options")
        self.standing = QLabel()
        self.standing.setObjectName("countLabel")
        self.standing.setWordWrap(True)
        self.role_button = RoleButton()
        self.entry = card_entry(ENTRY_HINT, "New risk")
        self.entry.returnPressed.connect(self.submit)
        self.table = row_table(COLUMNS, "riskTable", "Risks of this option")
        self.axis_label = hint_label("")
        self.grid = RiskGrid()

        left = QVBoxLayout()
        left.addWidget(self.standing)
        left.addLayout(entry_row(self.role_button, self.entry))
        left.addWidget(self.table, 1)
        left.addWidget(self.axis_label)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.grid, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(body, 1)

        self.bind_option_keys()
        self.refresh()

    # ----- reading the session ---------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        session = self.session
        leaders = option_risks.leaders(session, self.top)
        banding = session.banding()
        tabs = []
        for number, option in enumerate(leaders.options, start=1):
            risks = option_risks.risks_of(session, self.phase.id, option.id)
            worst = max((r.score for r in risks), default=0)
            summary = plural(len(risks), "risk")
            if worst:
                summary += f", worst {banding.label(worst)}"
            tabs.append((option.id, f"{number}. {option.text} · {summary}"))
        self.tabs.show_items(tabs)
        self._show_standing(leaders)
        self.entry.setEnabled(bool(self.option_id()))
        risks = (
            option_risks.risks_of(session, self.phase.id, self.option_id())
            if self.option_id()
            else []
        )
        self._show_risks(risks)
        self._show_axis()

    def _show_standing(self, leaders: option_risks.Leaders) -> None:
        standing = leaders.standings.get(self.option_id())
        if not leaders.options:
            text = "No options yet: add them in the options phase first."
        elif not leaders.scored:
            text = (
                "Nothing is scored yet, so these are the first "
                f"{len(leaders.options)} options on the board, not the top-scored."
            )
        elif standing is not None:
            text = (
                f"Rank {standing.rank} by weighted total: {standing.total:g} "
                f"({round(standing.percent)}% of the maximum)."
            )
        else:
            text = ""
        self.standing.setText(text)

    def _show_risks(self, risks: list[option_risks.OptionRisk]) -> None:
        banding = self.session.banding()
        self.show_rows(
            [
                (
                    risk.card,
                    (
                        str(risk.likelihood or "–"),
                        str(risk.impact or "–"),
                        banding.label(risk.score) if risk.score else "–",
                    ),
                )
                for risk in risks
            ]
        )
        placed = [
            PlacedRisk(number, risk.likelihood, risk.impact)
            for number, risk in enumerate(risks, start=1)
        ]
        self.grid.show_risks(placed, banding)

    def _show_axis(self) -> None:
        other = IMPACT if self.axis == LIKELIHOOD else LIKELIHOOD
        self.axis_label.setText(
            f"Typing sets <b>{self.axis}</b> (1–5, 0 clears). Press {other[0].upper()} for "
            f"{other}. F2 edits · Delete removes · Ctrl+Tab next option."
        )

    # ----- commands ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self.save_edit():
            return
        text = self.entry.text()
        option_id, role = self.option_id(), self.controller.entry_role
        ok = self.controller.run(
            lambda s: option_risks.add_risk(s, self.phase.id, option_id, text, role)
        )
        if ok:
            self.entry.clear()
            self.table.selectRow(self.table.rowCount() - 1)

    def set_value(self, value: int) -> None:
        card_id = self.selected_id()
        if not card_id:
            return
        axis = self.axis
        if not self.controller.run(lambda s: option_risks.size(s, card_id, axis, value)):
            return
        if axis == LIKELIHOOD:
            self.axis = IMPACT
        else:
            self.axis = LIKELIHOOD
            self.table.selectRow(min(self.table.currentRow() + 1, len(self.row_ids) - 1))
        self._show_axis()

    # ----- keys --------------------------------------------------------------------------------

    def row_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (Qt.Key.Key_L, Qt.Key.Key_I) and not event.modifiers():
            self.axis = LIKELIHOOD if key == Qt.Key.Key_L else IMPACT
            self._show_axis()
            return True
        digit = typed_digit(event)
        if digit is not None:
            self.set_value(digit)  # 6 to 9 get the domain's sentence: from 1 to 5
            return True
        return False
