"""Which board each input kind gets, and a side-by-side board for phases with two panels."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QTabWidget

from app.ui.boards.actions_board import ActionsBoard
from app.ui.boards.base import Board
from app.ui.boards.cards_board import CardsBoard
from app.ui.boards.chain_board import ChainBoard
from app.ui.boards.classify_board import ClassifyBoard
from app.ui.boards.cluster_board import ClusterBoard
from app.ui.boards.column_board import ColumnCardsBoard
from app.ui.boards.decision_board import DecisionRecordBoard
from app.ui.boards.fields_board import FieldsBoard
from app.ui.boards.info_board import InfoBoard
from app.ui.boards.matrix_board import MatrixBoard
from app.ui.boards.option_risks_board import OptionRisksBoard
from app.ui.boards.plot_board import PlotBoard
from app.ui.boards.poll_board import PollBoard
from app.ui.boards.rank_board import RankBoard
from app.ui.boards.records_board import RecordsBoard
from app.ui.boards.response_board import ResponseBoard
from app.ui.boards.review_board import ReviewBoard
from app.ui.boards.risk_board import RiskBoard
from app.ui.boards.scope_board import ScopeBoard
from app.ui.boards.sensitivity_board import SensitivityBoard
from app.ui.boards.verdict_board import VerdictBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.boards.weights_board import WeightsBoard
from app.ui.controller import SessionController
from facilitation.changes import Change
from facilitation.method import Panel, Phase

BoardType = Callable[[SessionController, Phase, Panel], Board]

# A kind, or a kind and its `mode` setting when one kind serves several boards. The runner (and
# so this table) is imported when a session first opens, not at start-up.
BOARDS: dict[str | tuple[str, str], BoardType] = {
    "info": InfoBoard,
    "free_cards": CardsBoard,
    "readout": CardsBoard,
    "cluster": ClusterBoard,
    "dot_vote": VoteBoard,
    "score_matrix": RiskBoard,
    "risk_response": ResponseBoard,
    "decision": VerdictBoard,
    "rating_poll": PollBoard,
    "review": ReviewBoard,
    "action_items": ActionsBoard,
    "chain": ChainBoard,
    "classify": ClassifyBoard,
    "column_cards": ColumnCardsBoard,
    "text_fields": FieldsBoard,
    ("text_fields", "records"): RecordsBoard,
    "options": RecordsBoard,
    "ranked_list": RankBoard,
    ("score_matrix", "weights"): WeightsBoard,
    ("score_matrix", "options"): MatrixBoard,
    ("score_matrix", "sensitivity"): SensitivityBoard,
    ("score_matrix", "option_risks"): OptionRisksBoard,
    ("classify", "scope"): ScopeBoard,
    ("decision", "record"): DecisionRecordBoard,
    "plot_2x2": PlotBoard,
}


def board_type(panel: Panel) -> BoardType:
    """The board for a panel; a kind without its own board shows the prompt alone."""
    mode = str(panel.settings.get("mode", ""))
    for key in ((panel.kind, mode), panel.kind):
        if key in BOARDS:
            return BOARDS[key]
    return InfoBoard


class PanelsBoard(Board):
    """Two or more panels of one phase side by side (a poll beside its comment cards).

    A panel's `share` (default 1) is its part of the width: a decision record with share 2 gets
    twice the room of the consent poll beside it. Tab moves through the panels as usual; the first
    panel gets the keyboard first.

    When the first panel says `steps = true`, the panels are steps done one after the other
    (vote, then merge, then consent): one tab each, titled by the panel's `title`, so each gets
    the whole board; Ctrl+Tab moves to the next step.
    """

    def __init__(self, controller: SessionController, phase: Phase) -> None:
        super().__init__(controller, phase)
        self.parts = [board_type(panel)(controller, phase, panel) for panel in phase.panels]
        self.steps: QTabWidget | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if phase.panels[0].settings.get("steps"):
            self.steps = QTabWidget()
            self.steps.setObjectName("panelSteps")
            self.steps.setAccessibleName("Steps of this phase")
            for number, (panel, part) in enumerate(zip(phase.panels, self.parts, strict=True), 1):
                title = str(panel.settings.get("title", panel.kind.replace("_", " ")))
                self.steps.addTab(part, f"{number}. {title}")
            self.steps.currentChanged.connect(lambda index: self.parts[index].focus_entry())
            layout.addWidget(self.steps)
        else:
            layout.addWidget(self._side_by_side(phase))
        for part in self.parts:
            for keys, slot in part.phase_keys.items():
                self.shortcut(keys, lambda p=part, s=slot: self._press(p, s))

    def _press(self, part: Board, slot: Callable[[], None]) -> None:
        """A phase-wide key: bring its step forward (when in steps), then act."""
        if self.steps is not None:
            self.steps.setCurrentWidget(part)
        slot()

    def _side_by_side(self, phase: Phase) -> QSplitter:
        shares = [max(1, int(panel.settings.get("share", 1))) for panel in phase.panels]
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        for index, part in enumerate(self.parts):
            splitter.addWidget(part)
            splitter.setStretchFactor(index, shares[index])
        splitter.setSizes([share * 1000 for share in shares])
        return splitter

    def part(self, kind: str) -> Board:
        """The part serving the first panel of `kind`."""
        return next(p for p in self.parts if p.panel.kind == kind)

    def refresh(self, change: Change | None = None) -> None:
        """Each part watches the records it draws from; nothing to do for the frame itself."""

    def focus_entry(self) -> None:
        if self.steps is not None:
            self.steps.setCurrentIndex(0)
        self.parts[0].focus_entry()


def make_board(controller: SessionController, phase: Phase) -> Board:
    """The board for `phase`: its one panel's board, or its panels side by side."""
    if len(phase.panels) > 1:
        return PanelsBoard(controller, phase)
    board = board_type(phase.panels[0])(controller, phase, phase.panels[0])
    for keys, slot in board.phase_keys.items():
        board.shortcut(keys, slot)
    return board
