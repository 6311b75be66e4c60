"""Generic commands: scores, unique ranks, labels, fields and records, as the methods use them."""

from collections.abc import Callable

import pytest

from facilitation import decision_matrix, records
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session


def test_trade_off_starts_with_editable_criteria_and_the_usual_options(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    assert [c.text for c in decision_matrix.criteria(s)] == [
        "User value",
        "Time to ship",
        "Engineering effort",
        "Maintainability",
        "Operational risk",
    ]
    options = decision_matrix.options(s)
    assert [o.text for o in options] == [
        "Constrained and fast",
        "Standard",
        "Durable",
        "Status quo",
    ]
    assert options[0].fields["low_weeks"] == "1" and options[0].fields["debt"] == "some"
    datum = decision_matrix.datum(s)
    assert datum is not None and datum.text == "Status quo"


def test_scores_by_side_feed_the_matrix(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    fast, standard = decision_matrix.options(s)[:2]
    value = decision_matrix.criteria(s)[0]
    s.apply(records.set_score(s, value.id, "weight", 4, scale=range(1, 6)))
    s.apply(records.set_score(s, fast.id, value.id, 5, scale=range(1, 6), side="product"))
    s.apply(records.set_score(s, fast.id, value.id, 2, scale=range(1, 6), side="engineering"))
    s.apply(records.set_score(s, standard.id, value.id, 3, scale=range(1, 6), side="product"))
    m = decision_matrix.matrix(s)
    assert m.scores[(fast.id, value.id)] == 3.5  # the mean of 5 and 2
    assert m.weights[value.id] == 4
    with pytest.raises(DomainError, match="from 1 to 5"):
        records.set_score(s, fast.id, value.id, 6, scale=range(1, 6), side="product")
    s.apply(records.set_score(s, fast.id, value.id, 0, scale=range(1, 6), side="engineering"))
    assert decision_matrix.matrix(s).scores[(fast.id, value.id)] == 5


def test_ranks_stay_unique_per_side(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    sliders = s.method.phase("sliders")
    s.apply(records.set_rank(s, sliders, "time", 1, side="product"))
    s.apply(records.set_rank(s, sliders, "scope", 2, side="product"))
    s.apply(records.set_rank(s, sliders, "scope", 1, side="product"))  # swaps with time
    assert s.scores_by("sliders", "product") == {"scope": 1, "time": 2}
    s.apply(records.set_rank(s, sliders, "cost", 2, side="product"))  # time had 2, cost had none
    assert s.scores_by("sliders", "product") == {"scope": 1, "cost": 2}
    assert s.scores_by("sliders", "engineering") == {}
    with pytest.raises(DomainError, match="from 1 to 5"):
        records.set_rank(s, sliders, "time", 6, side="product")


def test_labels_come_from_the_methods_schemes(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    option = decision_matrix.options(s)[0]
    s.apply(records.set_label(s, option.id, "moscow", "must"))
    assert s.label(option.id, "moscow") == "must"
    with pytest.raises(DomainError, match="Must, Should, Could, Won't"):
        records.set_label(s, option.id, "moscow", "maybe")
    s.apply(records.set_label(s, option.id, "moscow", ""))
    assert s.label(option.id, "moscow") == ""


def test_records_check_their_fields_and_title_themselves(started: Callable[[str], Session]) -> None:
    s = started("problem")
    s.apply(
        records.add_record(
            s,
            "drafts",
            {"who": "Finance admins", "need": "settle a dispute", "insight": "emails get lost"},
            role=Role.PRODUCT,
        )
    )
    draft = s.cards_in("drafts")[0]
    assert (
        draft.text
        == "Finance admins needs a way to settle a dispute because emails get lost. Today, …."
    )
    s.apply(records.edit_record(s, draft.id, "impact", "disputes take 19 days"))
    assert s.cards[draft.id].text.endswith("Today, disputes take 19 days.")
    with pytest.raises(DomainError, match="no field 'colour'"):
        records.edit_record(s, draft.id, "colour", "red")
    s.apply(records.add_record(s, "metrics", {"metric": "Days to settle", "kind": "success"}))
    with pytest.raises(DomainError, match="Choose one of: Success, Guardrail"):
        records.add_record(s, "metrics", {"metric": "x", "kind": "vanity"})
    t = started("tradeoff")
    option = decision_matrix.options(t)[0]
    for not_a_number in ("soon", "nan", "inf", "1e999"):
        with pytest.raises(DomainError, match="takes a number"):
            records.edit_record(t, option.id, "low_weeks", not_a_number)


def test_a_framing_phase_edits_the_setup(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    s.apply(records.set_setup_field(s, "approver", "Morgan Lee"))
    assert s.record.setup["approver"] == "Morgan Lee"
    assert s.record.setup["question"] == "How do customers dispute an invoice?"


def test_deleting_a_card_takes_what_hangs_off_it(started: Callable[[str], Session]) -> None:
    from facilitation import board

    s = started("tradeoff")
    option = decision_matrix.options(s)[0]
    value = decision_matrix.criteria(s)[0]
    s.apply(records.set_score(s, option.id, value.id, 4, scale=range(1, 6), side="product"))
    s.apply(records.set_score(s, value.id, "weight", 5, scale=range(1, 6)))
    feature = board.add_card(s, "scope", "Email receipts", Role.PRODUCT, parent_id=option.id)
    s.apply(feature)
    feature_id = feature.puts()[0].id
    s.apply(records.set_label(s, feature_id, "moscow", "must"))
    s.apply(board.delete_card(s, value.id))  # a criterion: its weight and every score on it go
    assert s.scores == {}
    s.apply(board.delete_card(s, option.id))  # an option: its features and their labels go
    assert feature_id not in s.cards and s.labels == {}
