"""The problem-definition handout after page one: how the room got to its statement."""

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from app.handout.blocks import (
    Commands,
    Rows,
    column_widths,
    heads,
    missing,
    muted,
    plural,
    rich,
    table,
    text,
)
from app.handout.fonts import markup
from app.handout.pagination import empty_section, first_rows_height, opening_height, section
from app.handout.problem_map import map_drawing
from app.handout.retro_parts import card_list, halves_section
from app.handout.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    SHADE,
    TABLE_CELLS,
    Styles,
    role_tag,
)
from facilitation.problem_report import Assumption, ProblemReport
from facilitation.report_readers import CardLine
from facilitation.roles import Role

GUARDRAIL_TINT = colors.HexColor("#FBE3D0")


def _tagged(role: Role, value: str, *, bold: bool = False) -> str:
    """`value` behind the chip of the role of whoever wrote it, as markup."""
    return f"{role_tag(role)}&nbsp;{markup(value, bold=bold)}"


def _card_markup(card: CardLine, *, dots: bool = False, bold: bool = False) -> str:
    line = _tagged(card.role, card.text, bold=bold)
    if dots and card.dots:
        line += " " + muted(f"({plural(card.dots, 'dot')})")
    return line


def _card(card: CardLine, s: Styles, *, dots: bool = False) -> Paragraph:
    return rich(_card_markup(card, dots=dots), s.cell)


# ----- the ask, reframed -----------------------------------------------------------------------


def reframe(report: ProblemReport, s: Styles) -> list[Flowable]:
    rows: Rows = [
        [
            text("The ask as it arrived", s.cell_head),
            text("Reframed: what people struggle with", s.cell_head),
        ],
        [
            text(report.original_ask, s.cell)
            if report.original_ask
            else rich(missing("not recorded"), s.cell),
            text(report.reframed, s.cell)
            if report.reframed
            else rich(missing("not reframed"), s.cell),
        ],
    ]
    flow = halves_section("From the ask to the problem", rows, s)
    if report.evidence_reads:
        flow += section("Evidence to hand", s.label, 30)
        flow += [
            Paragraph(markup(line), s.bullet, bulletText="•") for line in report.evidence_reads
        ]
    return flow


# ----- W4 board --------------------------------------------------------------------------------


def w4_board(report: ProblemReport, s: Styles) -> list[Flowable]:
    title = "W4 board: who, what, why, where"
    columns = report.w4
    if not any(c.cards for c in columns):
        return empty_section(title, "The W4 board stayed empty.", s)
    width = FRAME_WIDTH / len(columns)
    rows: Rows = [heads([c.name for c in columns], s)]
    rows.append([rich(muted(markup(c.hint)), s.cell_small) for c in columns])
    depth = max(len(c.cards) for c in columns)
    for i in range(depth):
        rows.append([_card(c.cards[i], s, dots=True) if i < len(c.cards) else "" for c in columns])
    style: Commands = [
        ("LINEBEFORE", (1, 0), (-1, -1), 0.4, MUTED),
        ("LINEBELOW", (0, 1), (-1, 1), 0.4, MUTED),
    ]
    note = (
        "Each card behind the role of whoever wrote it; the dots on What cards chose the one "
        "to dig into."
    )
    flow = [
        *section(title, s.h1, first_rows_height(rows, [width] * len(columns), 3) + 20),
        text(note, s.note),
    ]
    return [*flow, table(rows, [width] * len(columns), style, rules=False)]


# ----- root cause ------------------------------------------------------------------------------


def root_cause(report: ProblemReport, s: Styles) -> list[Flowable]:
    title = "Root cause"
    chain = report.chain
    if chain.symptom is None:
        return empty_section(
            title, "No What card got a dot, so the room did not dig for a root cause.", s
        )
    rows: Rows = [
        [
            text("Symptom", s.cell_bold),
            rich(
                _card_markup(chain.symptom)
                + " "
                + muted(f"(the What card with the most dots: {chain.symptom.dots})"),
                s.cell,
            ),
        ]
    ]
    for index, why in enumerate(chain.whys, start=1):
        if index < len(chain.whys):
            rows.append([text(f"Why? {index}", s.cell_bold), _card(why, s)])
        else:  # the deepest answer is the root cause
            label = rich(f"Root cause<br/>{muted(f'Why? {index}')}", s.cell_bold)
            rows.append([label, rich(f"<b>{_card_markup(why, bold=True)}</b>", s.cell)])
    style: Commands = []
    if chain.whys:
        style = [("BACKGROUND", (0, -1), (-1, -1), SHADE), ("BOX", (0, -1), (-1, -1), 1, INK)]
    widths = column_widths(70, None)
    # The chain reads as one: kept on one page, under its heading, unless it is very long.
    height = first_rows_height(rows, widths, len(rows))
    whole = height < FRAME_HEIGHT * 0.7
    if whole:
        style.append(("NOSPLIT", (0, 0), (-1, -1)))
    room = height if whole else first_rows_height(rows, widths, 3)
    flow = [*section(title, s.h1, room), _plain_table(rows, widths, style)]
    if not chain.whys:
        flow.append(text("Nobody asked why yet.", s.note))
    return flow


# ----- assumption map --------------------------------------------------------------------------


def assumption_map(report: ProblemReport, s: Styles) -> list[Flowable]:
    title = "Assumption map"
    amap = report.map
    if not amap.assumptions:
        return empty_section(title, "No assumption was written down.", s)
    drawing = map_drawing(amap)
    unplaced = len(amap.assumptions) - len(amap.placed)
    explain = (
        f"Each assumption placed by how much evidence we have ({markup(amap.x_low.lower())} to "
        f"{markup(amap.x_high.lower())}) and how important it is to success "
        f"({markup(amap.y_low.lower())} to {markup(amap.y_high.lower())}). "
        f"The tinted corner, <b>{markup(amap.quadrants[0])}</b>, holds what matters most and "
        "is known least: those assumptions are tested before anything is built."
    )
    if unplaced:
        explain += f"<br/><br/>{plural(unplaced, 'assumption')} not placed yet: listed below."
    side = table(
        [[drawing, rich(explain, s.body)]],
        [drawing.width + 16, FRAME_WIDTH - drawing.width - 16],
        [("VALIGN", (1, 0), (1, 0), "MIDDLE")],
        head=False,
    )
    flow: list[Flowable] = [KeepTogether([*section(title, s.h1, 40), side])]
    flow += _leaps(amap.leaps_of_faith, s)
    flow += _every_assumption(amap.assumptions, s)
    return flow


def _leaps(leaps: tuple[Assumption, ...], s: Styles) -> list[Flowable]:
    title = "Leaps of faith, and how we will test them"
    if not leaps:
        return [
            *section(title, s.h2, 20),
            text("No assumption is both important and unproven.", s.note),
        ]
    rows: Rows = [heads(("#", "Assumption", "Kind"), s)]
    style: Commands = []
    for a in leaps:
        rows.append(
            [text(str(a.number), s.cell_bold), _assumption(a, s), text(a.kind or "–", s.cell)]
        )
        # The test on a full-width line of its own: a long plan must not make a row too tall.
        test = markup(a.test) if a.test else missing("needs a test")
        rows.append(["", rich(f"<b>How we will test it:</b> {test}", s.cell)])
        last = len(rows) - 1
        style += [("SPAN", (1, last), (-1, last)), ("TOPPADDING", (0, last), (-1, last), 0)]
        style.append(("LINEBELOW", (0, last), (-1, last), 0.4, MUTED))
    widths = column_widths(20, None, 70)
    head = section(title, s.h2, first_rows_height(rows, widths, 3))
    return [*head, table(rows, widths, style, rules=False)]


def _assumption(a: Assumption, s: Styles) -> Paragraph:
    return rich(_tagged(a.role, a.text), s.cell)


def _every_assumption(items: tuple[Assumption, ...], s: Styles) -> list[Flowable]:
    rows: Rows = [
        heads(
            ("#", "Assumption", "Kind", "Evidence", "Importance", "Where it landed"),
            s,
            right=(3, 4),
        )
    ]
    for a in items:
        rows.append(
            [
                text(str(a.number), s.cell_bold),
                _assumption(a, s),
                text(a.kind or "–", s.cell),
                text(str(a.evidence) if a.evidence else "–", s.cell_right),
                text(str(a.importance) if a.importance else "–", s.cell_right),
                text(a.quadrant, s.cell) if a.quadrant else rich(missing("not placed"), s.cell),
            ]
        )
    widths = column_widths(20, None, 58, 50, 62, 100)
    return [
        *section("Every assumption", s.h2, first_rows_height(rows, widths)),
        table(rows, widths),
    ]


# ----- how might we, metrics, what is left open ------------------------------------------------


def hmw(report: ProblemReport, s: Styles) -> list[Flowable]:
    title = "How might we…"
    if not report.hmw:
        return empty_section(title, "No “How might we” question was written.", s)
    note = "Questions that open the solution space without picking a solution"
    note += ", most dots first." if report.hmw_voted else "."
    body = card_list(report.hmw, s, dots=report.hmw_voted)
    first = opening_height(body) + 20
    return [*section(title, s.h1, first), text(note, s.note), body]


def metrics(report: ProblemReport, s: Styles) -> list[Flowable]:
    title = "Success metrics"
    if not report.metrics:
        return empty_section(title, "No success metric was agreed.", s)
    rows: Rows = [heads(("Metric", "Kind", "Baseline", "Target", "By", "Owner"), s)]
    style: Commands = []
    for m in report.metrics:
        kind = text(m.kind, s.cell_bold if m.guardrail else s.cell)
        rows.append(
            [
                text(m.metric, s.cell_bold),
                kind,
                _or_dash(m.baseline, s),
                _or_dash(m.target, s),
                _or_dash(m.by, s),
                _or_dash(m.owner, s),
            ]
        )
        if m.guardrail:
            style.append(("BACKGROUND", (0, len(rows) - 1), (-1, len(rows) - 1), GUARDRAIL_TINT))
    note = "How we will know it worked, agreed by both sides before anyone builds."
    if any(m.guardrail for m in report.metrics):
        note += " The shaded guardrail is a number we must not harm on the way."
    else:
        note += " No guardrail metric was named."
    widths = column_widths(None, 58, 64, 80, 86, 76)
    flow = [*section(title, s.h1, first_rows_height(rows, widths) + 20), text(note, s.note)]
    return [*flow, table(rows, widths, style)]


def _plain_table(rows: Rows, widths: list[float], style: Commands) -> Table:
    """A table without a head whose rows never split: each is a card, shorter than a page."""
    result = Table(rows, colWidths=widths)
    result.setStyle(TableStyle([*TABLE_CELLS, *style]))
    return result


def _or_dash(value: str, s: Styles) -> Paragraph:
    return text(value or "–", s.cell)


def left_open(report: ProblemReport, s: Styles) -> list[Flowable]:
    """Non-goals, then the parking lot: what was set aside, on purpose or for later."""
    flow: list[Flowable] = []
    for title, cards, empty, note in (
        (
            "Non-goals",
            report.non_goals,
            "No non-goals were listed.",
            "What we are explicitly not solving.",
        ),
        (
            "Parking lot",
            report.parking_lot,
            "Nothing was parked.",
            "Solutions raised during the session, kept for later: none of them was decided.",
        ),
    ):
        if not cards:
            flow += empty_section(title, empty, s)
            continue
        body = card_list(cards, s)
        first = opening_height(body) + 20
        flow += [*section(title, s.h1, first), text(note, s.note), body]
    return flow


# ----- appendix --------------------------------------------------------------------------------


def appendix(report: ProblemReport, s: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    title = "Appendix: what we know, and what we are assuming"
    if not report.evidence_cards:
        flow += empty_section(title, "No evidence or assumption cards were written.", s)
    else:
        flow += section(title, s.h1, 90)
        for group in report.evidence_cards:
            body = card_list(group.cards, s)
            first = opening_height(body)
            flow += [
                *section(f"{group.title} ({plural(len(group.cards), 'card')})", s.h2, first),
                body,
            ]
    title = "Appendix: every draft statement"
    if not report.drafts:
        return flow + empty_section(title, "No draft statement was written.", s)
    rows: Rows = [heads(("Dots", "Draft"), s, right=(0,))]
    style: Commands = []
    for d in report.drafts:
        lines: list[Flowable] = [rich(_tagged(d.role, d.text), s.cell)]
        if d.top:
            top = "<b>Most dots: the final statement started from this draft.</b>"
            lines.append(rich(muted(top), s.cell_small))
        rows.append([text(str(d.dots), s.cell_right), lines])
        if d.job_story:
            # A row of its own, so that a long job story never makes one row too tall.
            story = rich(f"<b>Job story:</b> {markup(d.job_story)}", s.cell_small)
            rows.append(["", story])
            style.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 0))
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.4, MUTED))
    widths = column_widths(34, None)
    note = "Every framing the room wrote, most dots first."
    return [
        *flow,
        *section(title, s.h1, first_rows_height(rows, widths) + 20),
        text(note, s.note),
        table(rows, widths, style, rules=False),
    ]
