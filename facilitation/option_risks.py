"""A small pre-mortem of the leading options: which options, their risks, and each risk's size.

The leading options are the top ones by weighted total (tradeoff.ranking). Before anything is
scored every total is zero, so the first options in board order stand in, and the board says so.
A risk is a card of the risk phase whose parent is the option; its likelihood and impact (1–5)
are scores on the card, sized and banded like a pre-mortem's risks.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from facilitation import board, decision_matrix, decision_record, records
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.scoring import SCALE, risk_score
from facilitation.session import Session

LIKELIHOOD, IMPACT = "likelihood", "impact"
AXES = (LIKELIHOOD, IMPACT)
DEFAULT_TOP = 2


@dataclass(frozen=True)
class Leaders:
    options: list[Card]
    standings: dict[str, decision_record.OptionStanding]  # by option id
    scored: bool  # False: nothing weighted and scored yet, so these are in board order


def top_of(settings: Mapping[str, Any]) -> int:
    return int(settings.get("top", DEFAULT_TOP))


def leaders(session: Session, top: int) -> Leaders:
    """The `top` options by weighted total; ties keep board order, as the ranking does."""
    found = decision_record.standings(session)
    # Unscored, every total is 0 and shares rank 1, so the rows keep board order.
    ordered = [r.option for r in found.rows]
    return Leaders(ordered[:top], {r.option.id: r for r in found.rows}, found.scored)


@dataclass(frozen=True)
class OptionRisk:
    card: Card
    likelihood: int  # 0 while not sized
    impact: int

    @property
    def score(self) -> int:
        return risk_score(self.likelihood, self.impact)


def risks_of(session: Session, phase_id: str, option_id: str) -> list[OptionRisk]:
    return [
        OptionRisk(c, session.score(c.id, LIKELIHOOD), session.score(c.id, IMPACT))
        for c in session.children(option_id, phase_id)
    ]


# ----- commands ----------------------------------------------------------------------------------


def add_risk(session: Session, phase_id: str, option_id: str, text: str, role: Role) -> Change:
    """A way this option could go wrong, as a card under the option."""
    decision_matrix.option(session, option_id)
    return board.add_card(session, phase_id, text, role, parent_id=option_id)


def size(session: Session, card_id: str, axis: str, value: int) -> Change:
    """Set a risk's likelihood or impact from 1 to 5; 0 takes the value away."""
    card = session.cards.get(card_id)
    if card is None or not card.parent_id:
        raise DomainError("That risk is no longer on the board.")
    if axis not in AXES:
        raise DomainError(f"A risk has no '{axis}'.")
    try:
        return records.set_score(session, card_id, axis, value, scale=SCALE)
    except DomainError:
        raise DomainError(f"{axis.capitalize()} goes from 1 to 5.") from None
