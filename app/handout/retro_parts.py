"""Pieces the retro and problem-definition handouts share: the header, actions owned in pairs,
polls split by side, card lists with role chips, and two columns under a head that never repeats."""

from collections.abc import Sequence
from datetime import date

from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from app.handout.blocks import (
    DRAFT,
    LIST_LINES,
    Cell,
    Command,
    Rows,
    heads,
    missing,
    muted,
    plural,
    rich,
    table,
    text,
)
from app.handout.fonts import markup
from app.handout.pagination import (
    empty_section,
    first_rows_height,
    opening_height,
    section,
    whole_rows,
)
from app.handout.retro_chart import poll_drawing
from app.handout.styles import FRAME_WIDTH, TABLE_CELLS, TABLE_HEAD, Styles, role_tag
from facilitation.dates import long_date
from facilitation.report_readers import ActionItem, CardLine, Owner, RatingPoll, RoleGroup

OWNERS_W, DUE_W, NUMBER_W = 104.0, 88.0, 18.0
CHIP_W, DOTS_W = 22.0, 46.0


def header(
    title: str,
    day: date,
    completed: bool,
    people: Sequence[RoleGroup],
    s: Styles,
    extra: Sequence[str] = (),
) -> list[Flowable]:
    """Title, a line of facts (extra facts, "draft" before the session ended, date, head count)
    and the participants by role."""
    count = sum(len(g.names) for g in people)
    draft = [] if completed else [DRAFT]
    meta = [*(e for e in extra if e), *draft, long_date(day), plural(count, "participant")]
    flow: list[Flowable] = [text(title, s.title), text(" · ".join(meta), s.meta)]
    if people:
        # One wrapping line of role chips and names: page one has much to hold.
        # A name never breaks inside itself, nor leaves its role chip; the line breaks between
        # names.
        groups = [
            f"{role_tag(g.role, word=True)}&nbsp;&nbsp;"
            + markup(", ".join(name.replace(" ", "\u00a0") for name in g.names))
            for g in people
        ]
        flow.append(rich("&nbsp;&nbsp;&nbsp; ".join(groups), s.people))
    return flow


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
        return empty_section(title, "No actions were recorded.", s, s.h2)
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
    return table(rows, widths, LIST_LINES, head=False)


# ----- two columns -----------------------------------------------------------------------------


def halves_section(
    title: str, rows: Rows, s: Styles, rules: Sequence[Command] = ()
) -> list[Flowable]:
    """A section of two equal columns (the ask and its reframe, each target and what happened)
    under a shaded head, with `rules` under the rows.

    The head does not repeat overleaf, so that one long text is free to run onto the next page.
    """
    widths = [FRAME_WIDTH / 2] * 2
    body = table(rows, widths, [*TABLE_HEAD, *rules, *whole_rows(rows, widths)], head=False)
    return [*section(title, s.h1, first_rows_height(rows, widths)), body]
