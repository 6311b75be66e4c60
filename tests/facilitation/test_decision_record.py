"""The decision record: the chosen option, its fields, why not the others, and the ranking."""

from collections.abc import Callable

import pytest

from facilitation import decision_matrix, decision_record
from facilitation.errors import DomainError
from facilitation.session import Session
from tests.facilitation.helpers import score_first_criterion


def score(s: Session, totals: dict[str, int]) -> None:
    score_first_criterion(s, totals, weight=2)


def by_name(s: Session, name: str) -> str:
    return next(o.id for o in decision_matrix.options(s) if o.text == name)


def test_standings_rank_the_options_best_first(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    unscored = decision_record.standings(s)
    assert not unscored.scored
    assert [r.option.text for r in unscored.rows] == [
        "Constrained and fast",
        "Standard",
        "Durable",
        "Status quo",
    ]
    score(s, {"Constrained and fast": 3, "Standard": 4, "Durable": 4, "Status quo": 1})
    found = decision_record.standings(s)
    assert found.scored
    assert [(r.option.text, r.total, r.rank) for r in found.rows] == [
        ("Standard", 8, 1),
        ("Durable", 8, 1),
        ("Constrained and fast", 6, 3),
        ("Status quo", 2, 4),
    ]
    assert found.rows[0].percent == 80


def test_choosing_stores_the_option_and_notes_an_off_top_choice(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    score(s, {"Constrained and fast": 3, "Standard": 4, "Durable": 4})
    s.apply(decision_record.choose(s, "decide", by_name(s, "Durable")))
    assert s.field("decide", "chosen") == by_name(s, "Durable")
    assert decision_record.off_top_note(s, "decide") == ""  # tied at the top is the top
    s.apply(decision_record.choose(s, "decide", by_name(s, "Constrained and fast")))
    assert decision_record.off_top_note(s, "decide") == (
        "Constrained and fast is not the top-scored option: say why in the rationale."
    )
    assert [o.text for o in decision_record.rejected(s, "decide")] == [
        "Standard",
        "Durable",
        "Status quo",
    ]
    s.apply(decision_record.choose(s, "decide", ""))
    assert decision_record.chosen(s, "decide") is None
    assert len(decision_record.rejected(s, "decide")) == 4


def test_no_note_before_anything_is_scored(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    s.apply(decision_record.choose(s, "decide", by_name(s, "Status quo")))
    assert decision_record.off_top_note(s, "decide") == ""


def test_fields_and_reasons_are_stored_where_the_handout_reads_them(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    panel = s.method.phase("decide").panels[0]
    s.apply(decision_record.set_record_field(s, "decide", panel, "title", "We will ship Standard"))
    s.apply(decision_record.set_record_field(s, "decide", panel, "status", "accepted"))
    s.apply(decision_record.set_why_not(s, by_name(s, "Durable"), "Eight weeks is too late"))
    assert s.field("decide", "title") == "We will ship Standard"
    assert s.field("decide", "status") == "accepted"
    assert s.field(by_name(s, "Durable"), "why_not") == "Eight weeks is too late"
    with pytest.raises(DomainError, match="Proposed, Accepted, Superseded"):
        decision_record.set_record_field(s, "decide", panel, "status", "maybe")
    with pytest.raises(DomainError, match="no field 'mood'"):
        decision_record.set_record_field(s, "decide", panel, "mood", "fine")
    with pytest.raises(DomainError, match="no longer on the board"):
        decision_record.choose(s, "decide", "gone")
    with pytest.raises(DomainError, match="no longer on the board"):
        decision_record.set_why_not(s, "gone", "Because")
