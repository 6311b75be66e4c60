"""Scoring the options: each option on each criterion, 1–5, by product and by engineering apart.

Arrow keys pick a cell, a digit scores it for the side now scoring (S switches, Ctrl+1 / Ctrl+2
choose), 0 or Delete clears it. Each row ends with the weighted total, its share of the maximum
and the rank; cells are tinted by how far apart the sides scored, with the gap written in.
P shows Pugh's view instead: every option against the datum, better, same or worse.
Every number comes from tradeoff.py over decision_matrix.matrix: the board only formats it.
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, warning_label
from facilitation import decision_matrix, record_lines, records, tradeoff, tradeoff_report
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.roles import ROLE_COLOURS, Role
from facilitation.tradeoff_reading import unweighted
from widgets.key_map import KeyMap
from widgets.matrix_table import (
    Cell,
    Criterion,
    MatrixTable,
    OptionRow,
    PughCell,
    ScoreCell,
    figure,
    rank_label,
)

SIDES = (Role.PRODUCT, Role.ENGINEERING)
WEIGHTED_HEADERS = ("Total", "% of max", "Rank")
PUGH_HEADERS = ("+", "S", "−", "Net")
SCORE_KEYS = "Arrow keys choose a cell; type a score, 1 (poor) to 5 (excellent); 0 clears it."
HEAT_KEY = "Tinted cells: the sides scored apart; Δ says by how much."


def side_badge(role: Role) -> str:
    """The side now scoring, as a coloured chip with its name in words."""
    colour = ROLE_COLOURS[role]
    return (
        f"Scoring now: <span style='background:{colour}; color:white; font-weight:bold;'>"
        f"&nbsp;{role.label[0]}&nbsp;</span> <b>{role.label}</b>"
    )


def signed(number: int) -> str:
    return f"+{number}" if number > 0 else str(number).replace("-", "−")


class MatrixBoard(Board):
    watches = frozenset({"score", "card", "field_value"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.scale = decision_matrix.scale_of(self.panel)
        self.side = Role.PRODUCT
        self.pugh = False
        self.option_ids: list[str] = []
        self.criterion_ids: list[str] = []

        self.side_label = QLabel()
        self.side_label.setObjectName("countLabel")
        self.side_label.setTextFormat(Qt.TextFormat.RichText)
        self.side_label.setAccessibleName("Side now scoring")
        self.mode_label = QLabel()
        self.mode_label.setObjectName("countLabel")
        self.mode_label.setWordWrap(True)
        self.mode_label.setTextFormat(Qt.TextFormat.RichText)
        self.warning = warning_label()
        self.warning.setAccessibleName("Warning")
        self.table = MatrixTable()
        self.table.setAccessibleName("Options scored on each criterion")
        self.table.score_typed.connect(self.score)
        self.keys = hint_label("")

        top = QHBoxLayout()
        top.addWidget(self.side_label)
        top.addSpacing(24)
        top.addWidget(self.mode_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.keys)

        KeyMap(
            self.table,
            {
                Qt.Key.Key_S: self.switch_side,
                Qt.Key.Key_P: self.toggle_pugh,
                Qt.Key.Key_D: self.make_datum,
            },
        )
        self.shortcut("Ctrl+1", lambda: self.set_side(Role.PRODUCT))
        self.shortcut("Ctrl+2", lambda: self.set_side(Role.ENGINEERING))
        self.refresh()

    # ----- drawing ---------------------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        options = decision_matrix.options(self.session)
        criteria = decision_matrix.criteria(self.session)
        matrix = decision_matrix.matrix(self.session)
        self.option_ids = [o.id for o in options]
        self.criterion_ids = [c.id for c in criteria]
        columns = [Criterion(c.text, matrix.weights.get(c.id, 0)) for c in criteria]
        datum = decision_matrix.datum(self.session)
        if self.pugh and datum is not None and datum.id in self.option_ids:
            rows, cells = self._pugh(options, criteria, matrix, datum)
            headers: tuple[str, ...] = PUGH_HEADERS
        else:
            rows, cells = self._weighted(options, criteria, matrix)
            headers = WEIGHTED_HEADERS
        self.table.show_matrix(rows, columns, cells, headers)
        self._show_state(datum, criteria)

    def _weighted(
        self, options: list[Card], criteria: list[Card], matrix: tradeoff.Matrix
    ) -> tuple[list[OptionRow], dict[tuple[int, int], Cell]]:
        # Each side's score and their gap, read as the handout and the export read them.
        by_cell = tradeoff_report.cell_rows(self.session, matrix)
        cells: dict[tuple[int, int], Cell] = {}
        for r, option in enumerate(options):
            for c, criterion in enumerate(criteria):
                row = by_cell.get((option.id, criterion.id))
                cells[(r, c)] = (
                    ScoreCell(row.product, row.engineering, row.gap)
                    if row
                    else ScoreCell(0, 0, None)
                )
        standings = tradeoff.ranking(matrix)
        ranks = [s.rank for s in standings]
        by_option = {s.option: s for s in standings}
        top = tradeoff.winner(matrix)
        rows = []
        for option in options:
            standing = by_option[option.id]
            scored = any(k[0] == option.id for k in matrix.scores)
            summary = (
                (
                    figure(standing.total),
                    f"{standing.percent:.0f}%",
                    rank_label(standing.rank, ranks),
                )
                if scored
                else ("–", "–", "–")
            )
            rows.append(OptionRow(option.text, summary, leading=option.id == top))
        return rows, cells

    def _pugh(
        self, options: list[Card], criteria: list[Card], matrix: tradeoff.Matrix, datum: Card
    ) -> tuple[list[OptionRow], dict[tuple[int, int], Cell]]:
        tallies = tradeoff.pugh(matrix, datum.id)
        cells: dict[tuple[int, int], Cell] = {}
        rows = []
        for r, option in enumerate(options):
            is_datum = option.id == datum.id
            for c, criterion in enumerate(criteria):
                sign = tradeoff.pugh_cell(matrix, option.id, datum.id, criterion.id)
                cells[(r, c)] = PughCell(None if is_datum else sign, datum=is_datum)
            if is_datum:
                rows.append(OptionRow(f"{option.text} (datum)", ("", "", "", "")))
                continue
            tally = tallies[option.id]
            summary = (str(tally.plus), str(tally.same), str(tally.minus), signed(tally.net))
            rows.append(OptionRow(option.text, summary))
        return rows, cells

    def _show_state(self, datum: Card | None, criteria: list[Card]) -> None:
        self.side_label.setText(side_badge(self.side))
        self.side_label.setVisible(not self.pugh)
        self.table.set_active_side("" if self.pugh else self.side.value)
        has_datum = datum is not None and datum.id in self.option_ids
        if self.pugh and has_datum:
            assert datum is not None
            name = escape(datum.text, quote=False)
            self.mode_label.setText(
                f"Pugh view: each option against <b>{name}</b>, criterion by "
                "criterion: + better, S the same, − worse."
            )
            self.keys.setText("P back to scoring · D makes the selected option the datum.")
        elif self.pugh:
            self.mode_label.setText(
                "Pugh view needs a datum to compare with: select an option and press D."
            )
            self.keys.setText("P back to scoring · D makes the selected option the datum.")
        else:
            self.mode_label.setText("Weighted totals: Σ weight × score, the sides' mean per cell.")
            self.keys.setText(
                f"{SCORE_KEYS} S switches side (Ctrl+1 product, Ctrl+2 engineering). "
                f"P Pugh view. {HEAT_KEY}"
            )
        missing = unweighted(self.session)
        names = ", ".join(c.text for c in missing)
        verb = "has" if len(missing) == 1 else "have"
        self.warning.setText(
            f"Weights are set before scoring: {names} {verb} no weight yet." if missing else ""
        )
        self.warning.setVisible(bool(missing))
        if not self.option_ids or not criteria:
            self.warning.setText("Add options (Generate options) and criteria to score them.")
            self.warning.setVisible(True)

    # ----- commands --------------------------------------------------------------------------

    def score(self, row: int, column: int, value: int) -> None:
        if self.pugh:
            self.controller.failed.emit("The Pugh view only compares; press P to score.")
            return
        option_id, criterion_id = self.option_ids[row], self.criterion_ids[column]
        side = self.side.value
        ok = self.controller.run(
            lambda s: records.set_score(
                s, option_id, criterion_id, value, scale=self.scale, side=side
            )
        )
        if ok and value:
            self.table.advance()

    def set_side(self, role: Role) -> None:
        self.side = role
        self._show_state(
            decision_matrix.datum(self.session), decision_matrix.criteria(self.session)
        )

    def switch_side(self) -> None:
        self.set_side(SIDES[(SIDES.index(self.side) + 1) % len(SIDES)])

    def toggle_pugh(self) -> None:
        self.pugh = not self.pugh
        self.refresh()

    def make_datum(self) -> None:
        where = decision_matrix.matrix_phases(self.session)
        row = self.table.currentRow()
        if not self.pugh or where is None or not 0 <= row < len(self.option_ids):
            return
        option_id = self.option_ids[row]
        self.controller.run(lambda s: record_lines.set_datum(s, where.options, option_id))

    def focus_entry(self) -> None:
        self.table.setFocus()
        if self.option_ids and self.criterion_ids and self.table.current_cell() is None:
            self.table.select_cell(0, 0)
