"""Commands on a trade-off's yardstick: criteria are cards of the weights phase, named once each.

Two criteria with the same name would make the matrix ambiguous (which "Cost" did we mean?), so
adding or renaming refuses a name already on the list, whatever its case or spacing.
"""

from facilitation import board
from facilitation.changes import Change
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.text import CARD_MAX_CHARS, clean_text


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _unique(session: Session, phase_id: str, text: str, except_id: str = "") -> None:
    name = clean_text(text, max_chars=CARD_MAX_CHARS, what="A criterion")
    for card in session.cards_in(phase_id):
        if card.id != except_id and _same(card.text, name):
            raise DomainError(f"“{card.text}” is already a criterion.")


def add_criterion(session: Session, phase_id: str, text: str) -> Change:
    """A new criterion; it has no weight until the room gives it one."""
    _unique(session, phase_id, text)
    # Criteria belong to the room, not to one side, like the ones the method pre-fills.
    return board.add_card(session, phase_id, text, Role.OTHER)


def rename_criterion(session: Session, card_id: str, text: str) -> Change:
    card = session.cards.get(card_id)
    if card is None:
        raise DomainError("That criterion is no longer on the board.")
    _unique(session, card.phase_id, text, except_id=card_id)
    return board.edit_card(session, card_id, text=text)
