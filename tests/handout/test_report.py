"""The handout's contents, computed from the known pre-mortem in meeting.py and checked by hand."""

from datetime import UTC, datetime

from facilitation.board import add_theme, set_verdict, size_risk
from facilitation.lifecycle import SetupDraft, create_session
from facilitation.method import Method
from facilitation.premortem_report import (
    DEFAULT_REVIEW,
    UNCLUSTERED,
    Condition,
    PremortemReport,
    premortem_report,
)
from facilitation.roles import Role
from facilitation.scoring import Band
from tests.fakes import CountingIds, FakeClock
from tests.handout.meeting import CYRILLIC_CARD, GREEK_CARD, MARKUP_CARD, PREMORTEM_S


def test_header_facts(report: PremortemReport) -> None:
    assert report.title == "Checkout redesign"
    assert report.method_name == "Pre-mortem"
    # FakeClock starts at 09:00 UTC on 21 November 2026; the handout prints the local date.
    assert report.date == datetime(2026, 11, 21, 9, 0, tzinfo=UTC).astimezone().date()
    assert report.completed
    context = {field.label: field.value for field in report.context}
    assert context["Success metric"] == "Checkout completion up from 61% to 70%"
    assert context["Failure horizon"] == "30 June 2027"
    assert report.next_review == DEFAULT_REVIEW


def test_participants_grouped_in_role_order(report: PremortemReport) -> None:
    groups = [(g.role, g.names) for g in report.participants]
    assert groups == [
        (Role.PRODUCT, ("Priya",)),
        (Role.ENGINEERING, ("Eli", "Sam")),
        (Role.DESIGN, ("Dana",)),
    ]


def test_register_sorted_by_score_not_by_dots(report: PremortemReport) -> None:
    rows = [(r.theme, r.likelihood, r.impact, r.score, r.band, r.dots) for r in report.risks]
    assert rows == [
        ("Payment integration fails", 4, 5, 20, Band.HIGH, 3),
        ("Tax rules wrong", 3, 3, 9, Band.MEDIUM, 5),
        ("Promo code confusion", 2, 3, 6, Band.LOW, 2),
    ]


def test_register_counts_cards_by_role(report: PremortemReport) -> None:
    pay, tax, promo = report.risks
    assert (pay.cards, pay.split) == (3, ((Role.ENGINEERING, 3),))
    assert (tax.cards, tax.split) == (1, ((Role.PRODUCT, 1),))
    assert (promo.cards, promo.split) == (2, ((Role.PRODUCT, 1), (Role.DESIGN, 1)))
    assert (promo.role_count(Role.PRODUCT), promo.role_count(Role.ENGINEERING)) == (1, 0)


def test_examples_skip_duplicates(report: PremortemReport) -> None:
    pay = report.risks[0]
    assert pay.examples == ("Payment API times out under load", GREEK_CARD)


def test_responses_and_their_gaps(report: PremortemReport) -> None:
    pay, tax, promo = report.risks
    assert (pay.roam, pay.owner, pay.due) == ("Mitigated", "Eli", "2026-12-15")
    assert pay.mitigation == "Retries with backoff and a second provider"
    assert pay.warning_sign == "p95 checkout latency above 2 s"
    assert (tax.roam, tax.gaps) == ("Owned", ())
    assert (promo.roam, promo.gaps) == ("Accepted", ("owner", "follow-up date"))
    assert (pay.actions, tax.actions, promo.actions) == ((1,), (2,), ())


def test_top_risks_are_at_least_three_when_fewer_are_high(report: PremortemReport) -> None:
    # One High risk, so page one shows the top three sized risks.
    assert [r.theme for r in report.top_risks] == [r.theme for r in report.risks]


def test_verdict_and_conditions(report: PremortemReport) -> None:
    assert report.verdict == "Go with conditions"
    assert report.conditions == (
        Condition("•", "Load test passes before launch"),
        Condition("•", "Tax rules signed off"),
    )


def test_confidence_histogram_and_concerns(report: PremortemReport) -> None:
    poll = report.confidence
    assert poll.counts == ((0, 0), (1, 0), (2, 1), (3, 2), (4, 1), (5, 0))
    assert poll.total == 4
    assert poll.concerns == 1  # the one person at 2


def test_actions_in_order_with_owner_and_due(report: PremortemReport) -> None:
    rows = [(a.what, a.owner, a.due, a.done_when) for a in report.actions]
    assert rows == [
        ("Load-test the payment API at 3× peak", "Sam", "2026-12-01", "p95 under 1 s at 3× peak"),
        ("Write down the tax rules per country", "Priya", "2026-12-08", ""),
    ]


def test_keys_to_success_most_dots_first(report: PremortemReport) -> None:
    keys = [(k.text, k.role, k.dots) for k in report.keys_to_success]
    assert keys == [
        ("Checkout stays under one second", Role.ENGINEERING, 4),
        ("Support knew the new page before launch", Role.PRODUCT, 1),
    ]


def test_reasons_grouped_in_register_order_unclustered_last(report: PremortemReport) -> None:
    groups = {g.theme: [(r.text, r.role, r.duplicate) for r in g.reasons] for g in report.reasons}
    assert list(groups) == [
        "Payment integration fails",
        "Tax rules wrong",
        "Promo code confusion",
        UNCLUSTERED,
    ]
    assert groups["Payment integration fails"] == [
        ("Payment API times out under load", Role.ENGINEERING, False),
        (GREEK_CARD, Role.ENGINEERING, False),
        ("The payment provider times out", Role.ENGINEERING, True),
    ]
    assert groups["Tax rules wrong"] == [(MARKUP_CARD, Role.PRODUCT, False)]
    assert groups["Promo code confusion"] == [  # in the order they were written
        (CYRILLIC_CARD, Role.DESIGN, False),
        ("Users miss the promo code field", Role.PRODUCT, False),
    ]
    assert groups[UNCLUSTERED] == [("Legal review lands late", Role.PRODUCT, False)]
    assert report.reasons[0].reasons[1].lens == "Technical"


def test_planned_and_actual_time_per_phase(report: PremortemReport) -> None:
    times = report.phase_times
    assert [t.name for t in times][:3] == [
        "Set the stage",
        "Declare the fiasco",
        "Silent failure history",
    ]
    assert [t.actual_s for t in times] == list(PREMORTEM_S.values())
    assert {t.state for t in times} == {"done"}
    assert sum(t.planned_s for t in times) == 60 * 60


def _sized_session(
    method: Method, draft: SetupDraft, clock: FakeClock, ids: CountingIds, scores: list[int]
) -> PremortemReport:
    """A session with one theme per (likelihood × impact) pair encoded as L*10 + I."""
    session, change = create_session(method, draft, clock, ids)
    session.apply(change)
    for n, code in enumerate(scores):
        added = add_theme(session, f"Theme {n}")
        session.apply(added)
        theme_id = next(e.id for e in added.puts() if e.KIND == "theme")
        session.apply(size_risk(session, theme_id, likelihood=code // 10, impact=code % 10))
    return premortem_report(session)


def test_top_risks_take_every_high_one_up_to_five(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> None:
    # Scores 25, 16, 20, 16, 1 and 12: four of them High (16 to 25).
    four_high = _sized_session(premortem, premortem_draft, clock, ids, [55, 44, 45, 44, 11, 34])
    assert [r.score for r in four_high.top_risks] == [25, 20, 16, 16]
    seven_high = _sized_session(premortem, premortem_draft, clock, ids, [55] * 7)
    assert len(seven_high.top_risks) == 5
    two_sized = _sized_session(premortem, premortem_draft, clock, ids, [22, 11])
    assert [r.score for r in two_sized.top_risks] == [4, 1]


def test_equal_scores_fall_back_to_board_order(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> None:
    report = _sized_session(premortem, premortem_draft, clock, ids, [23, 32, 55])
    assert [r.theme for r in report.risks] == ["Theme 2", "Theme 0", "Theme 1"]


def test_conditions_keep_typed_numbering_and_lead_ins(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> None:
    session, change = create_session(premortem, premortem_draft, clock, ids)
    session.apply(change)
    notes = "Go, on two conditions:\n1. Load test passes\n\n2) Tax rules signed off\n- and a party"
    session.apply(set_verdict(session, "Go with conditions", notes))
    assert premortem_report(session).conditions == (
        Condition("", "Go, on two conditions:"),
        Condition("1.", "Load test passes"),
        Condition("2.", "Tax rules signed off"),
        Condition("•", "and a party"),
    )


def test_a_session_just_set_up_has_an_empty_report(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> None:
    session, change = create_session(premortem, premortem_draft, clock, ids)
    session.apply(change)
    report = premortem_report(session)
    assert not report.completed
    assert report.risks == report.top_risks == report.actions == report.reasons == ()
    assert (report.confidence.total, report.confidence.concerns) == (0, 0)
    assert {t.state for t in report.phase_times} == {"pending"}
