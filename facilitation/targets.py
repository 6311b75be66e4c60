"""The items a panel works on, as its TOML names them: top themes, a phase's cards, the top card.

Boards, handouts and exports ask here, so "the top three themes" means the same everywhere.
"""

from collections.abc import Mapping
from typing import Any

from facilitation.entities import Card, Theme
from facilitation.method import Panel, Phase
from facilitation.session import Session


def source_cards(session: Session, settings: Mapping[str, Any]) -> list[Card]:
    """Cards of `source_phase`, only those of `source_column` when one is named."""
    phase_id = str(settings.get("source_phase", ""))
    column = settings.get("source_column")
    cards = session.cards_in(phase_id)
    return [c for c in cards if c.column == column] if column is not None else cards


def top_card(session: Session, phase: Phase) -> Card | None:
    """The card with the most dots in this phase's vote; the earliest on a tie; None unvoted."""
    counts = session.tallies_in(phase.id)
    voted = [c for c in session.cards.values() if counts.get(c.id, 0) > 0]
    if not voted:
        return None
    return min(voted, key=lambda c: (-counts[c.id], c.position))


def top_themes(session: Session, panel: Panel) -> list[Theme]:
    return session.top_themes(int(panel.settings.get("top", 5)))


def chain_targets(session: Session, phase: Phase, panel: Panel) -> list[Card | Theme]:
    """What a why-chain digs into: the top themes, or the phase's most-voted card."""
    if panel.settings.get("target") == "top_card":
        found = top_card(session, phase)
        return [found] if found else []
    return list(top_themes(session, panel))


def name_of(item: Card | Theme) -> str:
    return item.name if isinstance(item, Theme) else item.text


def whys(session: Session, phase: Phase, item_id: str) -> list[Card]:
    """The why-chain under an item, first why first."""
    return session.children(item_id, phase.id)
