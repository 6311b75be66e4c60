"""Pieces the retro and problem-definition handouts share: the header, actions owned in pairs,
polls split by side, card lists with role chips, and headings that keep their first lines."""

from collections.abc import Sequence
from datetime import date
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import DocIf

from app.handout.blocks import Cell, Rows, heads, plural, rich, table, text
from app.handout.fonts import markup
from app.handout.retro_chart import poll_drawing
from app.handout.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MUTED,
    RULE,
    TABLE_CELLS,
    Styles,
    hex_of,
    role_tag,
    styles,
)
from facilitation.dates import long_date
from facilitation.report_readers import ActionItem, CardLine, Owner, RatingPoll, RoleGroup

OWNERS_W, DUE_W, NUMBER_W = 104.0, 88.0, 18.0
CHIP_W, DOTS_W = 22.0, 46.0
Command = tuple[object, ...]  # one table style command


def header(
    title: str, day: date, extra: Sequence[str], people: Sequence[RoleGroup], s: Styles
) -> list[Flowable]:
    """Title, a line of facts (extra facts, date, head count) and the participants by role."""
    count = sum(len(g.names) for g in people)
    meta = [*(e for e in extra if e), long_date(day), plural(count, "participant")]
    flow: list[Flowable] = [text(title, s.title), text(" · ".join(meta), s.meta)]
    if people:
        # One wrapping line of role chips and names: page one has much to hold.
        # A name never breaks inside itself; the line breaks between names.
        groups = [
            f"{role_tag(g.role, word=True)}&nbsp; "
            + markup(", ".join(name.replace(" ", "\u00a0") for name in g.names))
            for g in people
        ]
        flow.append(rich("&nbsp;&nbsp;&nbsp; ".join(groups), people_style()))
    return flow


@cache
def people_style() -> ParagraphStyle:
    return ParagraphStyle("people", parent=styles().cell, leading=15, spaceAfter=2)


@cache
def numbered_cell(*, small: bool = False) -> ParagraphStyle:
    """Table text with room on the left for a number or bullet; `small` for page one's whys."""
    parent = styles().cell_small if small else styles().cell
    ink = {"textColor": styles().cell.textColor}  # small print is muted; numbered lines are not
    return ParagraphStyle(
        "numbered_cell",
        parent=parent,
        leftIndent=13,
        bulletIndent=0,
        bulletFontSize=parent.fontSize,
        **ink,
    )


def muted(trusted: str) -> str:
    return f"<font color='{hex_of(MUTED)}'>{trusted}</font>"


def missing(what: str) -> str:
    """What the room still has to fill in, in small italics."""
    return f"<i>{muted(markup(what))}</i>"


# ----- headings that never sit alone at the foot of a page ------------------------------------


def height_of(flowable: Flowable, width: float = FRAME_WIDTH) -> float:
    """How tall `flowable` lays out at `width`, capped at a page (a long one may split)."""
    return float(min(flowable.wrap(width, FRAME_HEIGHT * 10)[1], FRAME_HEIGHT))


def first_rows_height(
    rows: Rows, widths: Sequence[float], count: int = 2, style: Sequence[Command] = ()
) -> float:
    """The height of a table's first `count` rows: what must fit under its heading.

    Of `style`, the table's own commands, only cell spans among those rows are used.
    """
    spans = [c for c in style if c[0] == "SPAN" and _row_of(c[2]) < count]
    trial = Table(rows[:count], colWidths=list(widths))
    trial.setStyle(TableStyle([*TABLE_CELLS, *spans]))
    return height_of(trial)


def opening_height(body: Table, count: int = 1) -> float:
    """The height of the first `count` rows of a table already built."""
    return first_rows_height(body._cellvalues, body._colWidths, count)


def whole_rows(rows: Rows, widths: Sequence[float]) -> list[Command]:
    """NOSPLIT for each row of a head-less table short enough to move to the next page whole.

    Such a table may split inside a row, which a long text needs; a short row cut in two,
    though, strands a line or two on each page.
    """
    keep: list[Command] = []
    for index, row in enumerate(rows):
        if first_rows_height([row], widths, 1) < FRAME_HEIGHT * 0.4:
            keep.append(("NOSPLIT", (0, index), (-1, index)))
    return keep


def _row_of(cell: object) -> int:
    assert isinstance(cell, tuple)
    return int(cell[1])


def section(title: str, style: ParagraphStyle, first: float) -> list[Flowable]:
    """A heading that moves to the next page unless `first` points of what follows fit under it.

    Like `blocks.heading`, but sized to its content: a heading followed by one short line needs
    little room, one followed by a table needs its head and first row.
    """
    heading = text(title, style)
    need = height_of(heading) + style.spaceBefore + style.spaceAfter + first + 4
    return [CondPageBreak(min(need, FRAME_HEIGHT * 0.6)), heading]


def after_page_one() -> Flowable:
    """Where page one ends: the later pages start on a fresh page, unless page one ran over.

    Then a plain page break would strand the overflow on an almost empty page; the next
    section follows it instead, on a new page only when little room is left.
    """
    return DocIf("doc.page == 1", [PageBreak()], [CondPageBreak(FRAME_HEIGHT * 0.4)])


# ----- actions -------------------------------------------------------------------------------


def _owner_line(owner: Owner, s: Styles) -> Paragraph:
    chip = f"{role_tag(owner.role)}&nbsp;" if owner.role else ""
    return rich(chip + markup(owner.name), s.cell)


def actions_table(actions: Sequence[ActionItem], s: Styles) -> Table:
    """# | what, done when | owners (a pair, each with their role) | due."""
    rows: Rows = [heads(("#", "Action", "Owners", "Due"), s)]
    for action in actions:
        what: list[Flowable] = [text(action.what, s.cell_bold)]
        if action.done_when:
            what.append(rich(f"<b>Done when:</b> {markup(action.done_when)}", s.cell_small))
        elif "check" in action.gaps:
            what.append(rich(missing("needs a check: how we will know it is done"), s.cell_small))
        owners: list[Flowable] = [_owner_line(o, s) for o in action.owners]
        owners += [
            rich(missing(f"needs {_article(gap)} {gap}"), s.cell_small)
            for gap in action.gaps
            if gap.endswith("owner")
        ]
        due = text(action.due, s.cell) if action.due else rich(missing("needs a date"), s.cell)
        rows.append([text(str(action.number), s.cell), what, owners, due])
    what_w = FRAME_WIDTH - NUMBER_W - OWNERS_W - DUE_W
    return table(rows, [NUMBER_W, what_w, OWNERS_W, DUE_W])


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def actions_section(actions: Sequence[ActionItem], s: Styles, title: str) -> list[Flowable]:
    if not actions:
        return [*section(title, s.h2, 20), text("No actions were recorded.", s.note)]
    body = actions_table(actions, s)
    return [*section(title, s.h2, opening_height(body, 2)), body]


# ----- polls ---------------------------------------------------------------------------------


def means_line(poll: RatingPoll) -> str:
    """The average per side, as Paragraph markup; a wide gap between the sides in bold."""
    if not poll.room.total:
        return "No votes were counted."
    if not poll.split:
        mean = poll.sides[0].mean if poll.sides else None
        return f"Average {mean:.1f} from {plural(poll.room.total, 'vote')}."
    parts = [
        f"{side.role.label if side.role else 'Room'} {side.mean:.1f} "
        f"({plural(side.histogram.total, 'vote')})"
        for side in poll.sides
        if side.mean is not None
    ]
    line = "Average: " + ", ".join(parts) + "."
    if poll.wide_gap and poll.gap is not None:
        higher = "Product" if poll.gap > 0 else "Engineering"
        line += f" <b>{higher} rated it {abs(poll.gap):.1f} higher: worth talking about.</b>"
    return line


def poll_block(title: str, poll: RatingPoll, width: float, s: Styles) -> list[Flowable]:
    """A small titled chart with the averages under it, for one column of page one."""
    flow: list[Flowable] = [text(title, s.cell_bold)]
    if poll.room.total:
        flow.append(poll_drawing(poll, width))
    flow.append(rich(means_line(poll), s.cell_small))
    return flow


def polls_side_by_side(blocks: Sequence[tuple[str, RatingPoll]], s: Styles) -> Table:
    """Two or more poll blocks in one row, each in its own column."""
    gap = 14.0
    width = (FRAME_WIDTH - gap * (len(blocks) - 1)) / len(blocks)
    row = [poll_block(title, poll, width - 4, s) for title, poll in blocks]
    widths = [width + (gap if i < len(blocks) - 1 else 0) for i in range(len(blocks))]
    result = Table([row], colWidths=widths)
    pad = [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), gap)]
    result.setStyle(TableStyle([*TABLE_CELLS, *pad, ("RIGHTPADDING", (-1, 0), (-1, 0), 0)]))
    return result


# ----- card lists ----------------------------------------------------------------------------


def card_list(
    cards: Sequence[CardLine], s: Styles, *, where: str = "", dots: bool = False
) -> Table:
    """Cards one per row behind a role chip; `where` labels the muted note after each card."""
    rows: Rows = []
    for card in cards:
        line = markup(card.text)
        if where and card.where:
            line += " " + muted(f"({markup(where)}: {markup(card.where)})")
        cells: list[Cell] = [rich(role_tag(card.role), s.cell), rich(line, s.cell)]
        if dots:
            cells.append(text(plural(card.dots, "dot") if card.dots else "–", s.cell_right))
        rows.append(cells)
    widths = [CHIP_W, FRAME_WIDTH - CHIP_W - (DOTS_W if dots else 0), *([DOTS_W] if dots else [])]
    body = Table(rows, colWidths=widths, splitInRow=1)
    lines = [("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("LEFTPADDING", (0, 0), (0, -1), 0)]
    body.setStyle(TableStyle([*TABLE_CELLS, *lines]))
    return body
