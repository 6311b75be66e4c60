"""The PDF handout of two large sessions, each beside reportlab building the same content.

Seam's side is `write_handout` as the export uses it: report, story, fonts with fallbacks, page
numbers "x of y", the atomic write. Each baseline is the same content as plain Paragraphs and
Tables in a SimpleDocTemplate, with the same TTF font embedded (benchmarks.bare), so the ratio
shows what Seam's own layout costs:
- a pre-mortem of 400 reasons and 40 actions (benchmarks.fixtures.large_premortem): every
  reason, theme, risk, action and phase time, role chips included, as the handout marks each
  reason with one (`premortem_story` below);
- a trade-off matrix of 8 options on 8 criteria, 400 cards and 40 actions
  (benchmarks.fixtures.large_tradeoff): the decision record, the matrix, Pugh, options, scope,
  risks, sensitivity, scores by role and phase times (benchmarks.tradeoff_bare).
Each pair is timed warm (fonts registered, modules imported), in turns.
"""

import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak

from app.handout import write_handout
from benchmarks import tradeoff_bare
from benchmarks.bare import WIDTH, chip, grid, p, register_font, write
from benchmarks.context import Context
from benchmarks.fixtures import large_premortem, large_tradeoff
from benchmarks.results import Result, median, paired_ratio
from facilitation.roles import ROLE_ORDER
from facilitation.session import Session
from facilitation.tradeoff_report import tradeoff_report

RUNS = 7
Writer = Callable[[Session, Path], None]


def premortem_story(session: Session) -> list[Flowable]:
    """The pre-mortem handout's paragraphs and tables, with no layout of Seam's own."""
    record = session.record
    story: list[Flowable] = [
        p(record.title, "h1"),
        p(record.verdict, "h2"),
        p(record.verdict_notes),
    ]
    actions = sorted(session.actions.values(), key=lambda a: a.position)
    rows: list[list[object]] = [[p("#"), p("Action"), p("Owner"), p("Due"), p("Done when")]]
    rows += [
        [p(str(n)), p(a.what), p(a.owner), p(a.due), p(a.done_when)]
        for n, a in enumerate(actions, 1)
    ]
    story += [grid(rows, [20, WIDTH - 220, 70, 60, 70]), PageBreak(), p("Context", "h1")]
    for key, value in record.setup.items():
        story += [p(key, "h2"), p(value, "body")]
    story.append(p("Risk register", "h1"))
    rows = [[p(h) for h in ("Score", "Risk", "Cards", "L", "I", "ROAM", "Owner", "Due")]]
    for theme in sorted(session.themes.values(), key=lambda t: t.position):
        risk = session.risk_for(theme.id)
        members = session.cards_of_theme(theme.id)
        split = " ".join(
            f"{chip(role)}&nbsp;{sum(1 for c in members if c.role is role)}" for role in ROLE_ORDER
        )
        rows.append(
            [
                p(str(risk.likelihood * risk.impact)),
                p(theme.name),
                p("", trusted=split),
                p(str(risk.likelihood)),
                p(str(risk.impact)),
                p(risk.roam),
                p(risk.owner),
                p(risk.due),
            ]
        )
        examples = [c.text for c in session.cards_of_theme(theme.id)][:3]
        for note in (" ".join(examples), risk.mitigation, risk.warning_sign):
            rows.append(["", p(note), "", "", "", "", "", ""])
    story.append(grid(rows, [40, WIDTH - 310, 50, 20, 20, 60, 70, 50]))
    keys = [c for c in session.cards.values() if c.phase_id == "success"]
    rows = [[p("What made it a success"), p("Role")]]
    rows += [[p(c.text), p("", trusted=chip(c.role))] for c in keys]
    story += [p("Keys to success", "h1"), grid(rows, [WIDTH - 80, 80]), p("Reasons", "h1")]
    for theme in sorted(session.themes.values(), key=lambda t: t.position):
        story.append(p(theme.name, "h2"))
        rows = [[p("Role"), p("Reason")]]
        rows += [[p("", trusted=chip(c.role)), p(c.text)] for c in session.cards_of_theme(theme.id)]
        story.append(grid(rows, [60, WIDTH - 60]))
    rows = [[p("Phase"), p("Planned s"), p("Actual s")]]
    rows += [
        [p(r.phase_id), p(f"{r.planned_s:.0f}"), p(f"{r.elapsed_s:.0f}")]
        for r in session.ordered_runs()
    ]
    story += [p("Planned and actual time", "h1"), grid(rows, [WIDTH - 160, 80, 80])]
    return story


def write_premortem(session: Session, path: Path) -> None:
    write(premortem_story(session), path)


def timed(session: Session, bare: Writer, work: Path) -> tuple[list[float], list[float], Path]:
    """Seam's and the bare handout's seconds, `RUNS` turns each, and Seam's PDF."""
    kind = session.method.id
    seam_pdf, bare_pdf = work / f"seam-{kind}.pdf", work / f"bare-{kind}.pdf"
    times: dict[str, list[float]] = {"seam": [], "bare": []}
    for turn in range(RUNS + 1):
        for name, writer, path in (("seam", write_handout, seam_pdf), ("bare", bare, bare_pdf)):
            started = time.perf_counter()
            writer(session, path)
            if turn:  # the first turn registers fonts and imports lazily loaded modules
                times[name].append(time.perf_counter() - started)
    return times["seam"], times["bare"], seam_pdf


def result(name: str, session: Session, bare: Writer, work: Path, note: str = "") -> Result:
    seam, baseline, pdf = timed(session, bare, work)
    return Result(
        name,
        median(seam),
        "s",
        baseline=median(baseline),
        baseline_label="bare reportlab",
        limit=1.0,
        ratio_limit=1.5,
        note=" ".join([f"{pdf.stat().st_size // 1024} KB PDF.", *([note] if note else [])]),
        paired_ratio=paired_ratio(seam, baseline),
    )


def tradeoff_facts(session: Session) -> tuple[str, str]:
    """The trade-off result's name, and a note on what the session holds, decisions included."""
    report = tradeoff_report(session)
    cards = Counter(c.phase_id for c in session.cards.values())
    reasons = sum(1 for o in report.rejected if o.why_not)
    scoped = len(report.scope.features) if report.scope else 0
    name = (
        f"PDF handout, trade-off: {len(report.options)} × {len(report.criteria)} matrix, "
        f"{sum(cards.values())} cards, {len(session.actions)} actions, 1 decision record"
    )
    note = (
        f"Cards: {cards['criteria']} criteria, {cards['options']} options, {cards['scope']} scope "
        f"features (the handout prints the chosen option's {scoped}), {cards['risks']} option "
        f"risks. Decisions: 1 decision record and {reasons} rejected options with reasons. A "
        "trade-off session records one decision (the decide phase's record and its chosen "
        "option), so the 10 decisions of the budget's large session are not in it."
    )
    return name, note


def run(context: Context) -> list[Result]:
    register_font()
    premortem, tradeoff = large_premortem(), large_tradeoff()
    reasons = sum(1 for c in premortem.cards.values() if c.phase_id == "reasons")
    name, note = tradeoff_facts(tradeoff)
    return [
        result(
            f"PDF handout, pre-mortem: {reasons} cards, {len(premortem.actions)} actions",
            premortem,
            write_premortem,
            context.work,
        ),
        result(name, tradeoff, tradeoff_bare.write_tradeoff, context.work, note),
    ]
