"""The aggregate: restore from records in any order, apply removals, and the reading helpers."""

import random
from collections.abc import Callable
from dataclasses import replace

from facilitation import board
from facilitation.changes import Change, Remove, put
from facilitation.entities import PhaseRun, PollCount
from facilitation.lifecycle import toggle_timer
from facilitation.records import set_label
from facilitation.roles import Role
from facilitation.session import Session
from tests.fakes import FakeClock


def test_restore_from_records_in_any_order(running: Session, clock: FakeClock) -> None:
    running.apply(board.add_card(running, "reasons", "a", Role.PRODUCT))
    running.apply(board.add_theme(running, "T"))
    running.apply(board.set_poll_count(running, "confidence", 3, 2))
    running.apply(toggle_timer(running))
    records = running.entities()
    random.Random(3).shuffle(records)
    again = Session.restore(running.method, records, clock)
    assert again.entities() == running.entities()
    assert again.current_phase().id == "stage"


def test_a_running_run_without_an_anchor_is_taken_as_stored(
    running: Session, clock: FakeClock
) -> None:
    records = [
        replace(e, anchor="", elapsed_s=42.0) if isinstance(e, PhaseRun) and e.running else e
        for e in running.entities()
    ]
    clock.advance_wall_only(600)
    again = Session.restore(running.method, records, clock)
    assert again.timebox is not None
    assert (again.timebox.elapsed_s(), again.timebox.running) == (42.0, True)


def test_apply_removes_each_kind(running: Session) -> None:
    running.apply(board.set_poll_count(running, "confidence", 3, 2))
    running.apply(board.set_poll_count(running, "confidence", 4, 1))
    running.apply(Change((Remove("poll_count", ("confidence", 3, "")),)))
    assert list(running.poll_counts.values()) == [PollCount("confidence", 4, 1)]
    first = running.ordered_participants()[0].id
    running.apply(Change((Remove("participant", (first,)), Remove("card", ("never-there",)))))
    assert first not in running.participants
    assert running.voters() == 3


def test_voters_never_fall_below_one(session: Session) -> None:
    session.apply(Change(tuple(Remove("participant", (p,)) for p in list(session.participants))))
    assert session.voters() == 1
    assert session.dot_rules(session.method.phase("vote")).budget == 3


def test_next_position_follows_the_highest(running: Session) -> None:
    assert running.next_position([]) == 0
    running.apply(board.add_card(running, "reasons", "a", Role.PRODUCT))
    running.apply(board.add_card(running, "reasons", "b", Role.PRODUCT))
    first = running.cards_in("reasons")[0].id
    running.apply(board.delete_card(running, first))
    assert running.next_position(running.cards_in("reasons")) == 2


def test_cards_in_stays_in_board_order_through_adds_moves_and_removals(
    started: Callable[[str], Session],
) -> None:
    s = started("premortem")
    ids = []
    for text in ("first", "second", "third"):
        change = board.add_card(s, "reasons", text, Role.PRODUCT)
        s.apply(change)
        ids.append(change.puts()[0].id)
    assert [c.text for c in s.cards_in("reasons")] == ["first", "second", "third"]
    s.apply(put(replace(s.cards[ids[2]], position=-1)))  # moved to the top
    assert [c.text for c in s.cards_in("reasons")] == ["third", "first", "second"]
    s.apply(put(replace(s.cards[ids[0]], phase_id="success")))  # moved to another phase
    assert [c.text for c in s.cards_in("reasons")] == ["third", "second"]
    assert [c.text for c in s.cards_in("success")] == ["first"]
    s.apply(board.delete_card(s, ids[1]))
    assert [c.text for c in s.cards_in("reasons")] == ["third"]
    s.cards_in("reasons").clear()  # a caller's copy: the session's order is untouched
    assert [c.text for c in s.cards_in("reasons")] == ["third"]


def test_label_choice_names_the_value_and_is_none_otherwise(
    started: Callable[[str], Session],
) -> None:
    s = started("retro")
    s.apply(board.add_theme(s, "Specs lost the why"))
    theme = s.ordered_themes()[0]
    assert s.label_choice(theme.id, "seam") is None
    s.apply(set_label(s, theme.id, "seam", "handoff"))
    found = s.label_choice(theme.id, "seam")
    assert found is not None and found.name == "Handoff"
    assert s.label_choice(theme.id, "no_such_scheme") is None
