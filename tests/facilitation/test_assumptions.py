"""The assumption map: the quadrant rule, and placing, tagging and testing assumptions."""

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation import assumptions
from facilitation.assumptions import (
    BOTTOM_LEFT,
    BOTTOM_RIGHT,
    LEAPS_OF_FAITH,
    TOP_LEFT,
    TOP_RIGHT,
    is_leap_of_faith,
    quadrant,
)
from facilitation.errors import DomainError
from facilitation.method import Panel
from facilitation.roles import Role
from facilitation.session import Session

ONE_TO_FOUR = range(1, 5)
ONE_TO_FIVE = range(1, 6)


@pytest.mark.parametrize(
    ("evidence", "importance", "expected"),
    [
        (1, 4, TOP_LEFT),  # critical, no evidence: a leap of faith
        (2, 3, TOP_LEFT),
        (3, 4, TOP_RIGHT),  # critical and known
        (4, 3, TOP_RIGHT),
        (1, 1, BOTTOM_LEFT),  # minor, unknown: watch
        (2, 2, BOTTOM_LEFT),
        (4, 1, BOTTOM_RIGHT),  # minor and known: park it
        (3, 2, BOTTOM_RIGHT),
    ],
)
def test_quadrants_in_reading_order_on_a_four_point_scale(
    evidence: int, importance: int, expected: int
) -> None:
    assert quadrant(evidence, importance, ONE_TO_FOUR) == expected


def test_the_middle_of_an_odd_scale_counts_towards_test_first() -> None:
    assert quadrant(3, 3, ONE_TO_FIVE) == LEAPS_OF_FAITH
    assert quadrant(4, 3, ONE_TO_FIVE) == TOP_RIGHT
    assert quadrant(3, 2, ONE_TO_FIVE) == BOTTOM_LEFT
    assert is_leap_of_faith(3, 3, ONE_TO_FIVE)
    assert not is_leap_of_faith(3, 2, ONE_TO_FIVE)


def test_an_unplaced_assumption_is_in_no_quadrant() -> None:
    assert quadrant(0, 4, ONE_TO_FOUR) is None
    assert quadrant(2, 0, ONE_TO_FOUR) is None
    assert quadrant(5, 4, ONE_TO_FOUR) is None
    assert not is_leap_of_faith(0, 4, ONE_TO_FOUR)


@given(st.integers(0, 3), st.integers(1, 9), st.data())
def test_halves_split_at_the_midpoint(low: int, size: int, data: st.DataObject) -> None:
    scale = range(low, low + size + 1)
    x = data.draw(st.sampled_from(scale))
    y = data.draw(st.sampled_from(scale))
    found = quadrant(x, y, scale)
    middle = (scale[0] + scale[-1]) / 2
    assert found in (TOP_LEFT, TOP_RIGHT) if y >= middle else found in (BOTTOM_LEFT, BOTTOM_RIGHT)
    assert found in (TOP_RIGHT, BOTTOM_RIGHT) if x > middle else found in (TOP_LEFT, BOTTOM_LEFT)


def _map(session: Session) -> Panel:
    return session.method.phase("assumptions").panels[0]


def test_the_problem_method_names_its_axes_and_quadrants(
    started: Callable[[str], Session],
) -> None:
    panel = _map(started("problem"))
    x, y = assumptions.axes(panel.settings)
    assert (x.id, x.name, x.low, x.high) == ("evidence", "Evidence", "None", "Strong")
    assert (y.id, y.name, y.low, y.high) == ("importance", "Importance", "Minor", "Critical")
    assert assumptions.scale_of(panel.settings) == ONE_TO_FOUR
    names = assumptions.quadrant_names(panel.settings)
    assert names[LEAPS_OF_FAITH] == "Test first: leaps of faith"
    assert names[BOTTOM_RIGHT] == "Safe to park"
    assert assumptions.quadrant_names({"quadrants": ["Only one"]})[1:] == (
        "Top right",
        "Bottom left",
        "Bottom right",
    )


def test_assumptions_are_placed_tagged_and_the_leaps_get_a_test(
    started: Callable[[str], Session],
) -> None:
    s = started("problem")
    panel = _map(s)
    s.apply(assumptions.add_assumption(s, panel, "Customers will pay per dispute", Role.PRODUCT))
    s.apply(assumptions.add_assumption(s, panel, "The ledger API can reverse", Role.ENGINEERING))
    pay, ledger = [c.id for c in s.cards_in("evidence")]
    assert all(c.column == "assume" for c in s.cards_in("evidence"))
    s.apply(assumptions.place(s, panel, pay, "evidence", 1))
    s.apply(assumptions.place(s, panel, pay, "importance", 4))
    s.apply(assumptions.place(s, panel, ledger, "evidence", 4))
    s.apply(assumptions.tag(s, panel, pay, "viable"))
    s.apply(assumptions.set_test(s, panel, pay, "Fake-door price page for two weeks"))
    first, second = assumptions.placements(s, panel)
    assert (first.number, first.x, first.y, first.tag) == (1, 1, 4, "viable")
    assert first.leap_of_faith and first.test == "Fake-door price page for two weeks"
    assert (second.x, second.y, second.quadrant) == (4, 0, None)
    assert [p.card.id for p in assumptions.leaps_of_faith(s, panel)] == [pay]
    s.apply(assumptions.place(s, panel, pay, "importance", 0))
    assert assumptions.leaps_of_faith(s, panel) == []


def test_cards_the_room_knows_are_not_on_the_map(started: Callable[[str], Session]) -> None:
    from facilitation import board

    s = started("problem")
    panel = _map(s)
    s.apply(board.add_card(s, "evidence", "Support logs 40 disputes a week", Role.PRODUCT))
    assert assumptions.placements(s, panel) == []
    known = s.cards_in("evidence")[0].id
    with pytest.raises(DomainError, match="no longer on the map"):
        assumptions.place(s, panel, known, "evidence", 2)


def test_bad_values_are_refused_with_a_sentence(started: Callable[[str], Session]) -> None:
    s = started("problem")
    panel = _map(s)
    s.apply(assumptions.add_assumption(s, panel, "Admins read email", Role.DESIGN))
    card = s.cards_in("evidence")[0].id
    with pytest.raises(DomainError, match="from 1 to 4"):
        assumptions.place(s, panel, card, "importance", 5)
    with pytest.raises(DomainError, match="no axis"):
        assumptions.place(s, panel, card, "colour", 2)
    with pytest.raises(DomainError, match="Desirable, Viable, Feasible"):
        assumptions.tag(s, panel, card, "lovely")
    with pytest.raises(DomainError, match="at most 4,000"):
        assumptions.set_test(s, panel, card, "x" * 4001)
    with pytest.raises(DomainError, match="needs some text"):
        assumptions.add_assumption(s, panel, " \n\t ", Role.DESIGN)
