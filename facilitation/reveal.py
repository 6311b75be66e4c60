"""Silent writing: cards stay off the projector until revealed, then appear in a shuffled order.

The order is a hash of each card's id: unrelated to who typed first or which side they are on,
and the same after a restart, so nothing about it needs storing beyond the reveal's batch.
"""

import hashlib
from dataclasses import replace

from facilitation.changes import Change, put
from facilitation.entities import Card
from facilitation.errors import DomainError
from facilitation.session import Session


def hidden_cards(session: Session, phase_id: str) -> list[Card]:
    """The phase's cards the room has not seen yet."""
    return [card for card in session.cards_in(phase_id) if card.hidden]


def reveal_cards(session: Session, phase_id: str) -> Change:
    """Show the room every hidden card of the phase, after any revealed before."""
    hidden = hidden_cards(session, phase_id)
    if not hidden:
        raise DomainError("Every card of this phase is already on the projector.")
    batch = 1 + max((card.reveal_batch for card in session.cards_in(phase_id)), default=0)
    revealed = [replace(card, hidden=False, reveal_batch=batch) for card in hidden]
    return put(*revealed, session.touched())


def room_order(cards: list[Card]) -> list[Card]:
    """Cards as the room sees them: earlier reveals first, each reveal shuffled."""
    return sorted(cards, key=lambda card: (card.reveal_batch, _shuffle_key(card.id)))


def _shuffle_key(card_id: str) -> str:
    return hashlib.sha256(card_id.encode("utf-8")).hexdigest()
