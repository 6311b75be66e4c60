"""The trade-off handout's decision record, first: what was decided, by whom, why, at what cost.

After Nygard's decision records, MADR's drivers and considered options, and DACI's roles.
"""

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.handout.blocks import (
    Rows,
    action_table,
    boxed,
    heading,
    heads,
    muted,
    or_missing,
    rich,
    shortened,
    table,
    text,
    title_block,
)
from app.handout.chart import fist_line, fist_of_five
from app.handout.fonts import markup
from app.handout.styles import FRAME_WIDTH, Styles
from facilitation.dates import long_date
from facilitation.premortem_report import ActionRow
from facilitation.report_readers import Histogram
from facilitation.tradeoff_report import OptionRow, TradeoffReport, figure, percent

OWNER_W, DUE_W = 110.0, 62.0


def decision_record(report: TradeoffReport, s: Styles) -> list[Flowable]:
    title = f"{report.method_name}: {report.title}"
    flow = title_block(title, report.date, report.completed, report.participants, s)
    flow += [Spacer(1, 10), _decision_box(report, s), Spacer(1, 6), _roles(report, s)]
    flow += _context(report, s)
    flow += _drivers(report, s)
    flow += _considered(report, s)
    flow += _consequences(report, s)
    flow += consent(report.consent, s)
    flow += actions(report, s)
    return flow


def option_name(option: OptionRow, *, bold: bool = False, chars: int | None = None) -> str:
    """The option's letter and name, as markup: the letter finds it in the charts.

    `bold` when the style around it is bold, so another script's face is bold too; `chars` cuts
    the name short for a column head or a chart's legend (the option's card prints it whole).
    """
    name = option.name if chars is None else shortened(option.name, chars)
    return f"<b>{option.letter}</b>&nbsp;· {markup(name, bold=bold)}"


def _decision_box(report: TradeoffReport, s: Styles) -> Table:
    d = report.decision
    status = f"<b>Status:</b> {markup(d.status)}" if d.status else "<i>Status not recorded</i>"
    rows: Rows = [
        [text("Decision", s.cell_head), rich(status, s.cell_right)],
        [text(d.title or "No decision recorded", s.verdict), ""],
    ]
    chosen = report.option(d.chosen)
    if chosen is not None:
        standing = (
            f"ranked {chosen.rank} of {len(report.options)} in the matrix, "
            f"{percent(chosen.percent)} of the maximum score"
        )
        rows.append([rich(f"<b>Chosen option:</b> {option_name(chosen)} ({standing})", s.body), ""])
        winner = report.option(report.winner)
        if winner is not None and winner.id != chosen.id:
            line = f"The matrix ranked {option_name(winner)} first; the room chose otherwise."
            rows.append([rich(line, s.note), ""])
        if report.sensitivity.headline:
            # The decision should say when its winner is fragile (METHODS.md §5, phase 8).
            fragile = report.sensitivity.fragile
            headline = markup(report.sensitivity.headline, bold=fragile)
            if fragile:
                headline = f"<b>{headline}</b>"
            rows.append([rich(f"{headline} See Sensitivity.", s.note), ""])
    else:
        rows.append([rich("<i>No option was chosen.</i>", s.body), ""])
    because = markup(d.rationale) if d.rationale else "<i>no rationale recorded</i>"
    rows.append([rich(f"<b>Because:</b> {because}", s.body), ""])
    spans = [("SPAN", (0, r), (-1, r)) for r in range(1, len(rows))]
    inner = [
        *spans,
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
    ]
    return boxed(rows, [FRAME_WIDTH - 150, 150], inner)


def _roles(report: TradeoffReport, s: Styles) -> Table:
    """Date and the DACI roles in a grid: two label-value pairs a row."""
    d = report.daci
    pairs = [
        ("Date", long_date(report.date)),
        ("Decide by", d.deadline),
        ("Driver", d.driver),
        ("Approver", d.approver),
        ("Contributors", d.contributors),
        ("Informed", d.informed),
    ]
    rows: Rows = []
    for index in range(0, len(pairs), 2):
        row: list[Flowable | str] = []
        for label, value in pairs[index : index + 2]:
            row += [text(label, s.cell_bold), or_missing(value, "not named", s)]
        rows.append(row)
    label_w = 74.0
    value_w = FRAME_WIDTH / 2 - label_w
    return table(rows, [label_w, value_w, label_w, value_w], head=False, rules=False)


def _context(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Context", s.h2, room=60)
    flow += [rich(f"<b>Question:</b> {markup(report.title)}", s.body)]
    for field in report.context:
        flow.append(rich(f"<b>{markup(field.label, bold=True)}:</b> {markup(field.value)}", s.body))
    return flow


def _drivers(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Decision drivers", s.h2, room=70)
    weighted = sorted(report.criteria, key=lambda c: -c.weight)
    if weighted:
        listed = " · ".join(
            f"{markup(c.name)} " + (f"<b>×{c.weight}</b>" if c.weight else "<i>not weighted</i>")
            for c in weighted
        )
        flow.append(rich(f"<b>Criteria, by weight (1–5):</b> {listed}", s.body))
    else:
        flow.append(text("No criteria were set.", s.note))
    placed = [r for r in report.sliders if r.agreed]
    if placed:
        order = " · ".join(f"<b>{r.agreed}</b>&nbsp;{markup(r.name)}" for r in placed)
        line = f"<b>Trade-off sliders, agreed, 1 most flexible to {len(report.sliders)} least:</b>"
        flow.append(rich(f"{line} {order}", s.body))
        widest = max((r for r in report.sliders if r.gap), key=lambda r: r.gap or 0, default=None)
        if widest is not None:
            flow.append(
                rich(
                    f"Product and engineering ranked {markup(widest.name)} furthest apart: "
                    f"product {widest.product}, engineering {widest.engineering}.",
                    s.note,
                )
            )
    else:
        flow.append(text("The trade-off sliders were not agreed.", s.note))
    return flow


def _considered(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Options considered", s.h2, room=110)
    if not report.options:
        return [*flow, text("No options were recorded.", s.note)]
    labels = ("Option", "Estimate", "Score", "Rank", "Value/effort")
    rows: Rows = [heads(labels, s, right=(2, 3))]
    most = figure(report.max_total)
    for option in report.ranked:
        tags = []
        if option.chosen:
            tags.append("<b>chosen</b>")
        if option.datum:
            tags.append("baseline")
        tag = " " + muted(f"({', '.join(tags)})") if tags else ""
        score = f"<b>{figure(option.total)}</b> of {most}<br/>{percent(option.percent)}"
        rows.append(
            [
                rich(option_name(option) + tag, s.cell),
                or_missing(option.estimate, "no estimate", s),
                rich(score, s.cell_right) if report.scored else text("–", s.cell_right),
                text(str(option.rank) if report.scored else "–", s.cell_right),
                or_missing(option.quadrant, "not placed", s),
            ]
        )
    widths = [FRAME_WIDTH - 330, 130, 62, 38, 100]
    flow.append(table(rows, widths))
    rejected = report.rejected
    if rejected:
        flow += heading("Rejected alternatives", s.h2, room=50)
        for option in rejected:
            why = markup(option.why_not) if option.why_not else "<i>no reason recorded</i>"
            flow.append(Paragraph(f"{option_name(option)} — {why}", s.bullet, bulletText="•"))
    return flow


def _consequences(report: TradeoffReport, s: Styles) -> list[Flowable]:
    d = report.decision
    flow = heading("Consequences", s.h2, room=60)
    for label, value in (("Good", d.good), ("Bad", d.bad)):
        shown = markup(value) if value else "<i>none recorded</i>"
        flow.append(rich(f"<b>{label}:</b> {shown}", s.body))
    flow += heading("Accepted debt and payback", s.h2, room=40)
    flow.append(text(d.debt, s.body) if d.debt else text("None recorded.", s.note))
    flow += heading("Revisit if", s.h2, room=40)
    flow.append(text(d.revisit, s.body) if d.revisit else text("No trigger recorded.", s.note))
    return flow


def consent(poll: Histogram, s: Styles) -> list[Flowable]:
    line = fist_line(poll, "Consent", "No consent check was recorded.", blocks=True)
    return fist_of_five(text("Consent", s.h2), poll, line, "decision", s)


def actions(report: TradeoffReport, s: Styles) -> list[Flowable]:
    flow = heading("Actions", s.h2, room=70)
    if not report.actions:
        return [*flow, text("No actions were recorded.", s.note)]
    # Owned in pairs, both owners share the owner column.
    rows = [
        ActionRow(a.what, " & ".join(o for o in (a.owner, a.co_owner) if o), a.due, a.done_when)
        for a in report.actions
    ]
    return [*flow, action_table(rows, OWNER_W, DUE_W, s)]
