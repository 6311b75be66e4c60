"""The retro handout after page one: outcomes, follow-up, timeline, themes and the raw cards."""

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from app.handout.blocks import Commands, Rows, heads, numbers, plural, rich, table, text
from app.handout.fonts import markup
from app.handout.retro_parts import (
    card_list,
    first_rows_height,
    missing,
    muted,
    numbered_cell,
    opening_height,
    section,
    whole_rows,
)
from app.handout.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    INK,
    MUTED,
    SHADE,
    Styles,
    role_tag,
)
from facilitation.report_readers import CardGroup
from facilitation.retro_report import RetroReport, ThemeRow


def _intro(title: str, note: str, first: float, s: Styles) -> list[Flowable]:
    return [*section(title, s.h1, first + 30), text(note, s.note)]


# ----- outcomes ----------------------------------------------------------------------------------


def outcomes(report: RetroReport, s: Styles) -> list[Flowable]:
    title = "Outcomes: what we aimed for, and what happened"
    if not report.outcomes:
        flow = [*section(title, s.h1, 20), text("No success metrics were set.", s.note)]
    else:
        half = FRAME_WIDTH / 2
        rows: Rows = [
            [text("Target we set", s.cell_head), text("What actually happened", s.cell_head)]
        ]
        for row in report.outcomes:
            actual = (
                text(row.actual, s.cell) if row.actual else rich(missing("not filled in"), s.cell)
            )
            rows.append([text(row.target or "–", s.cell), actual])
        # No repeating head: targets written as one long text must be free to split across pages.
        looks: Commands = [
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.4, MUTED),
        ]
        body = table(rows, [half, half], [*looks, *whole_rows(rows, [half, half])], head=False)
        flow = [*section(title, s.h1, first_rows_height(rows, [half, half])), body]
    if report.key_events:
        flow += [
            text("Key events named before the session", s.label),
            text(report.key_events, s.body),
        ]
    return flow


# ----- follow-up -------------------------------------------------------------------------------


def follow_up(report: RetroReport, s: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    title = "Last time's actions"
    if not report.earlier_actions:
        flow += [*section(title, s.h1, 20), text("No earlier action was open.", s.note)]
    else:
        labels = ("Action", "Owner", "Did it happen?", "Next time", "Note")
        rows: Rows = [heads(labels, s)]
        for a in report.earlier_actions:
            rows.append(
                [
                    text(a.what, s.cell),
                    text(a.owner or "–", s.cell),
                    _said(a.status, s),
                    text(a.trend or "–", s.cell),
                    text(a.note, s.cell),
                ]
            )
        widths = _widths((None, 80, 76, 56, 130))
        note = (
            "Open actions from this team's earlier sessions: did each happen, and should we do "
            "more of it, keep it, do less or stop?"
        )
        flow += [*_intro(title, note, first_rows_height(rows, widths), s), table(rows, widths)]
    if report.earlier_risks:
        source = ", ".join(f"“{markup(t)}”" for t in report.risk_sources)
        note = "What the linked pre-mortem imagined could sink us: did it come about?"
        if source:
            note = f"What the pre-mortem {source} imagined could sink us: did it come about?"
        rows = [heads(("Risk", "Owner", "Did it happen?", "Note"), s)]
        for r in report.earlier_risks:
            rows.append(
                [
                    text(r.risk, s.cell),
                    text(r.owner or "–", s.cell),
                    _said(r.outcome, s),
                    text(r.note, s.cell),
                ]
            )
        widths = _widths((None, 80, 78, 170))
        flow += section("Risks we foresaw", s.h2, first_rows_height(rows, widths) + 20)
        flow += [rich(note, s.note), table(rows, widths)]
    return flow


def _said(answer: str, s: Styles) -> Paragraph:
    return text(answer, s.cell_bold) if answer else rich(missing("not reviewed"), s.cell)


def _widths(fixed: Sequence[float | None]) -> list[float]:
    """Column widths where None takes whatever the fixed columns leave of the frame."""
    rest = FRAME_WIDTH - sum(w for w in fixed if w is not None)
    return [rest if w is None else w for w in fixed]


# ----- timeline --------------------------------------------------------------------------------


def timeline(report: RetroReport, s: Styles) -> list[Flowable]:
    title = "Timeline: the moments that mattered"
    if not report.timeline:
        return [*section(title, s.h1, 20), text("No moments were added to the timeline.", s.note)]
    rows: Rows = [heads(("When", "", "What happened"), s)]
    for moment in report.timeline:
        when = text(moment.when, s.cell_bold) if moment.when else rich(missing("no date"), s.cell)
        rows.append([when, rich(role_tag(moment.role), s.cell), text(moment.text, s.cell)])
    widths = _widths((96, 24, None))
    return [*section(title, s.h1, first_rows_height(rows, widths)), table(rows, widths)]


# ----- every theme -----------------------------------------------------------------------------


def themes(report: RetroReport, s: Styles) -> list[Flowable]:
    title = "Every theme"
    if not report.themes:
        return [*section(title, s.h1, 20), text("The room formed no themes.", s.note)]
    rows: Rows = [heads(("Dots", "Theme", "Cards", "Circle", "Seam"), s, right=(0,))]
    widths = _widths((34, None, 70, 70, 86))
    style: Commands = []
    heights = [first_rows_height(rows, widths, 1)]  # the head, then each theme's block
    for theme in report.themes:
        first = len(rows)
        rows.append(_theme_row(theme, s))
        for line in _theme_notes(theme, s):
            rows.append(["", line])
            last = len(rows) - 1
            style += [("SPAN", (1, last), (-1, last)), ("TOPPADDING", (0, last), (-1, last), 0)]
        style.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.6, MUTED))
        # One theme reads as one block, kept on one page unless it is longer than most of one.
        block = rows[first:]
        spans = [("SPAN", (1, i), (-1, i)) for i in range(1, len(block))]
        height = first_rows_height(block, widths, len(block), spans)
        heights.append(height)
        if len(rows) - first > 1 and height < FRAME_HEIGHT * 0.7:
            style.append(("NOSPLIT", (0, first), (-1, len(rows) - 1)))
    note = (
        "Every group the room made, most dots first: how many cards it holds and from whom, "
        "whether it is in our control, and the seam it sits on. The whys are in the order asked."
    )
    # The head and the first theme, which is kept whole, must fit under the heading.
    first_block = heights[0] + (heights[1] if heights[1] < FRAME_HEIGHT * 0.7 else 60)
    flow = _intro(title, note, first_block, s)
    return [*flow, table(rows, widths, style, rules=False)]


def _theme_row(theme: ThemeRow, s: Styles) -> list[Flowable | str]:
    split = " ".join(f"{role_tag(role)}&nbsp;{count}" for role, count in theme.split)
    return [
        text(str(theme.dots), s.cell_right),
        text(theme.name, s.cell_bold),
        rich(f"{theme.cards}<br/>{split}" if split else str(theme.cards), s.cell),
        text(theme.circle.name if theme.circle else "–", s.cell),
        text(theme.seam.name if theme.seam else "–", s.cell),
    ]


def _theme_notes(theme: ThemeRow, s: Styles) -> list[Flowable]:
    lines: list[Flowable] = []
    for index, why in enumerate(theme.whys, start=1):
        lines.append(
            Paragraph(f"<b>Why?</b> {markup(why)}", numbered_cell(), bulletText=f"{index}.")
        )
    if theme.notes:
        lines.append(rich(f"<b>Notes:</b> {markup(theme.notes)}", s.cell))
    if theme.actions:
        said = "Action {} answers" if len(theme.actions) == 1 else "Actions {} answer"
        lines.append(rich(muted(said.format(numbers(theme.actions)) + " this theme."), s.cell))
    return lines


# ----- about the retro itself, and the cards ---------------------------------------------------


def about_the_retro(report: RetroReport, s: Styles) -> list[Flowable]:
    """What to keep and change about the retro itself, from the ROTI phase."""
    if not report.keep_change:
        return []
    flow = section("About the retro itself", s.h1, 60)
    return flow + _groups(report.keep_change, s, where="")


def cards(report: RetroReport, s: Styles) -> list[Flowable]:
    flow: list[Flowable] = []
    title = "Appendix: every card, by question"
    note = "Each card as written, behind the writer's role, with the theme it went into."
    if not report.cards_by_column:
        return [*section(title, s.h1, 20), text("No cards were written.", s.note)]
    flow += [*section(title, s.h1, 90), text(note, s.note)]
    flow += _groups(report.cards_by_column, s, where="theme")
    note = "The same cards, grouped as the room grouped them, with the question each answered."
    flow += [*section("Appendix: every card, by theme", s.h1, 90), text(note, s.note)]
    flow += _groups(report.cards_by_theme, s, where="question")
    return flow


def _groups(groups: Sequence[CardGroup], s: Styles, *, where: str) -> list[Flowable]:
    flow: list[Flowable] = []
    for group in groups:
        body = card_list(group.cards, s, where=where)
        first = opening_height(body)
        flow += section(f"{group.title} ({plural(len(group.cards), 'card')})", s.h2, first)
        flow.append(body)
    return flow
