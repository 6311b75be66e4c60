"""Sensitivity and discussion: change a weight, watch the ranking, and hear how robust it is.

The weights are the same Score records the criteria phase set, so a change here is a change of
the matrix everywhere. The ranking and the sentence about the smallest weight change that would
unseat the winner come from tradeoff.py (through tradeoff_reading); the cells the two sides
scored furthest apart are listed as prompts for the discussion.
"""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label, warning_label
from facilitation import decision_matrix, records, tradeoff
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.tradeoff_reading import (
    sensitivity_note,
    unweighted,
    widest_gaps,
)
from widgets.matrix_table import figure, rank_label
from widgets.standings import GapList, GapRow, StandingRow, StandingsChart
from widgets.weight_list import WeightedCriterion, WeightList

PROMPTS = 6  # gaps listed: enough for the phase's few minutes, few enough to read


class SensitivityBoard(Board):
    watches = frozenset({"score", "card"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.scale = decision_matrix.weight_scale(self.session)
        self.sentence = QLabel()
        self.sentence.setObjectName("sensitivityNote")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setAccessibleName("How robust the winner is")
        self.weights = WeightList(self.scale)
        self.weights.weight_typed.connect(self.set_weight)
        self.warning = warning_label()
        self.standings = StandingsChart()
        self.gaps = GapList()

        left = QVBoxLayout()
        left.addWidget(section_label("Weights"))
        left.addWidget(self.weights, 1)
        left.addWidget(self.warning)
        left.addWidget(
            hint_label(
                "Up and Down choose a criterion; + and − change its weight, "
                f"or type it ({self.scale[0]}–{self.scale[-1]})."
            )
        )
        middle = QVBoxLayout()
        middle.addWidget(section_label("Ranking"))
        middle.addWidget(self.standings)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(section_label("Where the sides differ most"))
        right.addWidget(self.gaps, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(middle, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addLayout(columns, 1)
        self.refresh()

    # ----- drawing ---------------------------------------------------------------------------

    def refresh(self, change: Change | None = None) -> None:
        matrix = decision_matrix.matrix(self.session)
        criteria = decision_matrix.criteria(self.session)
        self.weights.show_weights(
            [WeightedCriterion(c.id, c.text, matrix.weights.get(c.id, 0)) for c in criteria]
        )
        missing = unweighted(self.session)
        self.warning.setText(
            "No weight yet: " + ", ".join(c.text for c in missing) + "." if missing else ""
        )
        self.warning.setVisible(bool(missing))
        names = {o.id: o.text for o in decision_matrix.options(self.session)}
        standings = tradeoff.ranking(matrix) if matrix.scores else []
        ranks = [s.rank for s in standings]
        top = tradeoff.winner(matrix)
        self.standings.show_standings(
            [
                StandingRow(
                    names[s.option],
                    rank_label(s.rank, ranks),
                    f"{figure(s.total)} · {s.percent:.0f}%",
                    s.percent,
                    leading=s.option == top,
                )
                for s in standings
            ]
        )
        note = sensitivity_note(self.session)
        self.sentence.setText(note.sentence)
        if self.sentence.property("fragile") != note.fragile:
            # The stylesheet marks a fragile lead (seam.qss); a changed property needs a repolish.
            self.sentence.setProperty("fragile", note.fragile)
            self.sentence.style().unpolish(self.sentence)
            self.sentence.style().polish(self.sentence)
        gaps = widest_gaps(self.session)[:PROMPTS]
        self.gaps.show_gaps(
            [
                GapRow(
                    f"{g.option.text} · {g.criterion.text}\n"
                    f"product {g.product}, engineering {g.engineering}",
                    g.gap,
                )
                for g in gaps
            ],
            "Product and engineering gave every cell they both scored the same score.",
        )

    # ----- commands --------------------------------------------------------------------------

    def set_weight(self, card_id: str, weight: int) -> None:
        self.controller.run(
            lambda s: records.set_score(
                s, card_id, decision_matrix.WEIGHT, weight, scale=self.scale
            )
        )

    def focus_entry(self) -> None:
        self.weights.setFocus()
        if self.weights.count() and self.weights.currentRow() < 0:
            self.weights.setCurrentRow(0)
