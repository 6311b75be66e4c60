"""Scoping an option with MoSCoW (DSDM): its features, their effort and each label's share of it.

A feature is a card of the scope phase whose parent is the option; its effort (days or points)
is the card's "effort" field and its MoSCoW value a label. Shares are of the effort planned for
this time, so Won't features are left out of them: counting work that will not be done would
make the Musts look smaller than they are.
"""

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from facilitation import board, decision_matrix
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.tradeoff import MUST_SHARE_MAX, moscow_shares

EFFORT = "effort"
MUST, SHOULD, COULD, WONT = "must", "should", "could", "wont"
EFFORT_MAX = 10_000


@dataclass(frozen=True)
class Feature:
    card: Card
    effort: float | None  # None while nobody has estimated it
    label: str  # a MoSCoW value id, or ""

    @property
    def counted(self) -> bool:
        """Whether the feature counts towards the shares: labelled, estimated, planned now."""
        return bool(self.label) and self.label != WONT and self.effort is not None


def scheme_of(settings: Mapping[str, Any]) -> str:
    return str(settings.get("scheme", "moscow"))


def must_share_max(settings: Mapping[str, Any]) -> int:
    return int(settings.get("must_share_max", MUST_SHARE_MAX))


def scoped_options(session: Session) -> list[Card]:
    """The options worth scoping: every option but the datum (doing nothing has no features)."""
    datum = decision_matrix.datum(session)
    return [o for o in decision_matrix.options(session) if datum is None or o.id != datum.id]


def parse_effort(text: str) -> float | None:
    """Days or points as typed ("3", "2.5", "2,5"); None for an empty field."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = float(cleaned)
    except ValueError:
        raise DomainError("Effort takes a number of days or points, like 3 or 0.5.") from None
    if not math.isfinite(value) or value < 0:
        raise DomainError("Effort takes a number of days or points, like 3 or 0.5.")
    if value > EFFORT_MAX:
        raise DomainError(f"Effort goes up to {EFFORT_MAX:,}; split a feature that big.")
    return value


def format_effort(value: float) -> str:
    return f"{value:g}"


def _stored_effort(text: str) -> str:
    value = parse_effort(text)
    return "" if value is None else format_effort(value)


def features(session: Session, phase_id: str, option_id: str, scheme: str) -> list[Feature]:
    """The option's features in board order, each with its effort and MoSCoW value."""
    found = []
    for card in session.children(option_id, phase_id):
        try:
            effort = parse_effort(card.fields.get(EFFORT, ""))
        except DomainError:
            effort = None  # stored by an older version or by hand: shown, never counted
        found.append(Feature(card, effort, session.label(card.id, scheme)))
    return found


def effort_shares(found: Sequence[Feature]) -> dict[str, float]:
    """Each label's share of the planned effort in percent (Must, Should, Could; not Won't)."""
    return moscow_shares([(f.label, f.effort or 0.0) for f in found if f.counted])


def effort_by_label(found: Sequence[Feature]) -> dict[str, float]:
    totals: dict[str, float] = {}
    for f in found:
        if f.label and f.effort is not None:
            totals[f.label] = totals.get(f.label, 0.0) + f.effort
    return totals


def must_warning(shares: Mapping[str, float], limit: int) -> str:
    """A sentence when the Musts take more of the effort than DSDM's rule of thumb allows."""
    share = round(shares.get(MUST, 0.0))
    if share <= limit:
        return ""
    return f"Musts are {share}% of the effort; DSDM suggests at most about {limit}%."


# ----- commands ----------------------------------------------------------------------------------


def _option(session: Session, option_id: str) -> Card:
    found = next((o for o in scoped_options(session) if o.id == option_id), None)
    if found is None:
        raise DomainError("That option is no longer on the board.")
    return found


def add_feature(
    session: Session, phase_id: str, option_id: str, text: str, effort: str, role: Role
) -> Change:
    """A feature of an option, with its effort checked (empty until someone estimates it)."""
    _option(session, option_id)
    fields = {EFFORT: _stored_effort(effort)}
    return board.add_card(session, phase_id, text, role, parent_id=option_id, fields=fields)


def edit_feature(session: Session, card_id: str, text: str, effort: str) -> Change:
    """Rename a feature and re-estimate it in one step."""
    fields = {EFFORT: _stored_effort(effort)}
    return board.edit_card(session, card_id, text=text, fields=fields)
