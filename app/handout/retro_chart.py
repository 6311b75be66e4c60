"""A rating poll as grouped bars: product beside engineering (and any other side) per value."""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.handout.chart import dress_bars, empty_drawing, label
from app.handout.styles import CONFIDENT_COLOUR, INK, MUTED, ROLE_COLOURS, styles
from facilitation.report_readers import RatingPoll

HEIGHT = 96.0
LEGEND_H = 14.0  # a line of role keys above the bars


def poll_drawing(poll: RatingPoll, width: float) -> Drawing:
    """Bars per value with the count above each, one colour per side, keyed above the chart.

    The role's name is printed in the key, so a grey copy still tells the sides apart by
    their order within each group.
    """
    fonts = styles().fonts
    drawing = empty_drawing(width, HEIGHT)
    sides = poll.sides or ()
    chart = VerticalBarChart()
    chart.x, chart.y = 24, 30
    chart.width, chart.height = width - 30, HEIGHT - chart.y - LEGEND_H - 8
    series = [[count for _, count in side.histogram.counts] for side in sides]
    chart.data = series or [[0 for _ in poll.scale]]
    chart.strokeColor = None
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 6
    for index, side in enumerate(sides):
        colour = ROLE_COLOURS[side.role] if side.role else CONFIDENT_COLOUR
        chart.bars[index].fillColor = colour

    categories = [str(value) for value in poll.scale]
    dress_bars(chart, categories, gridlines=4, value_size=7.5, count_size=7, nudge=5)
    drawing.add(chart)

    _key(drawing, poll, fonts.regular)
    caption = _caption(poll)
    if caption:
        middle = chart.x + chart.width / 2
        drawing.add(label(middle, 4, caption, fonts.regular, 7.5, MUTED, "middle"))
    return drawing


def _key(drawing: Drawing, poll: RatingPoll, font: str) -> None:
    x, y = 24.0, HEIGHT - LEGEND_H + 3
    for side in poll.sides:
        name = side.role.label if side.role else "Whole room"
        colour = ROLE_COLOURS[side.role] if side.role else CONFIDENT_COLOUR
        drawing.add(Rect(x, y, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(label(x + 11, y + 1, name, font, 7.5, INK))
        x += 11 + stringWidth(name, font, 7.5) + 12


def _caption(poll: RatingPoll) -> str:
    """The scale's ends in words, e.g. "1 = it went badly, 5 = it went great"."""
    if not (poll.low_label and poll.high_label):
        return ""
    low, high = poll.scale[0], poll.scale[-1]
    return f"{low} = {poll.low_label.lower()}, {high} = {poll.high_label.lower()}"
