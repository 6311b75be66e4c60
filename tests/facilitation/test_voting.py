"""Dot votes entered as tallies: the room's budget, the per-item cap, and what is left to place."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.errors import DomainError
from facilitation.voting import DotRules

# The pre-mortem's vote: 3 dots each, at most 2 on one theme; four people in the room.
ROOM = DotRules.from_settings({"dots_per_person": 3, "max_per_item": 2}, voters=4)


def test_budget_and_cap_come_from_the_phase_and_the_room() -> None:
    assert (ROOM.budget, ROOM.item_cap) == (12, 8)
    assert DotRules.from_settings({}, voters=5) == DotRules(3, 3, 5)
    assert DotRules.from_settings({}, voters=0).voters == 1, "an empty room still has a voter"


def test_item_cap_sentence() -> None:
    ROOM.check({}, "billing", 8)
    with pytest.raises(DomainError) as caught:
        ROOM.check({}, "billing", 9)
    assert str(caught.value) == "One item can get at most 8 dots (4 people × 2 each)."


def test_budget_sentence_counts_the_other_items() -> None:
    counts = {"billing": 8, "scope": 3}
    ROOM.check(counts, "hiring", 1)
    with pytest.raises(DomainError) as caught:
        ROOM.check(counts, "hiring", 2)
    assert str(caught.value) == "That would place 13 dots; the room has 12 (4 people × 3)."


def test_changing_an_item_replaces_its_own_count() -> None:
    counts = {"billing": 8, "scope": 4}
    ROOM.check(counts, "billing", 8)  # 8 + 4 = 12, not 8 + 8 + 4
    ROOM.check(counts, "scope", 4)
    with pytest.raises(DomainError, match="would place 13 dots"):
        ROOM.check(counts, "scope", 5)


def test_below_zero_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        ROOM.check({}, "billing", -1)
    assert str(caught.value) == "A tally cannot go below zero."


def test_remaining_dots() -> None:
    assert ROOM.remaining({}) == 12
    assert ROOM.remaining({"billing": 5, "scope": 2}) == 5
    assert ROOM.remaining({"billing": 8, "scope": 4}) == 0


@settings(max_examples=300, database=None, deadline=None)
@given(
    dots=st.integers(min_value=1, max_value=5),
    cap=st.integers(min_value=1, max_value=5),
    voters=st.integers(min_value=1, max_value=10),
    attempts=st.lists(
        st.tuples(st.sampled_from("abcdef"), st.integers(min_value=-2, max_value=60)),
        max_size=40,
    ),
)
def test_accepted_tallies_never_break_the_rules(
    dots: int, cap: int, voters: int, attempts: list[tuple[str, int]]
) -> None:
    rules = DotRules(dots, cap, voters)
    counts: dict[str, int] = {}
    for item, count in attempts:
        others = sum(c for i, c in counts.items() if i != item)
        allowed = 0 <= count <= cap * voters and others + count <= dots * voters
        try:
            rules.check(counts, item, count)
        except DomainError:
            assert not allowed, f"{item}={count} was refused though it fits"
            continue
        assert allowed, f"{item}={count} was accepted though it breaks a rule"
        counts[item] = count
        assert sum(counts.values()) <= rules.budget
        assert max(counts.values()) <= rules.item_cap
        assert rules.remaining(counts) == rules.budget - sum(counts.values()) >= 0
