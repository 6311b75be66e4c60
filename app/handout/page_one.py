"""Page one of the handout, for people who read nothing else: who, verdict, risks, actions."""

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from app.handout.blocks import (
    Rows,
    action_table,
    band_fill,
    boxed,
    due_cell,
    heading,
    heads,
    muted,
    numbers,
    owner_cell,
    rich,
    score_cell,
    shortened,
    table,
    text,
    title_block,
)
from app.handout.chart import fist_line
from app.handout.fonts import markup
from app.handout.styles import FRAME_WIDTH, Styles
from facilitation.premortem_report import PremortemReport, RiskRow
from facilitation.report_readers import Histogram

# Fixed widths (pt) for the narrow columns; text columns share what is left of the frame.
SCORE_W, OWNER_DUE_W, OWNER_W, DUE_W = 46.0, 86.0, 100.0, 62.0
MITIGATION_CHARS = 280


def page_one(report: PremortemReport, s: Styles) -> list[Flowable]:
    title = f"{report.method_name}: {report.title}"
    flow = title_block(title, report.date, report.completed, report.participants, s)
    flow += [Spacer(1, 10), _verdict_box(report, s)]
    flow += heading("Top risks", s.h2)
    if report.top_risks:
        flow.append(_top_risks(report.top_risks, s))
    else:
        flow.append(text("No risk was sized in this session.", s.note))
    flow += heading("Actions", s.h2)
    if report.actions:
        flow.append(action_table(report.actions, OWNER_W, DUE_W, s))
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
    inner = [
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 1), (-1, 1), 4),
        ("TOPPADDING", (0, -2), (-1, -2), 4),
    ]
    return boxed(rows, [FRAME_WIDTH], inner)


def confidence_line(poll: Histogram) -> str:
    """One sentence on the fist-of-five poll, with the people to follow up in bold."""
    return fist_line(poll, "Confidence in the plan", "No confidence vote was recorded.")


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
            response += " " + muted(f"{label} {numbers(risk.actions)}.")
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
