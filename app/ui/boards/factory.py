"""Which board each input kind gets."""

from app.ui.boards.base import Board
from app.ui.boards.cards_board import CardsBoard
from app.ui.boards.cluster_board import ClusterBoard
from app.ui.boards.info_board import InfoBoard
from app.ui.boards.response_board import ResponseBoard
from app.ui.boards.risk_board import RiskBoard
from app.ui.boards.verdict_board import VerdictBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.controller import SessionController
from facilitation.method import Phase

BOARDS: dict[str, type[Board]] = {
    "info": InfoBoard,
    "free_cards": CardsBoard,
    "readout": CardsBoard,
    "cluster": ClusterBoard,
    "dot_vote": VoteBoard,
    "score_matrix": RiskBoard,
    "risk_response": ResponseBoard,
    "decision": VerdictBoard,
}


def make_board(controller: SessionController, phase: Phase) -> Board:
    """The board for `phase`; a kind without its own board shows the prompt alone."""
    return BOARDS.get(phase.input_kind, InfoBoard)(controller, phase)
