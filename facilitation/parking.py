"""The parking lot: solutions raised during any phase, kept for later and never decided here.

They are cards of the pseudo-phase PARKING_LOT, so they survive every phase change and reach
the handout as they are.
"""

from facilitation import board
from facilitation.changes import Change
from facilitation.entities import Card
from facilitation.roles import Role
from facilitation.session import Session

PARKING_LOT = "parking_lot"


def park(session: Session, text: str, role: Role) -> Change:
    return board.add_card(session, PARKING_LOT, text, role)


def parked(session: Session) -> list[Card]:
    return session.cards_in(PARKING_LOT)
