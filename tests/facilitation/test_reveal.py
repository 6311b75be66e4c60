"""Silent writing: hidden from the room until revealed, then shown shuffled; what the room sees."""

from collections.abc import Callable

import pytest

from facilitation import board, columns
from facilitation.errors import DomainError
from facilitation.reveal import hidden_cards, reveal_cards
from facilitation.roles import Role
from facilitation.room import has_wall, room_board
from facilitation.session import Session
from tests.facilitation.helpers import applied, pure

Started = Callable[[str], Session]
REASONS = [f"Reason {n}" for n in range(1, 13)]


def write(session: Session, phase_id: str, *texts: str, column: str = "") -> None:
    for number, text in enumerate(texts):
        role = Role.PRODUCT if number % 2 else Role.ENGINEERING
        applied(session, board.add_card(session, phase_id, text, role, column=column))


def room_texts(session: Session, phase_id: str) -> list[list[str]]:
    shown = room_board(session, session.method.phase(phase_id))
    return [[card.text for card in group.cards] for group in shown.groups]


def test_cards_written_in_silence_stay_off_the_projector_until_revealed(started: Started) -> None:
    session = started("premortem")
    write(session, "reasons", *REASONS)
    phase = session.method.phase("reasons")
    before = room_board(session, phase)
    assert (before.card_count, before.hidden) == (0, 12)

    change = pure(session, lambda s: reveal_cards(s, "reasons"))
    applied(session, change)
    after = room_board(session, phase)
    shown = [card.text for card in after.groups[0].cards]
    assert after.hidden == 0
    assert sorted(shown) == sorted(REASONS)
    # Shuffled: neither the order typed nor grouped by the side that wrote them.
    assert shown != REASONS
    roles = [card.role for card in after.groups[0].cards]
    assert roles != sorted(roles) and roles != sorted(roles, reverse=True)
    assert hidden_cards(session, "reasons") == []


def test_a_later_reveal_adds_its_cards_after_the_ones_already_shown(started: Started) -> None:
    session = started("premortem")
    write(session, "reasons", *REASONS[:6])
    applied(session, reveal_cards(session, "reasons"))
    first = room_texts(session, "reasons")[0]
    write(session, "reasons", *REASONS[6:])
    assert room_texts(session, "reasons")[0] == first
    assert room_board(session, session.method.phase("reasons")).hidden == 6

    applied(session, reveal_cards(session, "reasons"))
    shown = room_texts(session, "reasons")[0]
    assert shown[:6] == first
    assert sorted(shown[6:]) == sorted(REASONS[6:])


def test_nothing_to_reveal_says_so(started: Started) -> None:
    session = started("premortem")
    with pytest.raises(DomainError, match="already on the projector"):
        reveal_cards(session, "reasons")


def test_the_read_out_shows_every_silent_card_in_the_same_shuffled_order(
    started: Started,
) -> None:
    session = started("premortem")
    write(session, "reasons", *REASONS)
    readout = room_texts(session, "readout")[0]
    applied(session, reveal_cards(session, "reasons"))
    assert readout == room_texts(session, "reasons")[0]


def test_cards_of_a_phase_that_is_not_silent_are_shown_at_once_in_order(started: Started) -> None:
    session = started("premortem")
    write(session, "success", "Weekly demo", "Shared dashboard")
    assert not session.method.phase("success").silent
    assert room_texts(session, "success") == [["Weekly demo", "Shared dashboard"]]


def test_column_cards_are_grouped_by_the_columns_in_use(started: Started) -> None:
    session = started("retro")
    phase = next(p for p in session.method.phases if p.silent)
    panel = phase.panels[0]
    first, second = columns.current_columns(session, phase.id, panel)[:2]
    write(session, phase.id, "Users asked for it", column=first.id)
    write(session, phase.id, "Tests were flaky", "Deploys were calm", column=second.id)
    applied(session, reveal_cards(session, phase.id))
    shown = room_board(session, phase)
    assert [group.title for group in shown.groups][:2] == [first.name, second.name]
    assert [card.text for card in shown.groups[0].cards] == ["Users asked for it"]
    assert sorted(card.text for card in shown.groups[1].cards) == [
        "Deploys were calm",
        "Tests were flaky",
    ]


def test_only_phases_of_plain_cards_are_walls(started: Started) -> None:
    method = started("premortem").method
    walls = {phase.id for phase in method.phases if has_wall(phase)}
    assert {"reasons", "readout", "success"} <= walls
    assert not walls & {"cluster", "size", "verdict"}
