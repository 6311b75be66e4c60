"""Building blocks of the handout: escaped paragraphs, tables with Seam's look, shared cells."""

from collections.abc import Sequence
from datetime import date
from typing import Protocol, TypeAlias

from reportlab.lib.fonts import ps2tt
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from app.handout.fonts import markup
from app.handout.styles import (
    BAND_COLOURS,
    FRAME_WIDTH,
    INK,
    MUTED,
    ROW_RULES,
    RULE,
    SHADE,
    TABLE_CELLS,
    TABLE_HEAD,
    Styles,
    hex_of,
    role_tag,
)
from facilitation.dates import long_date
from facilitation.premortem_report import ActionRow, RiskRow
from facilitation.report_readers import RoleGroup
from facilitation.roles import Role
from facilitation.scoring import Band

# What a table cell holds: one flowable, a stack of them, or "" for an empty cell.
Cell: TypeAlias = "Flowable | list[Flowable] | str"
Rows: TypeAlias = list[list[Cell]]
Command: TypeAlias = tuple[object, ...]  # one table style command
Commands: TypeAlias = list[Command]

# Hairlines under every row of a list without a head (cards, reasons), its chips flush left.
LIST_LINES: Commands = [
    ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ("LEFTPADDING", (0, 0), (0, -1), 0),
]
DRAFT = "draft, exported before the session finished"  # page one, until the session ends


class ScoredRisk(Protocol):
    """A risk as its score cell shows it: the pre-mortem's themes and the trade-off's risks."""

    @property
    def score(self) -> int: ...

    @property
    def band(self) -> Band | None: ...


def heading(value: str, style: ParagraphStyle, room: float = 90) -> list[Flowable]:
    """A heading that starts a new page unless `room` points are left for it and what follows.

    Not reportlab's keepWithNext: that moves a heading and the whole of a long table after it
    to the next page, leaving half a page blank, where this lets the table start below it.
    """
    return [CondPageBreak(room), text(value, style)]


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of user text: escaped, so `<b>` or `&` print as typed."""
    _, bold, italic = ps2tt(style.fontName)
    return Paragraph(markup(value, bold=bool(bold), italic=bool(italic)), style)


def rich(trusted: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of Seam's own markup, whose user parts already went through `markup`."""
    return Paragraph(trusted, style)


def table(
    rows: Rows,
    widths: Sequence[float],
    extra: Sequence[Command] = (),
    *,
    head: bool = True,
    rules: bool = True,
) -> Table:
    """A table with Seam's look; with `head`, the first row is shaded and repeats overleaf, and
    with `rules` a hairline runs under every row.

    A table without a head may split inside a row that is taller than a page; reportlab cannot
    do that under a repeated head (it repeats the head twice), so callers of a table with a
    head keep each of its rows shorter than a page.
    """
    result = Table(
        rows, colWidths=list(widths), repeatRows=1 if head else 0, splitInRow=0 if head else 1
    )
    looks = [*TABLE_CELLS, *(TABLE_HEAD if head else []), *(ROW_RULES if rules and head else [])]
    result.setStyle(TableStyle([*looks, *extra]))
    return result


def heads(labels: Sequence[str], s: Styles, right: Sequence[int] = ()) -> list[Cell]:
    """A head row; columns listed in `right` hold numbers and align right like them."""
    return [
        text(label, s.cell_head_right if index in right else s.cell_head)
        for index, label in enumerate(labels)
    ]


def shortened(value: str, limit: int) -> str:
    """`value`, cut at a word before `limit` characters with an ellipsis, for page one."""
    if len(value) <= limit:
        return value
    return value[:limit].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"


def fitted_lines(
    value: str, font: str, size: float, width: float, most: int, lead: str = ""
) -> list[str]:
    """`value` in at most `most` lines that fit `width` points, broken between words.

    `lead` opens the first line and counts in its width, but is not returned. The text ends in
    an ellipsis where it runs past the last line, or at a word longer than a whole line (cut to
    fit): a name printed whole elsewhere may be cut short here, never split across lines.
    """
    words = value.split()
    lines: list[str] = []
    line, placed = lead, 0
    for word in words:
        trial = f"{line} {word}" if line and not line.endswith(" ") else line + word
        if line.strip() and stringWidth(trial, font, size) > width:
            if len(lines) + 1 == most:
                break
            lines.append(line)
            trial = word
        line, placed = trial, placed + 1
        if stringWidth(line, font, size) > width:
            break  # a word longer than a whole line: it is cut, and the name ends there
    lines.append(line)
    fitted = [_fit_line(each, font, size, width) for each in lines]
    if placed < len(words):
        fitted[-1] = _fit_line(fitted[-1].rstrip(" …,;:.") + "…", font, size, width)
    fitted[0] = fitted[0][len(lead) :]
    return fitted


def _fit_line(line: str, font: str, size: float, width: float) -> str:
    while len(line) > 1 and stringWidth(line, font, size) > width:
        line = line[:-2].rstrip() + "…"
    return line


def column_widths(*fixed: float | None) -> list[float]:
    """Column widths where None takes whatever the fixed columns leave of the frame."""
    rest = FRAME_WIDTH - sum(w for w in fixed if w is not None)
    return [rest if w is None else w for w in fixed]


def muted(trusted: str) -> str:
    """Markup in the muted ink of small print, for asides inside a line."""
    return f"<font color='{hex_of(MUTED)}'>{trusted}</font>"


def missing(what: str) -> str:
    """What the room still has to fill in, in muted italics."""
    return f"<i>{muted(markup(what))}</i>"


def role_counts(split: Sequence[tuple[Role, int]]) -> str:
    """How many cards came from each role, as chips with counts: "P 2 E 1"."""
    return " ".join(f"{role_tag(role)}&nbsp;{count}" for role, count in split)


def numbers(values: Sequence[int]) -> str:
    return ", ".join(str(v) for v in values)


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def score_cell(row: ScoredRisk, s: Styles) -> Paragraph:
    if not row.band:
        return text("–\nnot sized", s.cell_center)
    return rich(f"<b>{row.score}</b><br/>{row.band.value}", s.cell_center)


def band_fill(row: ScoredRisk, first: int, last: int) -> Commands:
    """The band's colour down the score column of rows `first` to `last`."""
    if not row.band:
        return []
    return [("BACKGROUND", (0, first), (0, last), BAND_COLOURS[row.band])]


def or_missing(value: str, absent: str, s: Styles, *, needed: bool = True) -> Paragraph:
    """`value`, or `absent` in small italics when nobody filled in what was `needed`."""
    if value or not needed:
        return text(value, s.cell)
    return rich(f"<i>{absent}</i>", s.cell_small)


def owner_cell(row: RiskRow, s: Styles) -> Paragraph:
    return or_missing(row.owner, "needs an owner", s, needed="owner" in row.gaps)


def due_cell(row: RiskRow, s: Styles) -> Paragraph:
    return or_missing(row.due, "needs a date", s, needed="follow-up date" in row.gaps)


def title_block(
    title: str, day: date, completed: bool, people: Sequence[RoleGroup], s: Styles
) -> list[Flowable]:
    """Page one's title, the date and head count (and "draft" before the session ended), then a
    table of the participants by role."""
    meta = [long_date(day), plural(sum(len(g.names) for g in people), "participant")]
    if not completed:
        meta.append(DRAFT)
    flow: list[Flowable] = [text(title, s.title), text(" · ".join(meta), s.meta)]
    if people:
        rows: Rows = [
            [rich(role_tag(g.role, word=True), s.cell), text(", ".join(g.names), s.cell)]
            for g in people
        ]
        tight = [("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
        flow.append(table(rows, [90, FRAME_WIDTH - 90], tight, head=False))
    return flow


def boxed(rows: Rows, widths: Sequence[float], inner: Sequence[Command] = ()) -> Table:
    """A shaded box with a rule round it, for what page one leads with (verdict, decision,
    statement); `inner` sets the spacing between its rows, the box keeps its own top and foot."""
    look: Commands = [
        ("BACKGROUND", (0, 0), (-1, -1), SHADE),
        ("BOX", (0, 0), (-1, -1), 1, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        *inner,
        ("TOPPADDING", (0, 0), (-1, 0), 8),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]
    return table(rows, widths, look, head=False)


def action_table(actions: Sequence[ActionRow], owner_w: float, due_w: float, s: Styles) -> Table:
    """# | what, with how we know it is done under it | owner | due."""
    rows: Rows = [heads(("#", "What", "Owner", "Due"), s)]
    for index, action in enumerate(actions, start=1):
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
    return table(rows, [20, FRAME_WIDTH - 20 - owner_w - due_w, owner_w, due_w])
