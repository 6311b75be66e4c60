"""The handout after page one: context, risk register, confidence, keys, reasons and timings."""

from collections.abc import Sequence

from reportlab.platypus import Flowable

from app.handout.blocks import (
    LIST_LINES,
    Commands,
    Rows,
    band_fill,
    due_cell,
    heading,
    heads,
    muted,
    numbers,
    owner_cell,
    plural,
    rich,
    role_counts,
    score_cell,
    table,
    text,
)
from app.handout.chart import fist_of_five
from app.handout.fonts import markup
from app.handout.page_one import confidence_line
from app.handout.pagination import first_rows_height
from app.handout.styles import FRAME_HEIGHT, FRAME_WIDTH, INK, MUTED, Styles, role_tag
from facilitation.premortem_report import PremortemReport, Reason, RiskRow
from facilitation.report_readers import Histogram, PhaseTime
from facilitation.timebox import format_minutes


def context(report: PremortemReport, s: Styles) -> list[Flowable]:
    # Paragraphs rather than a table: a 4,000-character plan must be free to run onto a new page.
    flow = heading("Context", s.h1)
    for field in report.context:
        flow += [*heading(field.label, s.label, room=50), text(field.value or "–", s.body)]
    return flow


# ----- risk register ---------------------------------------------------------------------------

# Score, Cards, Dots, L, I, ROAM, Owner, Due in points; the risk's name takes the rest.
_REGISTER_W = (46.0, 52.0, 30.0, 20.0, 20.0, 54.0, 72.0, 58.0)


def register(report: PremortemReport, s: Styles) -> list[Flowable]:
    b = report.banding
    intro = (
        "Every theme the room formed, highest likelihood × impact first. L and I run from 1 to "
        f"5 and score = L × I: Low 1–{b.low_max}, Medium {b.low_max + 1}–{b.medium_max}, "
        f"High {b.medium_max + 1}–25. Cards counts the reasons in the theme, by role."
    )
    if not report.risks:
        return [*heading("Risk register", s.h1), text("The room formed no themes.", s.note)]
    labels = ("Score", "Risk", "Cards", "Dots", "L", "I", "ROAM", "Owner", "Due")
    rows: Rows = [heads(labels, s)]
    style: Commands = []
    score_w, *rest_w = _REGISTER_W
    widths = [score_w, FRAME_WIDTH - sum(_REGISTER_W), *rest_w]
    first_block = 0.0
    for risk in report.risks:
        first = len(rows)
        rows.append(_register_row(risk, s))
        for label, value in _register_notes(risk):
            rows.append(["", rich(f"<b>{label}:</b> {value}", s.cell)])
            last = len(rows) - 1
            style += [("SPAN", (1, last), (-1, last)), ("TOPPADDING", (0, last), (-1, last), 0)]
        last = len(rows) - 1
        style += band_fill(risk, first, last)
        style.append(("LINEBELOW", (0, last), (-1, last), 0.8, MUTED))
        # One risk reads as one block, kept on one page unless it is longer than a page.
        height = first_rows_height(rows[first:], widths, len(rows) - first)
        if height < FRAME_HEIGHT * 0.8:
            style.append(("NOSPLIT", (0, first), (-1, last)))
        first_block = first_block or height
    # Room for the heading, the note and the first risk, so the heading is never left alone.
    flow = heading("Risk register", s.h1, room=first_block + 90)
    flow += [text(intro, s.note), table(rows, widths, style, rules=False)]
    return flow


def _register_row(risk: RiskRow, s: Styles) -> list[Flowable | str]:
    sized = risk.sized
    return [
        score_cell(risk, s),
        text(risk.theme, s.cell_bold),
        rich(f"{risk.cards}<br/>{role_counts(risk.split)}", s.cell),
        text(str(risk.dots), s.cell_center),
        text(str(risk.likelihood) if sized else "–", s.cell_center),
        text(str(risk.impact) if sized else "–", s.cell_center),
        text(risk.roam or "–", s.cell),
        owner_cell(risk, s),
        due_cell(risk, s),
    ]


def _register_notes(risk: RiskRow) -> list[tuple[str, str]]:
    """Full-width lines under a risk's row: example reasons, mitigation, early-warning sign."""
    notes = []
    if risk.examples:
        quoted = " ".join(f"“{markup(e)}”" for e in risk.examples)
        notes.append(("Reasons given", muted(quoted)))
    if risk.mitigation:
        notes.append(("Mitigation", markup(risk.mitigation)))
    if risk.warning_sign:
        notes.append(("Early warning", markup(risk.warning_sign)))
    if risk.actions:
        notes.append(("Actions", f"{numbers(risk.actions)} (numbered as in the actions table)"))
    return notes


# ----- confidence, keys to success -------------------------------------------------------------


def confidence(poll: Histogram, s: Styles) -> list[Flowable]:
    title = text("Confidence in the plan", s.h1)  # kept with the chart below
    return fist_of_five(title, poll, confidence_line(poll), "plan", s)


def keys_to_success(report: PremortemReport, s: Styles) -> list[Flowable]:
    if not report.keys_to_success:
        return []
    rows: Rows = [heads(("What made it a success", "Role", "Dots"), s, right=(2,))]
    rows += [
        [text(k.text, s.cell), rich(role_tag(k.role), s.cell), text(str(k.dots), s.cell_right)]
        for k in report.keys_to_success
    ]
    note = "The room imagined a big success instead: what made the difference, most dots first."
    widths = [FRAME_WIDTH - 80, 40, 40]
    return [*heading("Keys to success", s.h1), text(note, s.note), table(rows, widths)]


# ----- appendix --------------------------------------------------------------------------------


def reasons(report: PremortemReport, s: Styles) -> list[Flowable]:
    flow: list[Flowable] = [
        *heading("Appendix: every reason, by theme", s.h1),
        text(
            "Each reason as it was written, with the writer's role. “Duplicate” marks a reason "
            "someone had already given: how many people saw the same failure still matters.",
            s.note,
        ),
    ]
    if not report.reasons:
        return [*flow, text("No reasons were written.", s.note)]
    for group in report.reasons:
        flow += heading(f"{group.theme} ({plural(len(group.reasons), 'reason')})", s.h2, room=70)
        rows: Rows = [[rich(role_tag(r.role), s.cell), _reason(r, s)] for r in group.reasons]
        flow.append(table(rows, [24, FRAME_WIDTH - 24], LIST_LINES, head=False))
    return flow


def _reason(reason: Reason, s: Styles) -> Flowable:
    tail = ", ".join(t for t in ("duplicate" if reason.duplicate else "", reason.lens) if t)
    suffix = " " + muted(f"({markup(tail)})") if tail else ""
    return rich(markup(reason.text) + suffix, s.cell)


def timings(times: Sequence[PhaseTime], s: Styles) -> list[Flowable]:
    flow = heading("Appendix: planned and actual time", s.h1)
    rows: Rows = [heads(("Phase", "Planned min", "Actual min", "Difference"), s, right=(1, 2, 3))]
    rows += [[text(t.name, s.cell), *_minutes(t, s)] for t in times]
    planned = sum(t.planned_s for t in times)
    actual = sum(t.actual_s for t in times if t.state in ("done", "active"))
    # Until every phase has run, the session's total over- or under-run is not known yet.
    finished = all(t.state in ("done", "skipped") for t in times)
    rows.append(
        [
            text("Total", s.cell_bold),
            text(format_minutes(planned), s.cell_right),
            text(format_minutes(actual), s.cell_right),
            text(_difference(actual - planned) if finished else "", s.cell_right),
        ]
    )
    total = [("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    flow.append(table(rows, [FRAME_WIDTH - 240, 80, 80, 80], total))
    return flow


def _minutes(t: PhaseTime, s: Styles) -> list[Flowable]:
    """Planned, actual and difference cells; a phase still running has no difference yet."""
    actual, difference = format_minutes(t.actual_s), _difference(t.actual_s - t.planned_s)
    if t.state in ("skipped", "pending"):
        actual, difference = ("skipped" if t.state == "skipped" else "not run"), ""
    elif t.state == "active":
        actual, difference = f"{actual} so far", ""
    cells = (format_minutes(t.planned_s), actual, difference)
    return [text(value, s.cell_right) for value in cells]


def _difference(seconds: float) -> str:
    if abs(seconds) < 30:
        return "on time"
    sign = "+" if seconds > 0 else "−"
    return f"{sign}{format_minutes(abs(seconds))}"
