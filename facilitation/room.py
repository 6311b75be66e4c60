"""What the room sees of a card phase: the cards in groups, without the facilitator's controls.

The audience view draws this; phases of other kinds show a read-only copy of their board. Cards
of a silent phase appear only once revealed, shuffled, and the count of the rest is all the room
learns of them.
"""

from dataclasses import dataclass

from facilitation.columns import column_name, current_columns, stray_cards
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from facilitation.reveal import room_order
from facilitation.roles import Role
from facilitation.session import Session

WALL_KINDS = frozenset({"free_cards", "readout", "column_cards"})
MARK_NOTES = {"read": "read out", "duplicate": "duplicate"}


@dataclass(frozen=True)
class RoomCard:
    id: str
    text: str
    role: Role
    note: str = ""  # what else the room should read on it: "Week 3", "4 dots", "read out"


@dataclass(frozen=True)
class RoomGroup:
    title: str  # "" for a phase's plain cards
    cards: tuple[RoomCard, ...]


@dataclass(frozen=True)
class RoomBoard:
    groups: tuple[RoomGroup, ...]
    hidden: int  # cards written in silence and not yet revealed

    @property
    def card_count(self) -> int:
        return sum(len(group.cards) for group in self.groups)


def has_wall(phase: Phase) -> bool:
    """Whether the room sees this phase as a wall of cards (every panel holds plain cards)."""
    return all(panel.kind in WALL_KINDS for panel in phase.panels)


def room_board(session: Session, phase: Phase) -> RoomBoard:
    """The phase's cards as the room may see them, one group per panel or column."""
    groups: list[RoomGroup] = []
    hidden = 0
    for panel in phase.panels:
        source = str(panel.settings.get("source_phase", phase.id))
        source_phase = session.method.find_phase(source)
        silent = source_phase is not None and source_phase.silent
        cards = [c for c in session.cards_in(source) if panel.kind != "free_cards" or _in(panel, c)]
        if silent:
            # A read-out is where silent cards are read aloud: it shows them all, still shuffled.
            if source == phase.id:
                hidden += sum(1 for card in cards if card.hidden)
                cards = [card for card in cards if not card.hidden]
            cards = room_order(cards)
        groups += _groups(session, panel, source, cards)
    return RoomBoard(tuple(group for group in groups if group.cards or group.title), hidden)


def _in(panel: Panel, card: Card) -> bool:
    return card.column == panel.column


def _groups(session: Session, panel: Panel, phase_id: str, cards: list[Card]) -> list[RoomGroup]:
    label = str(panel.settings.get("label", ""))
    if panel.kind != "column_cards":
        return [RoomGroup(label, tuple(_room_card(session, panel, c) for c in cards))]
    columns = current_columns(session, phase_id, panel)
    groups = [
        RoomGroup(
            column.name,
            tuple(_room_card(session, panel, c) for c in cards if c.column == column.id),
        )
        for column in columns
    ]
    # Cards left in a column of another preset stay in sight under their own column's name.
    strays = {c.id for c in stray_cards(session, phase_id, panel)}
    for column_id in dict.fromkeys(c.column for c in cards if c.id in strays):
        stray = tuple(_room_card(session, panel, c) for c in cards if c.column == column_id)
        groups.append(RoomGroup(column_name(panel, column_id), stray))
    return groups


def _room_card(session: Session, panel: Panel, card: Card) -> RoomCard:
    notes = []
    if card.fields.get("when"):
        notes.append(card.fields["when"])
    if card.lens:
        lens = next((lens for lens in session.method.lenses if lens.id == card.lens), None)
        notes.append(lens.name if lens else card.lens)
    if panel.settings.get("votes") and session.tally(card.id):
        dots = session.tally(card.id)
        notes.append(f"{dots} dot{'s' if dots != 1 else ''}")
    if card.mark in MARK_NOTES:
        notes.append(MARK_NOTES[card.mark])
    return RoomCard(card.id, card.text, card.role, " · ".join(notes))
