"""Scoping options with MoSCoW: features, effort, and the Musts' share of the effort."""

from collections.abc import Callable

import pytest

from facilitation import decision_matrix, records, scope
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session


def test_every_option_but_the_datum_is_scoped(started: Callable[[str], Session]) -> None:
    s = started("tradeoff")
    assert [o.text for o in scope.scoped_options(s)] == [
        "Constrained and fast",
        "Standard",
        "Durable",
    ]
    panel = s.method.phase("scope").panels[0]
    assert scope.must_share_max(panel.settings) == 60
    assert scope.scheme_of(panel.settings) == "moscow"


@pytest.mark.parametrize(
    ("typed", "value"), [("3", 3.0), (" 2,5 ", 2.5), ("0.5", 0.5), ("0", 0.0), ("", None)]
)
def test_effort_is_a_number_of_days_or_points(typed: str, value: float | None) -> None:
    assert scope.parse_effort(typed) == value


@pytest.mark.parametrize("typed", ["three", "-1", "nan", "inf", "1e400", "<b>3</b>", "20000"])
def test_effort_that_is_not_a_sensible_number_is_refused(typed: str) -> None:
    with pytest.raises(DomainError, match="Effort"):
        scope.parse_effort(typed)


def test_features_hang_under_their_option_with_effort_and_label(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    fast, standard = scope.scoped_options(s)[:2]
    s.apply(scope.add_feature(s, "scope", fast.id, "Dispute button", "2,5", Role.PRODUCT))
    s.apply(scope.add_feature(s, "scope", fast.id, "Email to finance", "", Role.ENGINEERING))
    s.apply(scope.add_feature(s, "scope", standard.id, "Dispute inbox", "5", Role.PRODUCT))
    button, email = s.children(fast.id, "scope")
    assert button.fields == {"effort": "2.5"} and email.fields == {"effort": ""}
    s.apply(records.set_label(s, button.id, "moscow", "must"))
    found = scope.features(s, "scope", fast.id, "moscow")
    assert [(f.card.text, f.effort, f.label) for f in found] == [
        ("Dispute button", 2.5, "must"),
        ("Email to finance", None, ""),
    ]
    s.apply(scope.edit_feature(s, email.id, "Email finance a summary", "1"))
    assert s.cards[email.id].text == "Email finance a summary"
    assert s.cards[email.id].fields["effort"] == "1"
    with pytest.raises(DomainError, match="Effort takes a number"):
        scope.edit_feature(s, email.id, "Email finance", "a week")


def test_the_datum_and_deleted_options_take_no_features(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    datum = decision_matrix.datum(s)
    assert datum is not None
    with pytest.raises(DomainError, match="no longer on the board"):
        scope.add_feature(s, "scope", datum.id, "Nothing", "1", Role.OTHER)
    with pytest.raises(DomainError, match="no longer on the board"):
        scope.add_feature(s, "scope", "gone", "Something", "1", Role.OTHER)


def test_shares_leave_out_wont_and_unestimated_features(
    started: Callable[[str], Session],
) -> None:
    s = started("tradeoff")
    option = scope.scoped_options(s)[0]
    for text, effort, label in [
        ("Button", "6", "must"),
        ("Reason codes", "2", "should"),
        ("Attachments", "2", "could"),
        ("Refund automation", "30", "wont"),
        ("Audit trail", "", "must"),
        ("Export", "4", ""),
    ]:
        s.apply(scope.add_feature(s, "scope", option.id, text, effort, Role.PRODUCT))
        card = s.children(option.id, "scope")[-1]
        if label:
            s.apply(records.set_label(s, card.id, "moscow", label))
    found = scope.features(s, "scope", option.id, "moscow")
    assert scope.effort_shares(found) == {"must": 60.0, "should": 20.0, "could": 20.0}
    assert scope.effort_by_label(found) == {"must": 6, "should": 2, "could": 2, "wont": 30}
    assert [f.card.text for f in found if not f.counted] == [
        "Refund automation",
        "Audit trail",
        "Export",
    ]


def test_the_musts_warning_reads_the_rounded_share() -> None:
    assert scope.must_warning({"must": 60.4}, 60) == ""
    assert scope.must_warning({"must": 72.2, "could": 27.8}, 60) == (
        "Musts are 72% of the effort; DSDM suggests at most about 60%."
    )
    assert scope.must_warning({}, 60) == ""
