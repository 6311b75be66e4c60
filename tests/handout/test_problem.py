"""The problem-definition handout: its numbers checked by hand, and the PDF as a reader gets it."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.handout.problem import consent_line
from app.methods_catalog import method
from app.storage import Store
from facilitation.lifecycle import SetupDraft
from facilitation.problem_report import ProblemReport, problem_report
from facilitation.report_readers import Histogram, RatingPoll, SidePoll
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
from tests.handout.problem_meeting import (
    CYRILLIC_CARD,
    FINAL,
    GREEK_CARD,
    INITIATIVE,
    MARKUP_CARD,
    ORIGINAL_ASK,
    PEOPLE,
    PROBLEM_S,
    REFRAMED,
    STATEMENT,
    play_crowded_problem,
    play_problem,
)


@pytest.fixture
def played(tmp_path: Path, clock: FakeClock, ids: CountingIds) -> Iterator[Meeting]:
    meeting = play_problem(tmp_path / "problem.sqlite3", clock, ids)
    yield meeting
    meeting.store.close()


@pytest.fixture
def problem(played: Meeting) -> Session:
    """The finished workshop as export loads it back."""
    return played.reopened()


@pytest.fixture
def crowded(tmp_path: Path, clock: FakeClock, ids: CountingIds) -> Iterator[Session]:
    """Every text at its length limit, with many cards, assumptions, drafts, metrics and steps."""
    meeting = play_crowded_problem(tmp_path / "crowded.sqlite3", clock, ids)
    yield meeting.session
    meeting.store.close()


@pytest.fixture
def report(problem: Session) -> ProblemReport:
    return problem_report(problem)


@pytest.fixture
def pages(problem: Session, tmp_path: Path) -> list[str]:
    return [flat(text) for text in page_texts(printed(problem, tmp_path / "problem.pdf"))]


# ----- the report's numbers ------------------------------------------------------------------


def test_the_statement_its_job_story_and_its_checklist(report: ProblemReport) -> None:
    assert report.title == INITIATIVE
    assert report.completed
    assert report.statement == FINAL
    assert report.job_story == STATEMENT["job_story"]
    assert [(c.name, c.ticked) for c in report.checklist] == [
        ("Names a specific user", True),
        ("Names no solution or feature", True),
        ("Cites evidence", True),
        ("One problem only", False),
        ("Measurable", True),
    ]


def test_consent_counts(report: ProblemReport) -> None:
    room = report.consent.room
    assert dict(room.counts) == {0: 0, 1: 0, 2: 0, 3: 1, 4: 3, 5: 1}
    assert (room.total, room.concerns) == (5, 0)
    assert report.consent.sides[0].mean == 4.0  # (3 + 12 + 5) / 5


def test_ask_reframe_and_pre_reads(report: ProblemReport) -> None:
    assert (report.original_ask, report.reframed) == (ORIGINAL_ASK, REFRAMED)
    assert report.evidence_reads == (
        "Support tickets tagged ‘dispute’, last two quarters",
        "Days-to-settle report, January to March",
    )


def test_w4_columns_with_the_dots_on_what_cards(report: ProblemReport) -> None:
    assert [(c.name, len(c.cards)) for c in report.w4] == [
        ("Who", 2),
        ("What", 3),
        ("Why", 3),
        ("Where", 3),
    ]
    what = report.w4[1]
    assert [(c.text, c.dots) for c in what.cards] == [
        ("Disputes go back and forth by email", 3),
        ("Credit notes are issued by hand", 1),
        (MARKUP_CARD, 1),
    ]


def test_why_chain_under_the_most_voted_what_card(report: ProblemReport) -> None:
    chain = report.chain
    assert chain.symptom is not None
    assert (chain.symptom.text, chain.symptom.dots) == ("Disputes go back and forth by email", 3)
    assert len(chain.whys) == 3
    assert chain.root_cause == "The ledger stores usage per month, not per line"


def test_assumption_map_quadrants_and_leaps_of_faith(report: ProblemReport) -> None:
    amap = report.map
    rows = [(a.number, a.evidence, a.importance, a.kind, a.quadrant) for a in amap.assumptions]
    assert rows == [
        (1, 1, 4, "Desirable", "Test first: leaps of faith"),
        (2, 2, 3, "Viable", "Test first: leaps of faith"),
        (3, 3, 4, "Feasible", "Important, and known"),
        (4, 1, 2, "Viable", "Watch"),
        (5, 0, 0, "", ""),  # never placed
    ]
    assert [(a.number, a.test) for a in amap.leaps_of_faith] == [
        (1, "Five admins try a clickable prototype"),
        (2, ""),
    ]
    assert len(amap.placed) == 4
    assert (amap.x_name, amap.y_name, amap.scale) == ("Evidence", "Importance", (1, 2, 3, 4))


def test_hmw_most_dots_first(report: ProblemReport) -> None:
    assert report.hmw_voted
    assert [c.dots for c in report.hmw] == [6, 4, 0, 0]
    assert report.hmw[0].text.startswith("How might we let admins flag one line")


def test_metrics_with_the_guardrail_marked(report: ProblemReport) -> None:
    rows = [(m.metric, m.kind, m.baseline, m.target, m.by, m.owner) for m in report.metrics]
    assert rows == [
        (
            "Median days to settle a dispute",
            "Success",
            "19 days",
            "5 days",
            "30 June 2027",
            "Priya",
        ),
        ("Dispute tickets per month", "Success", "142", "70", "30 June 2027", "Eli"),
        ("Days sales outstanding", "Guardrail", "38", "no worse than 38", "", "Maya"),
    ]
    assert [m.guardrail for m in report.metrics] == [False, False, True]


def test_non_goals_parking_lot_and_actions(report: ProblemReport) -> None:
    assert [c.text for c in report.non_goals] == [
        "Automatic credit notes",
        "Disputes on annual prepaid plans",
    ]
    assert [(c.text, c.role) for c in report.parking_lot] == [
        ("A Dispute button on the invoice page", Role.PRODUCT),
        ("Let admins edit a line themselves", Role.ENGINEERING),
    ]
    first, second = report.actions
    assert [(o.name, o.role) for o in first.owners] == [
        ("Maya", Role.PRODUCT),
        ("Eli", Role.ENGINEERING),
    ]
    assert (first.due, first.gaps) == ("15 January 2027", ())
    assert second.done_when == "Five admins have tried it"


def test_evidence_cards_and_drafts_by_votes(report: ProblemReport) -> None:
    assert [(g.title, len(g.cards)) for g in report.evidence_cards] == [
        ("What we know", 3),
        ("What we are assuming", 5),
    ]
    assert [(d.dots, d.top, d.role) for d in report.drafts] == [
        (6, True, Role.PRODUCT),
        (3, False, Role.ENGINEERING),
        (1, False, Role.DESIGN),
    ]
    assert report.drafts[0].job_story == STATEMENT["job_story"]


def test_phase_times(report: ProblemReport) -> None:
    times = {t.name: t.actual_s for t in report.phase_times}
    assert times["Assumption map"] == PROBLEM_S["assumptions"]
    assert sum(t.planned_s for t in report.phase_times) == 75 * 60


# ----- the PDF -----------------------------------------------------------------------------------


def test_page_one_leads_with_the_statement_then_consent_and_next_steps(pages: list[str]) -> None:
    first = pages[0]
    assert first.startswith(f"Problem definition: {INITIATIVE}")
    assert not in_order(
        first,
        (
            "Priya, Maya",
            "The problem we agreed on",
            FINAL,
            "Job story: " + STATEMENT["job_story"],
            "Checked against the statement",
            "One problem only (not ticked)",
            "4 of 5 ticked.",
            "Consent",
            "0 to 5 fingers, 5 votes. Everyone at 3 or above",
            "Next steps",
            "Discovery spike: can the ledger store usage per invoice line?",
            "Done when: A yes or no with its cost",
            "Maya",
            "Eli",
            "15 January 2027",
            "Prototype the line-level dispute view with five admins",
            "29 January 2027",
        ),
    )


def test_later_pages_in_reading_order(pages: list[str]) -> None:
    later = " ".join(pages[1:])
    assert not in_order(
        later,
        (
            "From the ask to the problem",
            ORIGINAL_ASK,
            REFRAMED,
            "Evidence to hand",
            "W4 board: who, what, why, where",
            "Disputes go back and forth by email (3 dots)",
            "Root cause",
            "Symptom",
            "Why? 1 ",
            "Nobody can see which invoice line is wrong",
            "Root cause Why? 3",
            "The ledger stores usage per month, not per line",
            "Assumption map",
            "Leaps of faith, and how we will test them",
            "Admins would settle disputes themselves if they could",
            "How we will test it: Five admins try a clickable prototype",
            "Most disputes are about one wrong line",
            "How we will test it: needs a test",
            "Every assumption",
            "Customers read the invoice email",
            "not placed",
            "How might we…",
            "flag one line without blocking payment? 6 dots",
            "Success metrics",
            "Median days to settle a dispute Success 19 days 5 days 30 June 2027 Priya",
            "Days sales outstanding Guardrail 38 no worse than 38",
            "Non-goals",
            "Automatic credit notes",
            "Parking lot",
            "kept for later: none of them was decided",
            "A Dispute button on the invoice page",
            "Appendix: what we know, and what we are assuming",
            "What we know (3 cards)",
            "What we are assuming (5 cards)",
            "Appendix: every draft statement",
            "Most dots: the final statement started from this draft.",
            "Appendix: planned and actual time",
        ),
    )


def test_every_page_is_numbered_and_headed(pages: list[str]) -> None:
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
    assert all(page.startswith(f"Problem definition: {INITIATIVE}") for page in pages[1:])


def test_user_text_prints_as_typed(pages: list[str]) -> None:
    text = " ".join(pages)
    assert MARKUP_CARD in text
    assert GREEK_CARD in text and CYRILLIC_CARD in text


def test_fonts_are_embedded_subsets(problem: Session, tmp_path: Path) -> None:
    assert_fonts_are_embedded_subsets(problem, tmp_path / "problem.pdf")


@pytest.mark.parametrize("which", ["problem", "crowded"])
def test_no_line_runs_out_of_its_cell(
    which: str, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert_no_line_runs_out_of_its_cell(request.getfixturevalue(which), tmp_path, monkeypatch)


def test_every_field_at_its_longest_still_prints_in_full(crowded: Session, tmp_path: Path) -> None:
    text = printed_text(crowded, tmp_path / "crowded.pdf")
    markers = ["INITIATIVE-END", "ASK-END", "READS-END", "REFRAMED-END", "JOB-END"]
    markers += [f"FINAL{k}-END" for k in ("WHO", "NEED", "INSIGHT", "IMPACT", "SOLVED_WHEN")]
    markers += [f"PARK{n}-END" for n in range(8)]
    markers += [f"EVIDENCE{n}-END" for n in range(16)]
    markers += [f"W4CARD{n}-END" for n in range(24)]
    markers += [f"WHY{n}-END" for n in range(5)]
    markers += [f"TEST{n}-END" for n in range(1, 16, 2)]
    markers += [f"STORY{n}-END" for n in range(8)] + [f"DRAFT{n}IMPACT-END" for n in range(8)]
    markers += [f"HMW{n}-END" for n in range(10)] + [f"NONGOAL{n}-END" for n in range(8)]
    markers += [f"METRIC{n}{k}-END" for n in range(6) for k in ("METRIC", "TARGET", "OWNER")]
    markers += [f"{k}{a}-END" for a in range(8) for k in ("ACTION", "OWNER", "CO", "DUE", "DONE")]
    # A marker wider than its narrow column breaks across lines: compare without the spaces.
    joined = text.replace(" ", "")
    assert [m for m in markers if m not in joined] == []
    assert "999 people at 2 or below" in text


def test_a_workshop_just_started_says_what_it_lacks(
    tmp_path: Path, clock: FakeClock, ids: CountingIds
) -> None:
    store = Store(tmp_path / "new.sqlite3")
    draft = SetupDraft("New", {"initiative": "Nothing yet", "original_ask": "A button"}, PEOPLE, 75)
    m = start(store, method("problem"), draft, clock, ids, PROBLEM_S)
    text = printed_text(m.session, tmp_path / "new.pdf")
    store.close()
    for sentence in (
        "draft, exported before the session finished",
        "No problem statement was agreed.",
        "No consent vote was recorded.",
        "No actions were recorded.",
        "not reframed",
        "The W4 board stayed empty.",
        "the room did not dig for a root cause",
        "No assumption was written down.",
        "No “How might we” question was written.",
        "No success metric was agreed.",
        "No non-goals were listed.",
        "Nothing was parked.",
        "No evidence or assumption cards were written.",
        "No draft statement was written.",
        "0.0 so far",
    ):
        assert sentence in text, sentence


@pytest.mark.parametrize(
    ("counts", "says"),
    [
        ({3: 2, 4: 3}, "5 votes. Everyone at 3 or above: the room can live with it."),
        ({1: 1, 2: 1, 4: 3}, "<b>2 people at 2 or below: concerns to hear.</b>"),
        ({0: 1, 2: 1, 5: 3}, "<b>1 person blocks the statement: it is not agreed yet.</b>"),
        ({}, "No consent vote was recorded."),
    ],
)
def test_the_consent_sentence(counts: dict[int, int], says: str) -> None:
    room = Histogram(tuple((v, counts.get(v, 0)) for v in range(6)), 2)
    poll = RatingPoll("consent", tuple(range(6)), "", "", (SidePoll(None, room),), room)
    assert consent_line(poll).endswith(says)
