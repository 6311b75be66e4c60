"""Page one of the handout, for people who read nothing else: who, verdict, risks, actions."""

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.handout.blocks import (
    Rows,
    band_fill,
    due_cell,
    heading,
    heads,
    numbers,
    or_missing,
    owner_cell,
    plural,
    rich,
    score_cell,
    shortened,
    table,
    text,
)
from app.handout.fonts import markup
from app.handout.styles import (
    FRAME_WIDTH,
    INK,
    MUTED,
    SHADE,
    TABLE_CELLS,
    Styles,
    hex_of,
    role_tag,
)
from facilitation.dates import long_date
from facilitation.premortem_report import Histogram, PremortemReport, RiskRow

# Fixed widths (pt) for the narrow columns; text columns share what is left of the frame.
SCORE_W, OWNER_DUE_W, OWNER_W, DUE_W = 46.0, 86.0, 100.0, 62.0
MITIGATION_CHARS = 280


def page_one(report: PremortemReport, s: Styles) -> list[Flowable]:
    people = sum(len(g.names) for g in report.participants)
    meta = [long_date(report.date), plural(people, "participant")]
    if not report.completed:
        meta.append("draft, exported before the session finished")
    flow: list[Flowable] = [
        text(f"{report.method_name}: {report.title}", s.title),
        text(" · ".join(meta), s.meta),
    ]
    if report.participants:
        rows: Rows = [
            [rich(role_tag(g.role, word=True), s.cell), text(", ".join(g.names), s.cell)]
            for g in report.participants
        ]
        tight = [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        flow.append(table(rows, [90, FRAME_WIDTH - 90], tight, head=False))
    flow += [Spacer(1, 10), _verdict_box(report, s)]
    flow += heading("Top risks", s.h2)
    if report.top_risks:
        flow.append(_top_risks(report.top_risks, s))
    else:
        flow.append(text("No risk was sized in this session.", s.note))
    flow += heading("Actions", s.h2)
    if report.actions:
        flow.append(_actions(report, s))
    else:
        flow.append(text("No actions were recorded.", s.note))
    return flow


def _verdict_box(report: PremortemReport, s: Styles) -> Table:
    rows: Rows = [
        [text("Plan verdict", s.cell_head)],
        [text(report.verdict or "No verdict recorded", s.verdict)],
    ]
    for condition in report.conditions:
        if condition.marker:
            rows.append([Paragraph(markup(condition.text), s.bullet, bulletText=condition.marker)])
        else:
            rows.append([text(condition.text, s.body)])
    rows.append([rich(confidence_line(report.confidence), s.note)])
    rows.append([rich(f"<b>Next review:</b> {markup(report.next_review)}", s.note)])
    box = Table(rows, colWidths=[FRAME_WIDTH], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                *TABLE_CELLS,
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("BOX", (0, 0), (-1, -1), 1, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
                ("TOPPADDING", (0, -2), (-1, -2), 4),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return box


def confidence_line(poll: Histogram) -> str:
    """One sentence on the fist-of-five poll, with the people to follow up in bold."""
    if not poll.total:
        return "No confidence vote was recorded."
    low, high = poll.counts[0][0], poll.counts[-1][0]
    line = f"Confidence in the plan, {low} to {high} fingers: {plural(poll.total, 'vote')}. "
    if not poll.concerns:
        return line + f"Nobody at {poll.concern_max} or below."
    people = "1 person" if poll.concerns == 1 else f"{poll.concerns} people"
    return line + f"<b>{people} at {poll.concern_max} or below: concerns to follow up.</b>"


def _top_risks(risks: tuple[RiskRow, ...], s: Styles) -> Table:
    rows: Rows = [heads(("Score", "Risk", "Response", "Owner, due"), s)]
    style = []
    for index, risk in enumerate(risks, start=1):
        response = f"<b>{risk.roam or 'No response yet'}.</b>"
        if risk.mitigation:
            # Page one must stay one page; the register on the next pages has the full text.
            response += " " + markup(shortened(risk.mitigation, MITIGATION_CHARS))
        if risk.actions:
            label = "Action" if len(risk.actions) == 1 else "Actions"
            response += f" <font color='{hex_of(MUTED)}'>{label} {numbers(risk.actions)}.</font>"
        rows.append(
            [
                score_cell(risk, s),
                text(risk.theme, s.cell_bold),
                rich(response, s.cell),
                [owner_cell(risk, s), due_cell(risk, s)],
            ]
        )
        style += band_fill(risk, index, index)
    risk_w = (FRAME_WIDTH - SCORE_W - OWNER_DUE_W) * 0.36
    rest = FRAME_WIDTH - SCORE_W - OWNER_DUE_W - risk_w
    return table(rows, [SCORE_W, risk_w, rest, OWNER_DUE_W], style)


def _actions(report: PremortemReport, s: Styles) -> Table:
    rows: Rows = [heads(("#", "What", "Owner", "Due"), s)]
    for index, action in enumerate(report.actions, start=1):
        what: list[Flowable] = [text(action.what, s.cell)]
        if action.done_when:
            what.append(rich(f"Done when: {markup(action.done_when)}", s.cell_small))
        rows.append(
            [
                text(str(index), s.cell),
                what,
                or_missing(action.owner, "no owner", s),
                or_missing(action.due, "no date", s),
            ]
        )
    what_w = FRAME_WIDTH - 20 - OWNER_W - DUE_W
    return table(rows, [20, what_w, OWNER_W, DUE_W])
