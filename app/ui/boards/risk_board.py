"""Sizing the top threats: likelihood and impact 1–5 for each, typed straight from the keyboard."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label
from facilitation import board as commands
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.scoring import SCALE
from widgets.key_map import typed_digit
from widgets.lists import row_table
from widgets.risk_grid import PlacedRisk, RiskGrid

COLUMNS = ("Theme", "Dots", "Likelihood", "Impact", "Score")


class RiskBoard(Board):
    """A row per top theme; L or I chooses the axis, a digit sets it and moves on."""

    watches = frozenset({"risk", "theme", "tally", "card"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.axis = "likelihood"
        self.theme_ids: list[str] = []
        self.table = row_table(COLUMNS, "riskTable", "Top threats to size")
        self.table.installEventFilter(self)
        self.grid = RiskGrid()
        settings = controller.session.method.settings
        self.likelihood_words = [str(x) for x in settings.get("likelihood_labels", [])]
        self.impact_words = [str(x) for x in settings.get("impact_labels", [])]
        self.axis_label = hint_label("")
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.axis_label)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.grid, 2)
        self.refresh()

    def refresh(self, change: Change | None = None) -> None:
        row = max(0, self.table.currentRow())
        themes = self.session.shortlist(self.phase)
        self.theme_ids = [t.id for t in themes]
        votes = self.session.theme_votes()
        banding = self.session.banding()
        self.table.setRowCount(len(themes))
        placed = []
        for index, theme in enumerate(themes):
            risk = self.session.risk_for(theme.id)
            cells = (
                f"{index + 1}. {theme.name}",
                str(votes.get(theme.id, 0)),
                self._word(self.likelihood_words, risk.likelihood),
                self._word(self.impact_words, risk.impact),
                banding.label(risk.score) if risk.score else "–",
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            placed.append(PlacedRisk(index + 1, risk.likelihood, risk.impact))
        for column in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        if themes:
            self.table.selectRow(min(row, len(themes) - 1))
        self.grid.show_risks(placed, banding)
        self._show_axis()

    @staticmethod
    def _word(words: list[str], value: int) -> str:
        if not value:
            return "–"
        return f"{value} {words[value - 1]}" if len(words) >= value else str(value)

    def _show_axis(self) -> None:
        other = "impact" if self.axis == "likelihood" else "likelihood"
        self.axis_label.setText(
            f"Typing sets <b>{self.axis}</b> (1–5). Press {other[0].upper()} for {other}; "
            "Up and Down choose the theme."
        )

    def set_value(self, value: int) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.theme_ids):
            return
        theme_id = self.theme_ids[row]
        if self.axis == "likelihood":
            ok = self.controller.run(lambda s: commands.size_risk(s, theme_id, likelihood=value))
            if ok:
                self.axis = "impact"
        else:
            ok = self.controller.run(lambda s: commands.size_risk(s, theme_id, impact=value))
            if ok:
                self.axis = "likelihood"
                self.table.selectRow(min(row + 1, len(self.theme_ids) - 1))
        self._show_axis()

    def focus_entry(self) -> None:
        self.table.setFocus()
        if self.table.rowCount() and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = Qt.Key(event.key())
        digit = typed_digit(event)
        if key == Qt.Key.Key_L:
            self.axis = "likelihood"
        elif key == Qt.Key.Key_I:
            self.axis = "impact"
        elif digit is not None and digit in SCALE:
            self.set_value(digit)
            return True
        else:
            return False
        self._show_axis()
        return True
