"""The trade-off matrix read for people: named gaps, slider gaps, the sensitivity sentence."""

import re
from collections.abc import Callable

import pytest

from facilitation import decision_matrix, records
from facilitation.criteria import add_criterion, rename_criterion
from facilitation.errors import DomainError
from facilitation.session import Session
from facilitation.tradeoff_reading import (
    SliderGap,
    sensitivity_note,
    slider_gaps,
    unweighted,
    widest_gaps,
)
from tests.facilitation.helpers import applied, pure

SCALE = range(1, 6)


def weigh(s: Session, *weights: int) -> None:
    for criterion, weight in zip(decision_matrix.criteria(s), weights, strict=False):
        applied(s, records.set_score(s, criterion.id, "weight", weight, scale=SCALE))


def score(s: Session, side: str, grid: list[list[int]]) -> None:
    for option, row in zip(decision_matrix.options(s), grid, strict=False):
        for criterion, value in zip(decision_matrix.criteria(s), row, strict=False):
            applied(s, records.set_score(s, option.id, criterion.id, value, scale=SCALE, side=side))


@pytest.fixture
def s(started: Callable[[str], Session]) -> Session:
    return started("tradeoff")


def test_widest_gaps_name_the_cells_widest_first_in_board_order(s: Session) -> None:
    score(s, "product", [[4, 2], [3, 3]])
    score(s, "engineering", [[3, 5], [1, 3]])
    gaps = widest_gaps(s)
    assert [(g.option.text, g.criterion.text, g.product, g.engineering, g.gap) for g in gaps] == [
        ("Constrained and fast", "Time to ship", 2, 5, 3),
        ("Standard", "User value", 3, 1, 2),
        ("Constrained and fast", "User value", 4, 3, 1),
    ]


def test_slider_gaps_put_the_widest_first_and_say_who_has_not_ranked(s: Session) -> None:
    phase = s.method.phase("sliders")
    for item, rank in (("time", 1), ("scope", 4), ("quality", 2), ("experience", 3)):
        applied(s, records.set_rank(s, phase, item, rank, side="product"))
    for item, rank in (("time", 2), ("scope", 1), ("quality", 5), ("experience", 3)):
        applied(s, records.set_rank(s, phase, item, rank, side="engineering"))
    applied(s, records.set_rank(s, phase, "cost", 3, side=""))  # the room's rank is not a side
    assert slider_gaps(s, phase) == [
        SliderGap("scope", "Scope", 4, 1, 3),
        SliderGap("quality", "Quality and maintainability", 2, 5, 3),
        SliderGap("time", "Time to ship", 1, 2, 1),
        SliderGap("experience", "Performance and user experience", 3, 3, 0),
        SliderGap("cost", "Cost and effort", 0, 0, None),
    ]


def test_the_sentence_for_each_state_of_the_matrix(s: Session) -> None:
    assert sensitivity_note(s).sentence == "Nothing is scored yet, so there is no winner."
    weigh(s, 2, 1)
    # Two criteria weighted 2 and 1 (the rest unweighted): fast 5·2 + 1·1 = 11, durable 4 + 5 = 9.
    score(s, "product", [[5, 1], [1, 1], [2, 5], [1, 1]])
    note = sensitivity_note(s)
    assert note.fragile and note.winner == "Constrained and fast"
    assert note.sentence == (
        "Fragile: Constrained and fast leads, but one step changes that. "
        "Lowering User value from 2 to 1 would make Durable the winner."
    )
    # Durable drops to 1s: Constrained and fast is ahead on User value and level on the rest.
    score(s, "product", [[5, 1], [1, 1], [1, 1], [1, 1]])
    assert sensitivity_note(s).sentence == (
        "Constrained and fast leads, and no single weight change within 1–5 changes the winner."
    )
    assert not sensitivity_note(s).fragile


def test_an_unweighted_criterion_can_be_the_change_and_a_tie_names_who_ties(s: Session) -> None:
    weigh(s, 1)  # Time to ship stays unweighted: weight 0
    score(s, "product", [[3, 1], [2, 5]])
    # Fast 3 against Standard 2; weighting Time to ship at 1 gives 4 against 7.
    assert unweighted(s)[0].text == "Time to ship"
    assert sensitivity_note(s).sentence == (
        "Fragile: Constrained and fast leads, but one step changes that. "
        "Weighting Time to ship at 1 would make Standard the winner."
    )
    score(s, "product", [[2, 1], [2, 1]])
    assert sensitivity_note(s).sentence == (
        "No single winner: Constrained and fast and Standard are tied at the top."
    )


def test_a_change_that_only_ties_says_who_would_tie(s: Session) -> None:
    weigh(s, 2, 1)
    score(s, "product", [[4, 1], [3, 2]])  # 9 against 8; User value at 1 gives 5 and 5
    assert sensitivity_note(s).sentence == (
        "Fragile: Constrained and fast leads, but one step changes that. "
        "Lowering User value from 2 to 1 would tie Constrained and fast and Standard at the top."
    )


def test_scales_come_from_the_method(s: Session) -> None:
    assert decision_matrix.weight_scale(s) == range(1, 6)
    assert decision_matrix.matrix(s).scale_max == 5


def test_criteria_are_named_once_whatever_the_case_or_spacing(s: Session) -> None:
    phase_id = decision_matrix.matrix_phases(s).criteria  # type: ignore[union-attr]
    change = pure(s, lambda x: add_criterion(x, phase_id, "Strategic fit"))
    applied(s, change)
    assert decision_matrix.criteria(s)[-1].text == "Strategic fit"
    with pytest.raises(DomainError, match=re.escape("“User value” is already a criterion.")):
        add_criterion(s, phase_id, "  user   VALUE ")
    first = decision_matrix.criteria(s)[0]
    applied(s, rename_criterion(s, first.id, "User Value"))  # its own name, recased, is fine
    assert decision_matrix.criteria(s)[0].text == "User Value"
    with pytest.raises(DomainError, match="already a criterion"):
        rename_criterion(s, first.id, "strategic fit")
    with pytest.raises(DomainError, match="needs some text"):
        add_criterion(s, phase_id, "   ")
    with pytest.raises(DomainError, match="no longer on the board"):
        rename_criterion(s, "gone", "Cost")
