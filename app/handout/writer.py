"""Writes a session's PDF handout: A4 pages with a running header and "Page x of y" footer."""

import importlib
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from app.files import write_atomically
from app.handout.fonts import markup
from app.handout.story import Handout
from app.handout.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_FIRST_TOP,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_SIZE,
    RULE,
    styles,
)
from facilitation.dates import long_date
from facilitation.session import Session

# Each method's handout lives in app/handout/<method id>.py, with a `handout(session)` function.
HANDOUT_METHODS = frozenset({"premortem", "retro", "problem", "tradeoff"})


def handout_of(session: Session) -> Handout:
    """The method's handout content for `session`; ValueError for a method without one."""
    if session.method.id not in HANDOUT_METHODS:
        raise ValueError(f"Seam cannot print a handout for {session.method.name} sessions yet.")
    module = importlib.import_module(f"app.handout.{session.method.id}")
    result: Handout = module.handout(session)
    return result


def write_handout(session: Session, path: Path) -> None:
    """Write the handout of `session` to `path`, replacing any file there only once it is whole.

    Raises OSError when the folder is missing or not writable, and ValueError for a method that
    has no handout yet. A failed export leaves no partial file behind.
    """
    content = handout_of(session)
    write_atomically(path, lambda out: _build(content, out))


def _build(report: Handout, out: Any) -> None:
    title = f"{report.method_name}: {report.title}"
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="Seam",
        creator="Seam",
        subject=f"{report.method_name} handout",
        # Otherwise every page names Helvetica in its set-up code, a font we never embed.
        initialFontName=styles().fonts.regular,
        initialFontSize=10,
        initialLeading=14,
    )
    # Page one has no running header (its title is large), so its text may start higher up.
    first_height = PAGE_SIZE[1] - MARGIN_FIRST_TOP - MARGIN_BOTTOM
    # No frame padding: tables are FRAME_WIDTH wide and line up with the text and the header.
    flush = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}
    first = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, first_height, id="first", **flush)
    later = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_WIDTH, doc.height, id="body", **flush)
    doc.addPageTemplates(
        [
            PageTemplate(id="first", frames=[first], autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=[later], onPage=_Header(title).draw),
        ]
    )
    footer = report.footer or f"{report.method_name} handout, {long_date(report.date)}"
    doc.build(report.story, canvasmaker=partial(NumberedCanvas, footer=footer))


class _Header:
    """The session title above every page after the first."""

    def __init__(self, title: str) -> None:
        self.title = title

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        style = styles().running
        line = _one_line(self.title, style, FRAME_WIDTH)
        _, height = line.wrap(FRAME_WIDTH, 100)
        top = PAGE_SIZE[1] - 12 * mm
        canvas.saveState()
        line.drawOn(canvas, MARGIN_X, top - height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - height - 3, MARGIN_X + FRAME_WIDTH, top - height - 3)
        canvas.restoreState()


def _one_line(value: str, style: Any, width: float) -> Paragraph:
    """`value` cut with an ellipsis until it fits one line of `width`."""
    cut = len(value)
    while True:
        shown = value if cut == len(value) else value[:cut].rstrip() + "…"
        line = Paragraph(markup(shown), style)
        line.wrap(width, 100)
        if len(line.blPara.lines) <= 1 or cut <= 1:
            return line
        cut = cut * 9 // 10


class NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say how many pages there are."""

    def __init__(self, *args: Any, footer: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setFont(styles().fonts.regular, 8.5)
        self.setFillColor(MUTED)
        baseline = 10 * mm
        page = f"Page {self._pageNumber} of {total}"
        self.drawRightString(MARGIN_X + FRAME_WIDTH, baseline, page)
        self.drawString(MARGIN_X, baseline, self._footer)
        self.restoreState()
