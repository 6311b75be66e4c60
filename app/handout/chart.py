"""The confidence histogram: a small bar chart of the fist-of-five poll, concerns marked."""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String

from app.handout.styles import CONCERN_COLOUR, CONFIDENT_COLOUR, INK, MUTED, RULE, styles
from facilitation.premortem_report import Histogram

WIDTH, HEIGHT = 220.0, 140.0


def histogram_drawing(poll: Histogram) -> Drawing:
    """Bars per value with the count above each; bars at or below the concern line are orange."""
    fonts = styles().fonts
    drawing = Drawing(WIDTH, HEIGHT)
    # The renderer starts from these; left alone it names Helvetica, which is never embedded.
    drawing.initialFontName, drawing.initialFontSize = fonts.regular, 8
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 34, WIDTH - 36, HEIGHT - 48
    chart.data = [[count for _, count in poll.counts]]
    chart.strokeColor = None
    chart.barWidth = 10
    chart.groupSpacing = 8
    chart.bars.strokeColor = None
    for index, (value, _) in enumerate(poll.counts):
        concern = value <= poll.concern_max
        chart.bars[(0, index)].fillColor = CONCERN_COLOUR if concern else CONFIDENT_COLOUR

    top = max((count for _, count in poll.counts), default=0)
    step = max(1, -(-top // 5))  # at most about five gridlines, whole people only
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-top // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = None
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = MUTED

    chart.categoryAxis.categoryNames = [str(value) for value, _ in poll.counts]
    chart.categoryAxis.strokeColor = INK
    chart.categoryAxis.labels.fontName = fonts.bold
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.fillColor = INK

    chart.barLabelFormat = lambda count: str(int(count)) if count else ""
    chart.barLabels.fontName = fonts.bold
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 6
    drawing.add(chart)

    caption = String(chart.x + chart.width / 2, 6, "fingers shown (0–5)", textAnchor="middle")
    caption.fontName, caption.fontSize, caption.fillColor = fonts.regular, 8, MUTED
    drawing.add(caption)
    return drawing
