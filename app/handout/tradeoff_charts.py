"""The trade-off handout's charts: the value/effort 2×2 and the trade-off sliders.

Options appear in the charts by their letter only; the table beside each chart names them and
prints every position as a number, so nothing is read from a position or a colour alone.
"""

import math

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.handout.chart import empty_drawing, label
from app.handout.styles import FRAME_WIDTH, INK, MUTED, ROLE_COLOURS, RULE, WHITE, styles
from facilitation.roles import Role
from facilitation.tradeoff_report import (
    FILL_INS,
    MAJOR_PROJECTS,
    MONEY_PITS,
    QUICK_WINS,
    OptionRow,
    SliderRow,
)

QUICK_TINT = colors.HexColor("#E6F2E6")  # quick wins: worth a look first
PIT_TINT = colors.HexColor("#F8E6E3")  # money pits: the ones to avoid
CHOSEN = colors.HexColor("#1A1A1A")
OTHER = colors.HexColor("#5B6B7A")
MARKER_R = 8.0


def _text(
    x: float,
    y: float,
    value: str,
    *,
    size: float = 8,
    bold: bool = False,
    colour: Color = MUTED,
    anchor: str = "start",
) -> String:
    fonts = styles().fonts
    return label(x, y, value, fonts.bold if bold else fonts.regular, size, colour, anchor)


def _fitted(value: str, width: float, size: float, *, bold: bool = False) -> str:
    """`value` cut with an ellipsis until it fits `width` points."""
    fonts = styles().fonts
    font = fonts.bold if bold else fonts.regular
    cut = value
    while cut and stringWidth(cut if cut == value else cut + "…", font, size) > width:
        cut = cut[:-1].rstrip()
    return value if cut == value else cut + "…"


# ----- value/effort 2×2 ------------------------------------------------------------------------

PLOT_W, PLOT_H = 250.0, 230.0


def _week_axis(most: float) -> tuple[float, float]:
    """The effort axis's end and its tick step: whole weeks, about five ticks."""
    top = max(1.0, most)
    step = max(1.0, float(math.ceil(top / 5)))
    return step * math.ceil(top / step + 0.25), step


def value_effort_drawing(
    options: tuple[OptionRow, ...], value_split: float, effort_split: float
) -> Drawing:
    """Options placed by effort (across) and value (up), quadrants named and split as reported."""
    placed = [o for o in options if o.effort_weeks is not None]
    drawing = empty_drawing(PLOT_W, PLOT_H)
    left, bottom, right, top = 36.0, 34.0, PLOT_W - 8, PLOT_H - 8
    width, height = right - left, top - bottom
    x_max, x_step = _week_axis(max((o.effort_weeks or 0 for o in placed), default=1))

    # Inside the frame by a marker's width, so an option at 0 weeks stays clear of the axis.
    pad = MARKER_R + 3

    def x_at(weeks: float) -> float:
        return left + pad + (width - 2 * pad) * weeks / x_max

    def y_at(value: float) -> float:
        return bottom + pad + (height - 2 * pad) * value / 100

    split_x, split_y = x_at(effort_split), y_at(value_split)
    drawing.add(
        Rect(left, split_y, split_x - left, top - split_y, fillColor=QUICK_TINT, strokeColor=None)
    )
    drawing.add(
        Rect(
            split_x, bottom, right - split_x, split_y - bottom, fillColor=PIT_TINT, strokeColor=None
        )
    )
    drawing.add(Rect(left, bottom, width, height, fillColor=None, strokeColor=INK, strokeWidth=0.6))
    for x, y0, x1, y1 in ((split_x, bottom, split_x, top), (left, split_y, right, split_y)):
        drawing.add(Line(x, y0, x1, y1, strokeColor=MUTED, strokeWidth=0.6, strokeDashArray=[3, 2]))

    for value in range(0, 101, 20):
        drawing.add(_text(left - 3, y_at(value) - 3, f"{value}%", anchor="end", size=7))
    weeks = 0.0
    while weeks <= x_max + 1e-9:
        drawing.add(_text(x_at(weeks), bottom - 10, f"{weeks:g}", anchor="middle", size=7))
        weeks += x_step
    drawing.add(
        _text(left + width / 2, 4, "effort: middle of the estimate, in weeks", anchor="middle")
    )
    y_label = Group(_text(0, 0, "value: % of the maximum score", anchor="middle"))
    y_label.translate(9, bottom + height / 2)
    y_label.rotate(90)
    drawing.add(y_label)

    corners = (
        (left + 4, top - 11, QUICK_WINS, "start"),
        (right - 4, top - 11, MAJOR_PROJECTS, "end"),
        (left + 4, bottom + 4, FILL_INS, "start"),
        (right - 4, bottom + 4, MONEY_PITS, "end"),
    )
    for x, y, name, anchor in corners:
        drawing.add(_text(x, y, name, bold=True, colour=INK, size=8.5, anchor=anchor))

    taken: list[tuple[float, float]] = []
    for option in placed:
        assert option.effort_weeks is not None
        x, y = x_at(option.effort_weeks), y_at(option.percent)
        mark_x, mark_y = x, y
        # Options on (nearly) the same spot: the later marker steps aside, a line shows where.
        while any(math.hypot(mark_x - tx, mark_y - ty) < 2 * MARKER_R + 1 for tx, ty in taken):
            mark_x += 2 * MARKER_R + 2
        if (mark_x, mark_y) != (x, y):
            drawing.add(Circle(x, y, 1.8, fillColor=INK, strokeColor=None))
            drawing.add(Line(x, y, mark_x, mark_y, strokeColor=INK, strokeWidth=0.5))
        taken.append((mark_x, mark_y))
        fill = CHOSEN if option.chosen else OTHER
        ring = Circle(mark_x, mark_y, MARKER_R, fillColor=fill, strokeColor=WHITE, strokeWidth=1)
        drawing.add(ring)
        drawing.add(
            _text(mark_x, mark_y - 3, option.letter, bold=True, colour=WHITE, anchor="middle")
        )
    return drawing


# ----- trade-off sliders -----------------------------------------------------------------------

ROW_H = 40.0
NAME_W = 150.0
GAP_W = 56.0
HEAD_H = 30.0
FOOT_H = 22.0
MARKER_OFFSET = 12.5  # a role marker's centre above or below the track, clear of the agreed one


def slider_drawing(sliders: tuple[SliderRow, ...]) -> Drawing:
    """One row per slider in agreed order: its agreed rank on a track from most to least
    flexible, with product's first ranking marked above the track and engineering's below."""
    count = len(sliders)
    height = HEAD_H + ROW_H * count + FOOT_H
    drawing = empty_drawing(FRAME_WIDTH, height)
    track_left, track_right = NAME_W + 18, FRAME_WIDTH - GAP_W - 18
    step = (track_right - track_left) / max(1, count - 1)

    def x_at(rank: int) -> float:
        return track_left + step * (rank - 1)

    head_y = height - 12
    for rank in range(1, count + 1):
        drawing.add(_text(x_at(rank), head_y, str(rank), bold=True, colour=INK, anchor="middle"))
    drawing.add(_text(track_left, head_y - 11, "most flexible", anchor="middle", size=7.5))
    drawing.add(_text(track_right, head_y - 11, "least flexible", anchor="middle", size=7.5))
    drawing.add(_text(FRAME_WIDTH, head_y, "P–E gap", anchor="end", size=7.5))

    for index, row in enumerate(sliders):
        y = height - HEAD_H - ROW_H * index - ROW_H / 2
        name = _fitted(row.name, NAME_W - 4, 9, bold=True)
        drawing.add(_text(NAME_W, y - 3, name, bold=True, colour=INK, size=9, anchor="end"))
        drawing.add(Line(track_left, y, track_right, y, strokeColor=RULE, strokeWidth=2))
        for rank in range(1, count + 1):
            drawing.add(Circle(x_at(rank), y, 1.6, fillColor=RULE, strokeColor=None))
        if row.product:
            _role_marker(drawing, x_at(row.product), y + MARKER_OFFSET, Role.PRODUCT)
        if row.engineering:
            _role_marker(drawing, x_at(row.engineering), y - MARKER_OFFSET, Role.ENGINEERING)
        if row.agreed:
            x = x_at(row.agreed)
            drawing.add(Circle(x, y, 7, fillColor=INK, strokeColor=WHITE, strokeWidth=1))
            drawing.add(_text(x, y - 3, str(row.agreed), bold=True, colour=WHITE, anchor="middle"))
        gap = "–" if row.gap is None else str(row.gap)
        drawing.add(
            _text(FRAME_WIDTH - 14, y - 3, gap, bold=True, colour=INK, anchor="end", size=9)
        )

    _slider_legend(drawing, NAME_W - 120)
    return drawing


def _role_marker(drawing: Drawing, x: float, y: float, role: Role) -> None:
    """The role's letter on its colour: the letter carries the meaning, the colour helps."""
    box = Rect(x - 5, y - 5, 10, 10, rx=2, ry=2, fillColor=ROLE_COLOURS[role], strokeColor=None)
    drawing.add(box)
    drawing.add(_text(x, y - 3, role.letter, bold=True, colour=WHITE, anchor="middle", size=7.5))


def _slider_legend(drawing: Drawing, x: float) -> None:
    y = 6.0
    drawing.add(Circle(x, y + 3, 6, fillColor=INK, strokeColor=None))
    cursor = x + 10
    words = "agreed rank, numbered"
    drawing.add(_text(cursor, y, words, size=8))
    cursor += stringWidth(words, styles().fonts.regular, 8) + 14
    for role, words in (
        (Role.PRODUCT, "where product ranked it first"),
        (Role.ENGINEERING, "where engineering ranked it first"),
    ):
        drawing.add(
            Rect(cursor, y - 2, 10, 10, rx=2, ry=2, fillColor=ROLE_COLOURS[role], strokeColor=None)
        )
        drawing.add(
            _text(cursor + 5, y, role.letter, bold=True, colour=WHITE, anchor="middle", size=7.5)
        )
        drawing.add(_text(cursor + 14, y, words, size=8))
        cursor += 14 + stringWidth(words, styles().fonts.regular, 8) + 14
