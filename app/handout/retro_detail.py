"""The retro handout after page one: outcomes, follow-up, timeline, themes and the raw cards."""

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph

from app.handout.blocks import (
    Commands,
    Rows,
    column_widths,
    heads,
    missing,
    muted,
    numbers,
    plural,
    rich,
    role_counts,
    table,
    text,
)
from app.handout.fonts import markup
from app.handout.pagination import empty_section, first_rows_height, opening_height, section
from app.handout.retro_parts import card_list, halves_section
from app.handout.styles import FRAME_HEIGHT, MUTED, Styles, role_tag
from facilitation.report_readers import CardGroup
from facilitation.retro_report import RetroReport, ThemeRow


def _intro(title: str, note: str, first: float, s: Styles) -> list[Flowable]:
    return [*section(title, s.h1, first + 30), text(note, s.note)]


# ----- outcomes ----------------------------------------------------------------------------------


def outcomes(report: RetroReport, s: Styles) -> list[Flowable]:
    title = "Outcomes: what we aimed for, and what happened"
    if not report.outcomes:
        flow = empty_section(title, "No success metrics were set.", s)
    else:
        rows: Rows = [
            [text("Target we set", s.cell_head), text("What actually happened", s.cell_head)]
        ]
        for row in report.outcomes:
            actual = (
                text(row.actual, s.cell) if row.actual else rich(missing("not filled in"), s.cell)
            )
            rows.append([text(row.target or "–", s.cell), actual])
        flow = halves_section(title, rows, s, [("LINEBELOW", (0, 1), (-1, -1), 0.4, MUTED)])
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
        flow += empty_section(title, "No earlier action was open.", s)
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
        widths = column_widths(None, 80, 76, 56, 130)
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
        widths = column_widths(None, 80, 78, 170)
        flow += section("Risks we foresaw", s.h2, first_rows_height(rows, widths) + 20)
        flow += [rich(note, s.note), table(rows, widths)]
    return flow


def _said(answer: str, s: Styles) -> Paragraph:
    return text(answer, s.cell_bold) if answer else rich(missing("not reviewed"), s.cell)


# ----- timeline --------------------------------------------------------------------------------


def timeline(report: RetroReport, s: Styles) -> list[Flowable]:
    title = "Timeline: the moments that mattered"
    if not report.timeline:
        return empty_section(title, "No moments were added to the timeline.", s)
    rows: Rows = [heads(("When", "", "What happened"), s)]
    for moment in report.timeline:
        when = text(moment.when, s.cell_bold) if moment.when else rich(missing("no date"), s.cell)
        rows.append([when, rich(role_tag(moment.role), s.cell), text(moment.text, s.cell)])
    widths = column_widths(96, 24, None)
    return [*section(title, s.h1, first_rows_height(rows, widths)), table(rows, widths)]


# ----- every theme -----------------------------------------------------------------------------


def themes(report: RetroReport, s: Styles) -> list[Flowable]:
    title = "Every theme"
    if not report.themes:
        return empty_section(title, "The room formed no themes.", s)
    rows: Rows = [heads(("Dots", "Theme", "Cards", "Circle", "Seam"), s, right=(0,))]
    widths = column_widths(34, None, 70, 70, 86)
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
    split = role_counts(theme.split)
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
        lines.append(Paragraph(f"<b>Why?</b> {markup(why)}", s.numbered, bulletText=f"{index}."))
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
        return empty_section(title, "No cards were written.", s)
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
