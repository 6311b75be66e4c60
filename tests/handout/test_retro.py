"""The joint-retrospective handout: its numbers checked by hand, and the PDF as a reader gets it."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.methods_catalog import method
from app.storage import Store
from facilitation.board import add_card
from facilitation.columns import switch_preset
from facilitation.lifecycle import SetupDraft
from facilitation.retro_report import RetroReport, outcome_rows, retro_report
from facilitation.roles import Role
from facilitation.session import Session
from tests.fakes import CountingIds, FakeClock
from tests.handout.meeting import Meeting, start
from tests.handout.pdf_checks import (
    assert_fonts_are_embedded_subsets,
    assert_no_line_runs_out_of_its_cell,
    flat,
    in_order,
    page_texts,
    printed,
    printed_text,
)
from tests.handout.retro_meeting import (
    CYRILLIC_CARD,
    GREEK_CARD,
    MARKUP_CARD,
    PEOPLE,
    RETRO_S,
    SCOPE,
    play_crowded_retro,
    play_retro,
)

QUESTIONS = "Did we build the right thing? · Did we build it well? · Did we build it well together?"


@pytest.fixture
def played(tmp_path: Path, clock: FakeClock, ids: CountingIds) -> Iterator[Meeting]:
    meeting = play_retro(tmp_path / "retro.sqlite3", clock, ids)
    yield meeting
    meeting.store.close()


@pytest.fixture
def retro(played: Meeting) -> Session:
    """The finished retro as export loads it back."""
    return played.reopened()


@pytest.fixture
def crowded(tmp_path: Path, clock: FakeClock, ids: CountingIds) -> Iterator[Session]:
    """Every text at its length limit: many people, cards, themes, whys, notes and moments."""
    meeting = play_crowded_retro(tmp_path / "crowded.sqlite3", clock, ids)
    yield meeting.session
    meeting.store.close()


@pytest.fixture
def report(retro: Session) -> RetroReport:
    return retro_report(retro)


@pytest.fixture
def pages(retro: Session, tmp_path: Path) -> list[str]:
    return page_texts(printed(retro, tmp_path / "retro.pdf"))


# ----- the report's numbers ------------------------------------------------------------------


def test_header_facts(report: RetroReport) -> None:
    assert report.title == SCOPE
    assert report.method_name == "Joint retrospective"
    assert report.period == "1 December 2026 to 15 January 2027"
    assert report.completed
    assert [(g.role, g.names) for g in report.participants] == [
        (Role.PRODUCT, ("Priya", "Maya")),
        (Role.ENGINEERING, ("Eli", "Sam", "Jonas")),
        (Role.DESIGN, ("Dana",)),
    ]


def test_checkin_is_split_by_side_with_each_sides_average(report: RetroReport) -> None:
    poll = report.checkin
    assert poll.split and poll.scale == (1, 2, 3, 4, 5)
    counts = {side.role: dict(side.histogram.counts) for side in poll.sides}
    assert counts[Role.PRODUCT] == {1: 0, 2: 0, 3: 1, 4: 1, 5: 0}
    assert counts[Role.ENGINEERING] == {1: 0, 2: 2, 3: 1, 4: 0, 5: 0}
    assert counts[Role.DESIGN] == {1: 0, 2: 0, 3: 0, 4: 1, 5: 0}
    product, engineering = poll.side(Role.PRODUCT), poll.side(Role.ENGINEERING)
    assert product is not None and engineering is not None
    assert product.mean == 3.5  # (3 + 4) / 2
    assert engineering.mean == pytest.approx(7 / 3)  # (2 + 2 + 3) / 3
    assert poll.gap == pytest.approx(3.5 - 7 / 3)
    assert poll.wide_gap  # more than a whole step apart
    assert dict(poll.room.counts) == {1: 0, 2: 2, 3: 2, 4: 2, 5: 0}
    assert poll.room.total == 6


def test_roti_sides_agree(report: RetroReport) -> None:
    poll = report.roti
    means = {side.role: side.mean for side in poll.sides}
    assert means == {Role.PRODUCT: 4.0, Role.ENGINEERING: 4.0, Role.DESIGN: 5.0}
    assert poll.gap == 0 and not poll.wide_gap
    assert (poll.low_label, poll.high_label) == ("Wasted", "Excellent")


def test_outcomes_pair_each_target_with_its_actual(report: RetroReport) -> None:
    assert [(r.target, r.actual) for r in report.outcomes] == [
        ("Self-serve upgrades: 120 a month", "Self-serve upgrades: 95 a month"),
        ("Billing tickets: under 40 a month", "Billing tickets: 52 a month"),
    ]
    assert report.key_events == "Pricing page live on 14 December"


def test_outcomes_stay_whole_when_the_lines_do_not_pair_up() -> None:
    rows = outcome_rows("Upgrades: 120\nTickets: under 40", "Upgrades reached 95")
    assert [(r.target, r.actual) for r in rows] == [
        ("Upgrades: 120\nTickets: under 40", "Upgrades reached 95")
    ]
    assert outcome_rows("", "  ") == ()
    assert [(r.target, r.actual) for r in outcome_rows("Upgrades: 120", "")] == [
        ("Upgrades: 120", "")
    ]


def test_last_times_actions_and_the_pre_mortems_risks(report: RetroReport) -> None:
    assert [(a.what, a.owner, a.status, a.trend, a.note) for a in report.earlier_actions] == [
        ("Load-test the billing API at 3× peak", "Sam", "Done", "Keep", ""),
        (
            "Write the pricing FAQ with support",
            "Priya + Eli",
            "Partly",
            "More",
            "FAQ is live; support not trained",
        ),
        ("Add a usage alert to the dashboard", "Jonas", "", "", ""),  # never looked at
    ]
    assert [(r.risk, r.outcome) for r in report.earlier_risks] == [
        ("Payment provider times out", "Happened"),
        ("Tax rules wrong", "Did not happen"),
    ]
    assert report.risk_sources == ("Self-serve billing",)


def test_timeline_in_date_order(report: RetroReport) -> None:
    assert [(m.when, m.role) for m in report.timeline] == [
        ("2 December 2026", Role.PRODUCT),
        ("8 December 2026", Role.DESIGN),
        ("14 December 2026", Role.PRODUCT),
        ("21 December 2026", Role.ENGINEERING),
    ]


def test_a_timeline_of_rough_dates_keeps_the_order_it_was_typed_in(
    clock: FakeClock, ids: CountingIds, tmp_path: Path
) -> None:
    store = Store(tmp_path / "rough.sqlite3")
    draft = SetupDraft("Rough", {"scope": "Rough dates"}, PEOPLE, 90)
    m = start(store, method("retro"), draft, clock, ids, RETRO_S)
    for text, when in (("Kick-off", "week 1"), ("Launch", "2026-12-14"), ("Outage", "")):
        m.do(add_card(m.session, "timeline", text, Role.PRODUCT, fields={"when": when}))
    timeline = retro_report(m.session).timeline
    store.close()
    assert [(t.text, t.when) for t in timeline] == [
        ("Kick-off", "week 1"),
        ("Launch", "14 December 2026"),
        ("Outage", ""),
    ]


def test_themes_by_dots_with_cards_by_role_whys_seam_and_circle(report: RetroReport) -> None:
    rows = [(t.name, t.dots, t.cards, t.split, t.dug) for t in report.themes]
    assert rows == [
        (
            "Scope changed without engineering",
            12,
            3,
            ((Role.PRODUCT, 1), (Role.ENGINEERING, 2)),
            True,
        ),
        ("Provider failures not handled", 9, 3, ((Role.ENGINEERING, 3),), True),
        ("Design handoff late", 5, 2, ((Role.DESIGN, 2),), True),
        ("Value landed partly", 2, 1, ((Role.PRODUCT, 1),), False),
    ]
    scope, fail, design, value = report.themes
    assert scope.whys == (
        "Pricing decisions were made in the sales sync",
        "Engineering is not invited to the sales sync",
        "Nobody owns the product–engineering calendar",
    )
    assert [t.seam.name if t.seam else "" for t in report.themes] == [
        "Prioritization",
        "Handoff",
        "Narrative",
        "",
    ]
    assert [t.circle.name if t.circle else "" for t in report.themes] == [
        "Control",
        "Control",
        "Influence",
        "Soup",
    ]
    assert scope.notes == "Changes after kick-off need a 15-minute joint call."
    assert design.notes == ""
    assert (scope.actions, fail.actions, design.actions, value.actions) == ((1,), (2,), (3,), ())
    assert report.top_themes == (scope, fail, design)


def test_actions_in_pairs_and_what_they_still_lack(report: RetroReport) -> None:
    first, second, third = report.actions
    assert [(o.name, o.role) for o in first.owners] == [
        ("Priya", Role.PRODUCT),
        ("Eli", Role.ENGINEERING),
    ]
    assert (first.due, first.theme, first.gaps) == (
        "26 February 2027",
        "Scope changed without engineering",
        (),
    )
    assert second.done_when == "Every new spec has the section filled in"
    # Dana took the product owner's place; she is a designer, and her chip says so.
    assert [(o.name, o.role) for o in third.owners] == [("Dana", Role.DESIGN)]
    assert third.gaps == ("engineering owner", "date", "check")


def test_cards_by_question_and_by_theme(report: RetroReport) -> None:
    by_column = [(g.title, len(g.cards)) for g in report.cards_by_column]
    assert by_column == [
        ("Did we build the right thing?", 3),
        ("Did we build it well?", 3),
        ("Did we build it well together?", 6),
    ]
    by_theme = [(g.title, len(g.cards)) for g in report.cards_by_theme]
    assert by_theme == [
        ("Scope changed without engineering", 3),
        ("Provider failures not handled", 3),
        ("Design handoff late", 2),
        ("Value landed partly", 1),
        ("Not grouped", 3),
    ]
    alerts = report.cards_by_column[1].cards[2]
    assert (alerts.text, alerts.role, alerts.where) == (
        MARKUP_CARD,
        Role.ENGINEERING,
        "Provider failures not handled",
    )
    keep, change = report.keep_change
    assert (keep.title, change.title) == ("Keep doing", "Change next time")


def test_phase_times_planned_and_actual(report: RetroReport) -> None:
    times = {t.name: (t.actual_s, t.state) for t in report.phase_times}
    assert times["Dig into the top themes"] == (RETRO_S["dig"], "done")
    assert times["Return on time invested"] == (RETRO_S["roti"], "done")
    assert sum(t.planned_s for t in report.phase_times) == 90 * 60


# ----- the PDF -----------------------------------------------------------------------------------


def test_page_one_holds_the_header_moods_actions_and_top_themes(pages: list[str]) -> None:
    first = flat(pages[0])
    assert first.startswith(f"Joint retrospective: {SCOPE}")
    assert "1 December 2026 to 15 January 2027" in first
    assert "Priya, Maya" in first and "Eli, Sam, Jonas" in first
    assert "Product 3.5 (2 votes), Engineering 2.3 (3 votes)" in first
    assert "Product rated it 1.2 higher" in first
    assert not in_order(
        first,
        (
            "Check-in",
            "What we will do",
            "Invite an engineer to every pricing decision",
            "Priya",
            "26 February 2027",
            "Add a failure-handling section",
            "Review designs before sprint planning",
            "needs an engineering owner",
            "needs a date",
            "What we dug into",
            "Scope changed without engineering",
            "Nobody owns the product–engineering calendar",
            "Changes after kick-off need a 15-minute joint call.",
            "Provider failures not handled",
            "Design handoff late",
        ),
    )
    assert "Prioritization seam" in first and "Handoff seam" in first


def test_every_page_carries_the_three_questions(pages: list[str]) -> None:
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert QUESTIONS in page
        assert f"Page {number} of {total}" in page
    assert all(page.startswith(f"Joint retrospective: {SCOPE}") for page in pages[1:])


def test_later_pages_in_reading_order(pages: list[str]) -> None:
    later = flat(" ".join(pages[1:]))
    sections = [
        "Outcomes: what we aimed for, and what happened",
        "Last time's actions",
        "Risks we foresaw",
        "Timeline: the moments that mattered",
        "Every theme",
        "About the retro itself",
        "Appendix: every card, by question",
        "Appendix: every card, by theme",
        "Appendix: planned and actual time",
    ]
    found = [later.index(title) for title in sections]
    assert found == sorted(found)
    outcomes = later[found[0] : found[1]]
    assert re.search(r"120 a month Self-serve upgrades: 95 a month", outcomes)
    follow = later[found[1] : found[3]]
    assert "Done Keep" in follow and "Partly More FAQ is live" in follow
    assert "not reviewed" in follow
    assert "pre-mortem “Self-serve billing” imagined" in follow and "Happened" in follow
    timeline = later[found[3] : found[4]]
    assert timeline.index("2 December 2026") < timeline.index("21 December 2026")
    assert "Provider outage: checkout down 40 minutes" in timeline


def test_user_text_prints_as_typed(pages: list[str]) -> None:
    text = flat(" ".join(pages))
    assert MARKUP_CARD in text
    assert GREEK_CARD in text and CYRILLIC_CARD in text


def test_fonts_are_embedded_subsets(retro: Session, tmp_path: Path) -> None:
    assert_fonts_are_embedded_subsets(retro, tmp_path / "retro.pdf")


@pytest.mark.parametrize("which", ["retro", "crowded"])
def test_no_line_runs_out_of_its_cell(
    which: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_no_line_runs_out_of_its_cell(request.getfixturevalue(which), tmp_path, monkeypatch)


def test_every_field_at_its_longest_still_prints_in_full(crowded: Session, tmp_path: Path) -> None:
    text = printed_text(crowded, tmp_path / "crowded.pdf")
    for marker in ("SCOPE-END", "PERIOD-END", "TARGETS-END", "EVENTS-END", "ACTUALS-END"):
        assert marker in text
    for n in range(12):
        assert f"MOMENT{n}-END" in text and f"WHEN{n}-END" in text
    assert "CARD35-END" in text
    for t in range(6):
        assert f"THEME{t}-END" in text
    for t in range(3):
        assert f"NOTES{t}-END" in text and f"WHY{t}.4-END" in text
    for a in range(3):
        for marker in ("ACTION", "OWNER", "CO", "DUE", "DONE"):
            assert f"{marker}{a}-END" in text


def test_a_retro_just_started_says_what_it_lacks(
    tmp_path: Path, clock: FakeClock, ids: CountingIds
) -> None:
    store = Store(tmp_path / "new.sqlite3")
    draft = SetupDraft("New", {"scope": "An empty retro"}, PEOPLE[:2], 90)
    m = start(store, method("retro"), draft, clock, ids, RETRO_S)
    text = printed_text(m.session, tmp_path / "new.pdf")
    store.close()
    for sentence in (
        "draft, exported before the session finished",
        "No votes were counted.",
        "No actions were recorded.",
        "No theme was discussed.",
        "No success metrics were set.",
        "No earlier action was open.",
        "No moments were added to the timeline.",
        "The room formed no themes.",
        "No cards were written.",
        "not run",
    ):
        assert sentence in text, sentence


def test_cards_follow_the_format_the_room_switched_to(
    tmp_path: Path, clock: FakeClock, ids: CountingIds
) -> None:
    store = Store(tmp_path / "switched.sqlite3")
    draft = SetupDraft("Switched", {"scope": "Sailing"}, PEOPLE, 90)
    m = start(store, method("retro"), draft, clock, ids, RETRO_S)
    s = m.session
    panel = s.method.phase("questions").panels[0]
    m.do(add_card(s, "questions", "Written before the switch", Role.PRODUCT, column="well"))
    m.do(switch_preset(s, "questions", panel, "sailboat"))
    m.do(add_card(s, "questions", "The new pricing page", Role.PRODUCT, column="wind"))
    m.do(add_card(s, "questions", "Flaky staging", Role.ENGINEERING, column="anchors"))
    groups = retro_report(s).cards_by_column
    store.close()
    # The sailboat's columns first, in its order; the card left in an old column still shows.
    assert [(g.title, [c.text for c in g.cards]) for g in groups] == [
        ("Wind", ["The new pricing page"]),
        ("Anchors", ["Flaky staging"]),
        ("Did we build it well?", ["Written before the switch"]),
    ]
