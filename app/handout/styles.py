"""Every paragraph style, colour and table look of the handout, in one place."""

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from app.handout.fonts import PRIMARY_REGULAR, FontSet, register_fonts
from facilitation.roles import ROLE_COLOURS as ROLE_HEX
from facilitation.roles import Role
from facilitation.scoring import Band

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm  # room for the running header
MARGIN_FIRST_TOP = 15 * mm  # page one has no running header
MARGIN_BOTTOM = 20 * mm  # room for the page footer
FRAME_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM  # of every page after the first

INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")  # still 7:1 on white, so small print stays legible
RULE = colors.HexColor("#B8B8B8")
SHADE = colors.HexColor("#F0F2F4")  # table heads and the verdict box
WHITE = colors.white

# The shared role palette (facilitation.roles); the letter is always printed too, so a
# black-and-white copy loses nothing.
ROLE_COLOURS: dict[Role, Color] = {role: colors.HexColor(hex_) for role, hex_ in ROLE_HEX.items()}

# Light tints that darken with the band, so grey print keeps the order; the word is printed too.
BAND_COLOURS: dict[Band, Color] = {
    Band.LOW: colors.HexColor("#DCEBF5"),
    Band.MEDIUM: colors.HexColor("#FBD38D"),
    Band.HIGH: colors.HexColor("#EE9A84"),
}

CONCERN_COLOUR = colors.HexColor("#C75B12")  # histogram bars at 2 or below
CONFIDENT_COLOUR = colors.HexColor("#4A7FB0")


def hex_of(colour: Color) -> str:
    return "#" + colour.hexval()[2:]


def role_tag(role: Role, *, word: bool = False) -> str:
    """A coloured chip with the role's letter (or word), as Paragraph markup."""
    label = role.label if word else role.letter
    return (
        f'<font backColor="{hex_of(ROLE_COLOURS[role])}" color="#FFFFFF">'
        f"<b>&nbsp;{label}&nbsp;</b></font>"
    )


@dataclass(frozen=True)
class Styles:
    fonts: FontSet
    title: ParagraphStyle
    meta: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    note: ParagraphStyle
    label: ParagraphStyle
    verdict: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle
    numbered: ParagraphStyle  # table text with room on the left for a number or bullet
    numbered_small: ParagraphStyle  # the same, smaller, for page one's whys
    people: ParagraphStyle  # page one's wrapping line of role chips and names
    statement: ParagraphStyle  # the agreed problem statement
    statement_long: ParagraphStyle  # a size smaller, so a long statement keeps page one one page
    running: ParagraphStyle


@cache
def styles() -> Styles:
    """The handout's styles; body text 10 pt on 14 pt leading, table text 9 on 12.5.

    No style keeps with the next flowable; `blocks.heading` guards against orphaned headings.
    """
    fonts = register_fonts()
    regular, bold = fonts.regular, fonts.bold
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,  # reportlab's default is Helvetica, which is never embedded
        fontSize=10,
        leading=14,
        textColor=INK,
        spaceAfter=6,
        # reportlab lets a ragged-right line run up to 5% of its spaces past the edge; on paper
        # that pushes text into a cell's padding or off the column.
        spaceShrinkage=0,
    )
    h2 = ParagraphStyle(
        "h2",
        parent=body,
        fontName=bold,
        fontSize=11.5,
        leading=15,
        spaceBefore=10,
        spaceAfter=4,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=12.5, spaceAfter=0)
    cell_head = ParagraphStyle("cell_head", parent=cell, fontName=bold, fontSize=8.5)
    cell_small = ParagraphStyle(
        "cell_small", parent=cell, fontSize=8.5, leading=11.5, textColor=MUTED
    )
    verdict = ParagraphStyle(
        "verdict", parent=body, fontName=bold, fontSize=16, leading=20, spaceAfter=2
    )
    return Styles(
        fonts=fonts,
        title=ParagraphStyle(
            "title", parent=body, fontName=bold, fontSize=20, leading=25, spaceAfter=4
        ),
        meta=ParagraphStyle("meta", parent=body, textColor=MUTED, spaceAfter=10),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=bold,
            fontSize=15,
            leading=19,
            spaceBefore=14,
            spaceAfter=6,
        ),
        h2=h2,
        body=body,
        note=ParagraphStyle("note", parent=body, fontSize=9, leading=12.5, textColor=MUTED),
        label=ParagraphStyle("label", parent=body, fontName=bold, spaceBefore=4, spaceAfter=1),
        verdict=verdict,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=16, bulletIndent=3, spaceAfter=2),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_small=cell_small,
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        numbered=_numbered(cell),
        # Small print is muted; numbered lines are not.
        numbered_small=_numbered(cell_small, textColor=INK),
        people=ParagraphStyle("people", parent=cell, leading=15, spaceAfter=2),
        statement=_statement(verdict, 15),
        statement_long=_statement(verdict, 12.5),
        running=ParagraphStyle(
            "running", parent=body, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=0
        ),
    )


def _numbered(parent: ParagraphStyle, **changes: object) -> ParagraphStyle:
    return ParagraphStyle(
        f"{parent.name}_numbered",
        parent=parent,
        leftIndent=13,
        bulletIndent=0,
        bulletFontSize=parent.fontSize,
        **changes,
    )


def _statement(verdict: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(
        "statement", parent=verdict, fontSize=size, leading=size * 1.3, spaceAfter=4
    )


# Shared table look: padding that keeps text off the rules; a shaded head over hairline rows.
# FONT only matters for plain-string cells, which Seam never uses; without it, though, each table
# names Helvetica in the PDF, a font that is not embedded.
CELL_SIDE_PADDING = 4.0  # left and right inside every table cell
TABLE_CELLS: list[tuple[object, ...]] = [
    ("FONT", (0, 0), (-1, -1), PRIMARY_REGULAR, 9),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_SIDE_PADDING),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
]
TABLE_HEAD: list[tuple[object, ...]] = [
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
]
ROW_RULES: list[tuple[object, ...]] = [("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE)]
