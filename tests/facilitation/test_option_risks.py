"""The risk check of the leading options: which options lead, and their risks sized L × I."""

from collections.abc import Callable

import pytest

from facilitation import decision_matrix, option_risks
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session
from tests.facilitation.helpers import score_first_criterion


def score(s: Session, totals: dict[str, int]) -> None:
    score_first_criterion(s, totals, weight=1)


def test_before_any_score_the_first_options_stand_in(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    leaders = option_risks.leaders(s, 2)
    assert [o.text for o in leaders.options] == ["Constrained and fast", "Standard"]
    assert not leaders.scored


def test_the_leaders_are_the_top_weighted_totals(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    score(s, {"Constrained and fast": 2, "Standard": 4, "Durable": 5, "Status quo": 1})
    leaders = option_risks.leaders(s, 2)
    assert [o.text for o in leaders.options] == ["Durable", "Standard"]
    assert leaders.scored
    durable = leaders.options[0]
    assert leaders.standings[durable.id].rank == 1 and leaders.standings[durable.id].total == 5
    assert [o.text for o in option_risks.leaders(s, 3).options][-1] == "Constrained and fast"


def test_ties_keep_board_order(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    score(s, {"Constrained and fast": 3, "Standard": 4, "Durable": 4})
    assert [o.text for o in option_risks.leaders(s, 2).options] == ["Standard", "Durable"]


def test_risks_hang_under_their_option_and_are_sized(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    standard = decision_matrix.options(s)[1]
    s.apply(
        option_risks.add_risk(s, "risks", standard.id, "Ledger lock contention", Role.ENGINEERING)
    )
    s.apply(
        option_risks.add_risk(s, "risks", standard.id, "Finance rejects the flow", Role.PRODUCT)
    )
    lock, finance = s.children(standard.id, "risks")
    s.apply(option_risks.size(s, lock.id, "likelihood", 4))
    s.apply(option_risks.size(s, lock.id, "impact", 5))
    s.apply(option_risks.size(s, finance.id, "impact", 3))
    found = option_risks.risks_of(s, "risks", standard.id)
    assert [(r.card.text, r.likelihood, r.impact, r.score) for r in found] == [
        ("Ledger lock contention", 4, 5, 20),
        ("Finance rejects the flow", 0, 3, 0),
    ]
    assert s.banding().label(found[0].score) == "20 High"
    s.apply(option_risks.size(s, lock.id, "impact", 0))
    assert option_risks.risks_of(s, "risks", standard.id)[0].score == 0


def test_bad_sizes_and_stale_ids_are_refused(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    option = decision_matrix.options(s)[0]
    with pytest.raises(DomainError, match="no longer on the board"):
        option_risks.add_risk(s, "risks", "gone", "Anything", Role.OTHER)
    s.apply(option_risks.add_risk(s, "risks", option.id, "Safari breaks", Role.ENGINEERING))
    risk = s.children(option.id, "risks")[0]
    with pytest.raises(DomainError, match="Likelihood goes from 1 to 5"):
        option_risks.size(s, risk.id, "likelihood", 6)
    with pytest.raises(DomainError, match="no 'colour'"):
        option_risks.size(s, risk.id, "colour", 2)
    with pytest.raises(DomainError, match="no longer on the board"):
        option_risks.size(s, option.id, "impact", 2)  # an option is not a risk
