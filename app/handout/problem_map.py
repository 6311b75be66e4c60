"""The assumption map as a small drawing: evidence across, importance up, numbered points.

The quadrant of leaps of faith (important, little evidence) is tinted; its points are orange, the
others blue, and each carries the number it has in the list printed under the map.
"""

from collections import defaultdict

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Rect
from reportlab.lib import colors

from app.handout.blocks import fitted_lines
from app.handout.chart import empty_drawing, label
from app.handout.styles import CONCERN_COLOUR, CONFIDENT_COLOUR, INK, MUTED, RULE, styles
from facilitation.assumptions import x_high_from, y_high_from
from facilitation.problem_report import AssumptionMap

SIDE = 190.0  # the plot is square
LEFT, BOTTOM = 44.0, 40.0
WIDTH, HEIGHT = LEFT + SIDE + 8, BOTTOM + SIDE + 8
LEAP_TINT = colors.HexColor("#FBE3D0")
RADIUS = 6.5


def map_drawing(amap: AssumptionMap) -> Drawing:
    fonts = styles().fonts
    drawing = empty_drawing(WIDTH, HEIGHT)
    scale = amap.scale
    step = SIDE / len(scale)
    # Where the dividing lines fall: left of the first "high" value on each axis.
    x_line = LEFT + (x_high_from(range(scale[0], scale[-1] + 1)) - scale[0]) * step
    y_line = BOTTOM + (y_high_from(range(scale[0], scale[-1] + 1)) - scale[0]) * step

    drawing.add(
        Rect(
            LEFT,
            y_line,
            x_line - LEFT,
            BOTTOM + SIDE - y_line,
            fillColor=LEAP_TINT,
            strokeColor=None,
        )
    )
    for i in range(len(scale) + 1):
        at = i * step
        drawing.add(
            Line(LEFT + at, BOTTOM, LEFT + at, BOTTOM + SIDE, strokeColor=RULE, strokeWidth=0.4)
        )
        drawing.add(
            Line(LEFT, BOTTOM + at, LEFT + SIDE, BOTTOM + at, strokeColor=RULE, strokeWidth=0.4)
        )
    drawing.add(Line(x_line, BOTTOM, x_line, BOTTOM + SIDE, strokeColor=INK, strokeWidth=1))
    drawing.add(Line(LEFT, y_line, LEFT + SIDE, y_line, strokeColor=INK, strokeWidth=1))
    drawing.add(Rect(LEFT, BOTTOM, SIDE, SIDE, fillColor=None, strokeColor=INK, strokeWidth=0.8))

    corners = (
        (LEFT, x_line, y_line, BOTTOM + SIDE),
        (x_line, LEFT + SIDE, y_line, BOTTOM + SIDE),
        (LEFT, x_line, BOTTOM, y_line),
        (x_line, LEFT + SIDE, BOTTOM, y_line),
    )
    for name, (x0, x1, _, y1) in zip(amap.quadrants, corners, strict=True):
        for n, line in enumerate(fitted_lines(name, fonts.bold, 6.5, x1 - x0 - 6, 2)):
            drawing.add(label(x0 + 3, y1 - 9 - n * 8, line, fonts.bold, 6.5, MUTED))

    for index, value in enumerate(scale):
        middle = (index + 0.5) * step
        drawing.add(
            label(LEFT + middle, BOTTOM - 10, str(value), fonts.regular, 7, MUTED, "middle")
        )
        drawing.add(
            label(LEFT - 6, BOTTOM + middle - 2.5, str(value), fonts.regular, 7, MUTED, "end")
        )
    _axes(drawing, amap, fonts.regular, fonts.bold)
    _points(drawing, amap, step, fonts.bold)
    return drawing


def _axes(drawing: Drawing, amap: AssumptionMap, regular: str, bold: str) -> None:
    drawing.add(label(LEFT, BOTTOM - 21, amap.x_low, regular, 7, MUTED))
    drawing.add(label(LEFT + SIDE, BOTTOM - 21, amap.x_high, regular, 7, MUTED, "end"))
    drawing.add(label(LEFT + SIDE / 2, BOTTOM - 33, amap.x_name, bold, 8, INK, "middle"))
    # The y axis reads bottom to top: its words turned a quarter, (u, v) drawn at (x - v, y + u).
    ends = Group(
        label(0, 0, amap.y_low, regular, 7, MUTED),
        label(SIDE, 0, amap.y_high, regular, 7, MUTED, "end"),
    )
    ends.transform = (0, 1, -1, 0, LEFT - 15, BOTTOM)
    name = Group(label(SIDE / 2, 0, amap.y_name, bold, 8, INK, "middle"))
    name.transform = (0, 1, -1, 0, LEFT - 28, BOTTOM)
    drawing.add(ends)
    drawing.add(name)


def _points(drawing: Drawing, amap: AssumptionMap, step: float, bold: str) -> None:
    """Each placed assumption in its cell; several in one cell sit side by side in rows."""
    cells: dict[tuple[int, int], list[int]] = defaultdict(list)
    for a in amap.placed:
        cells[(a.evidence, a.importance)].append(a.number)
    leaps = {a.number for a in amap.leaps_of_faith}
    low = amap.scale[0]
    for (x, y), numbers in cells.items():
        per_row = min(3, len(numbers))
        gap = min(2 * RADIUS + 2, (step - 4) / per_row)
        for i, number in enumerate(numbers):
            row, col = divmod(i, per_row)
            cx = LEFT + (x - low + 0.5) * step + (col - (per_row - 1) / 2) * gap
            rows = -(-len(numbers) // per_row)
            cy = BOTTOM + (y - low + 0.5) * step - (row - (rows - 1) / 2) * gap
            colour = CONCERN_COLOUR if number in leaps else CONFIDENT_COLOUR
            drawing.add(
                Circle(cx, cy, RADIUS, fillColor=colour, strokeColor=colors.white, strokeWidth=0.8)
            )
            size = 7 if number < 10 else 6
            drawing.add(
                label(cx, cy - size * 0.35, str(number), bold, size, colors.white, "middle")
            )
