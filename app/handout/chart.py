"""The fist-of-five poll on paper: a small bar chart with concerns marked, the sentence beside it,
and the parts every bar chart of the handout shares."""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import Color
from reportlab.platypus import Flowable, KeepTogether, Paragraph

from app.handout.blocks import plural, rich, table
from app.handout.styles import (
    CONCERN_COLOUR,
    CONFIDENT_COLOUR,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    Styles,
    styles,
)
from facilitation.report_readers import Histogram

WIDTH, HEIGHT = 220.0, 140.0


def empty_drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer starts from these; left alone it names Helvetica, which is never embedded.
    drawing.initialFontName, drawing.initialFontSize = styles().fonts.regular, 8
    return drawing


def label(
    x: float,
    y: float,
    value: str,
    font: str,
    size: float,
    colour: Color,
    anchor: str = "start",
) -> String:
    """A line of text in a drawing, in one of the handout's registered fonts."""
    return String(x, y, value, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)


def dress_bars(
    chart: VerticalBarChart,
    categories: list[str],
    *,
    gridlines: int,
    value_size: float,
    count_size: float,
    nudge: float,
) -> None:
    """Seam's look for a bar chart of head counts: at most about `gridlines` grid lines at whole
    people, the values named in bold under the bars and each bar's count above it."""
    fonts = styles().fonts
    top = max((count for counts in chart.data for count in counts), default=0)
    step = max(1, -(-top // gridlines))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, -(-top // step) * step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.valueAxis.strokeColor = None
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = value_size
    chart.valueAxis.labels.fillColor = MUTED

    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.strokeColor = INK
    chart.categoryAxis.labels.fontName = fonts.bold
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.fillColor = INK

    chart.barLabelFormat = lambda count: str(int(count)) if count else ""
    chart.barLabels.fontName = fonts.bold
    chart.barLabels.fontSize = count_size
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = nudge


def histogram_drawing(poll: Histogram) -> Drawing:
    """Bars per value with the count above each; bars at or below the concern line are orange."""
    fonts = styles().fonts
    drawing = empty_drawing(WIDTH, HEIGHT)
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
    categories = [str(value) for value, _ in poll.counts]
    dress_bars(chart, categories, gridlines=5, value_size=8, count_size=8, nudge=6)
    drawing.add(chart)

    caption = "fingers shown (0–5)"
    drawing.add(label(chart.x + chart.width / 2, 6, caption, fonts.regular, 8, MUTED, "middle"))
    return drawing


def fist_line(poll: Histogram, lead: str, unvoted: str, *, blocks: bool = False) -> str:
    """One sentence on a fist-of-five poll, as markup, with the people to follow up in bold;
    with `blocks`, anyone showing no finger is named first. `unvoted` when nobody voted."""
    if not poll.total:
        return unvoted
    low, high = poll.counts[0][0], poll.counts[-1][0]
    line = f"{lead}, {low} to {high} fingers: {plural(poll.total, 'vote')}. "
    blocking = dict(poll.counts).get(0, 0) if blocks else 0
    if blocking:
        people = "1 person blocks" if blocking == 1 else f"{blocking} people block"
        line += f"<b>{people} (0 fingers): hear them before acting on this.</b> "
    if not poll.concerns:
        return line + f"Nobody at {poll.concern_max} or below."
    people = "1 person" if poll.concerns == 1 else f"{poll.concerns} people"
    return line + f"<b>{people} at {poll.concern_max} or below: concerns to follow up.</b>"


def fist_of_five(
    title: Paragraph, poll: Histogram, line: str, blocked: str, s: Styles
) -> list[Flowable]:
    """`title`, then the histogram beside `line` (from `fist_line`) and what the fingers mean
    for the `blocked` plan or decision, kept together; just the line when nobody voted."""
    if not poll.total:
        return [title, rich(line, s.note)]
    explain = rich(
        f"{line}<br/><br/>Fist of five: 0 blocks the {blocked}, 1 to "
        f"{poll.concern_max} are concerns that must be heard, {poll.concern_max + 1} or more "
        "can live with it.",
        s.body,
    )
    chart = histogram_drawing(poll)
    side = table([[chart, explain]], [chart.width + 24, FRAME_WIDTH - chart.width - 24], head=False)
    return [KeepTogether([title, side])]
