"""The joint-retrospective handout: page one for everyone, then outcomes, follow-up, timeline,
every theme, the cards and the timings. The three questions run along the foot of every page."""

from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from app.handout import detail
from app.handout.blocks import Rows, heads, muted, numbers, plural, rich, shortened, table, text
from app.handout.fonts import markup
from app.handout.pagination import after_page_one, empty_section, first_rows_height, section
from app.handout.retro_detail import about_the_retro, cards, follow_up, outcomes, themes, timeline
from app.handout.retro_parts import actions_section, header, polls_side_by_side
from app.handout.story import Handout
from app.handout.styles import FRAME_WIDTH, Styles, styles
from facilitation.retro_report import RetroReport, ThemeRow, retro_report
from facilitation.session import Session

# Page one should stay one page: long whys and notes are cut there and printed whole later.
WHY_CHARS, NOTES_CHARS = 120, 200
DOTS_W, THEME_W = 30.0, 136.0


def handout(session: Session) -> Handout:
    report = retro_report(session)
    return Handout(
        report.method_name,
        report.title,
        report.date,
        build_story(report),
        footer=" · ".join(report.questions),
    )


def build_story(report: RetroReport) -> list[Flowable]:
    s = styles()
    return [
        *page_one(report, s),
        after_page_one(),
        *outcomes(report, s),
        *follow_up(report, s),
        *timeline(report, s),
        *themes(report, s),
        *about_the_retro(report, s),
        *cards(report, s),
        *detail.timings(report.phase_times, s),
    ]


def page_one(report: RetroReport, s: Styles) -> list[Flowable]:
    title = f"{report.method_name}: {report.title}"
    flow = header(title, report.date, report.completed, report.participants, s, [report.period])
    polls = [("Check-in: how did it go?", report.checkin), ("Was the retro worth it?", report.roti)]
    flow += [Spacer(1, 8), polls_side_by_side(polls, s)]
    flow += actions_section(report.actions, s, "What we will do")
    flow += _top_themes(report.top_themes, s)
    return flow


def _top_themes(themes: Sequence[ThemeRow], s: Styles) -> list[Flowable]:
    title = "What we dug into"
    if not themes:
        return empty_section(title, "No theme was discussed.", s, s.h2)
    labels = ("Dots", "Theme", "Why did it happen? Asked again and again; the deepest answer last")
    rows: Rows = [heads(labels, s, right=(0,))]
    for theme in themes:
        rows.append(
            [text(str(theme.dots), s.cell_right), _theme_cell(theme, s), _why_cell(theme, s)]
        )
    widths = [DOTS_W, THEME_W, FRAME_WIDTH - DOTS_W - THEME_W]
    head = section(title, s.h2, first_rows_height(rows, widths))
    return [*head, table(rows, widths)]


def _theme_cell(theme: ThemeRow, s: Styles) -> list[Flowable]:
    cell: list[Flowable] = [text(theme.name, s.cell_bold)]
    if theme.seam:
        cell.append(rich(f"<b>{theme.seam.name}</b> seam", s.cell_small))
    facts = [theme.circle.name] if theme.circle else []
    facts.append(plural(theme.cards, "card"))
    if theme.actions:
        label = "action" if len(theme.actions) == 1 else "actions"
        facts.append(f"{label} {numbers(theme.actions)}")
    cell.append(rich(" · ".join(facts), s.cell_small))
    return cell


def _why_cell(theme: ThemeRow, s: Styles) -> list[Flowable]:
    cell: list[Flowable] = []
    for index, why in enumerate(theme.whys, start=1):
        deepest = index == len(theme.whys) and index > 1
        words = markup(shortened(why, WHY_CHARS), bold=deepest)
        words = f"<b>{words}</b>" if deepest else words
        cell.append(Paragraph(words, s.numbered_small, bulletText=f"{index}."))
    if not theme.whys:
        cell.append(rich(muted("<i>No why was recorded.</i>"), s.cell))
    if theme.notes:
        notes = markup(shortened(theme.notes, NOTES_CHARS))
        cell.append(rich(f"<b>Notes:</b> {notes}", s.cell_small))
    return cell
