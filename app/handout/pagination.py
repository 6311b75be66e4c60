"""How the handout breaks across pages: heights of what is about to be laid out, and headings
that take their first lines with them instead of sitting alone at the foot of a page."""

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Table, TableStyle
from reportlab.platypus.flowables import DocIf

from app.handout.blocks import Command, Rows, text
from app.handout.styles import FRAME_HEIGHT, FRAME_WIDTH, TABLE_CELLS, Styles


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


def empty_section(
    title: str, sentence: str, s: Styles, style: ParagraphStyle | None = None
) -> list[Flowable]:
    """A section (an h1 unless `style` says otherwise) whose one line says it is empty."""
    return [*section(title, style or s.h1, 20), text(sentence, s.note)]


def after_page_one() -> Flowable:
    """Where page one ends: the later pages start on a fresh page, unless page one ran over.

    Then a plain page break would strand the overflow on an almost empty page; the next
    section follows it instead, on a new page only when little room is left.
    """
    return DocIf("doc.page == 1", [PageBreak()], [CondPageBreak(FRAME_HEIGHT * 0.4)])
