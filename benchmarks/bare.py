"""Bare reportlab, the handout benchmark's baseline: what both bare handouts share.

The same TTF font Seam embeds, four plain styles, tables with a grey grid, the role chip the
handout marks each card with, and escaped paragraphs, in a SimpleDocTemplate: none of Seam's
own layout (page templates, headers, "x of y", headings kept with what follows, font fallbacks).
"""

from pathlib import Path
from xml.sax.saxutils import escape

import fontpkg
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from facilitation.roles import ROLE_COLOURS, Role

FONT = "BareAtkinson"
WIDTH = A4[0] - 36 * mm  # the frame between SimpleDocTemplate's margins, as write_bare sets them
_GRID = TableStyle(
    [
        ("FONT", (0, 0), (-1, -1), FONT, 9),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.whitesmoke),
    ]
)


def register_font() -> None:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(fontpkg.path("atkinson-hyperlegible", 400))))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14)
    return {
        "body": body,
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12),
        "h1": ParagraphStyle("h1", parent=body, fontSize=16, leading=20, spaceBefore=12),
        "h2": ParagraphStyle("h2", parent=body, fontSize=12, leading=16, spaceBefore=8),
    }


STYLES = _styles()


def p(text: str, style: str = "cell", trusted: str = "") -> Paragraph:
    """A paragraph of `text`, escaped, after `trusted` markup of the benchmark's own (a chip)."""
    return Paragraph(trusted + escape(text), STYLES[style])


def grid(rows: list[list[object]], widths: list[float]) -> Table:
    """A table with a grey grid, its first row repeated on each page it runs onto."""
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(_GRID)
    return table


def chip(role: Role) -> str:
    """A role chip as the handout marks one: the role's letter, white on its colour."""
    return (
        f'<font backColor="{ROLE_COLOURS[role]}" color="#FFFFFF"><b>&nbsp;{role.letter}'
        "&nbsp;</b></font>"
    )


def write(story: list[Flowable], path: Path) -> None:
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm)
    doc.build(story)
