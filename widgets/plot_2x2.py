"""A 2×2 plot: numbered markers on two discrete axes, named quadrants, and a legend of tags.

Plain data in: the frame (axes, scale, quadrant names in reading order, where each axis splits)
and the points. Quadrants are in reading order, as methods list them: 0 top-left, 1 top-right,
2 bottom-left, 3 bottom-right; x grows to the right and y upwards. A tag is told by the marker's
shape as well as its colour, and every marker carries its number, so nothing rests on colour.
Ink, lines and the plain quadrants take the theme's colours from the palette; the emphasised
quadrant is a light tint in every theme, and what is written on it keeps a dark ink.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

# Dark enough for a white number (at least 4.5:1), and apart from the role colours.
TAG_COLOURS = ("#6A3D9A", "#8C5A00", "#1F5F5B", "#444444")
TAG_SHAPES = ("circle", "square", "diamond", "triangle")
TAG_INK = "#FFFFFF"
EMPHASIS_FILL = "#FCE3D3"
EMPHASIS_INK = "#4A5058"  # a quadrant's name on the emphasis tint
NAME_BAND = 18.0  # the strip the quadrant names take along the top and bottom edges
LEGEND_ROW = 24
LEGEND_PX = 14


@dataclass(frozen=True)
class PlotAxis:
    name: str
    low: str
    high: str


@dataclass(frozen=True)
class PlotFrame:
    x: PlotAxis
    y: PlotAxis
    scale: range
    quadrants: tuple[str, str, str, str]  # reading order
    x_high_from: int  # the lowest x value right of the dividing line
    y_high_from: int  # the lowest y value above it
    tags: tuple[str, ...] = ()  # tag names, in the order a point's `tag` indexes them
    emphasis: int | None = None  # a quadrant to tint (the one to act on first)

    def quadrant(self, x: int, y: int) -> int:
        return (0 if y >= self.y_high_from else 2) + (1 if x >= self.x_high_from else 0)


@dataclass(frozen=True)
class PlotPoint:
    number: int
    x: int
    y: int
    tag: int = -1  # index into the frame's tags; -1 for none


class Plot2x2(QWidget):
    def __init__(self, frame: PlotFrame, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = frame
        self._points: list[PlotPoint] = []
        self.setMinimumSize(QSize(280, 280))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(f"{frame.y.name} by {frame.x.name}")

    def show_points(self, points: Sequence[PlotPoint]) -> None:
        """Points off the scale on either axis are not drawn (they are not placed yet)."""
        scale = self.frame.scale
        self._points = [p for p in points if p.x in scale and p.y in scale]
        self.setAccessibleDescription(
            "; ".join(
                f"{p.number}: {self.frame.x.name} {p.x}, {self.frame.y.name} {p.y}, "
                f"{self.frame.quadrants[self.frame.quadrant(p.x, p.y)]}"
                for p in self._points
            )
            or "nothing placed yet"
        )
        self.update()

    def placed(self) -> list[PlotPoint]:
        return list(self._points)

    # ----- geometry ----------------------------------------------------------------------------

    def plot_rect(self) -> QRectF:
        """Room on the left for the y axis, below for the x axis and the legend."""
        rows = 1 + max(row for _, _, _, row in self._legend_entries())
        below = 48 + rows * LEGEND_ROW
        return QRectF(46, 6, self.width() - 52, self.height() - 6 - below)

    def cell_rect(self, x: int, y: int) -> QRectF:
        area = self.plot_rect()
        n = len(self.frame.scale)
        w, h = area.width() / n, area.height() / n
        column = x - self.frame.scale[0]
        row = self.frame.scale[-1] - y
        return QRectF(area.left() + column * w, area.top() + row * h, w, h)

    # ----- drawing -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_quadrants(painter)
        self._draw_axes(painter)
        self._draw_points(painter)
        self._draw_legend(painter)
        painter.end()

    def _split(self) -> QPointF:
        low = self.cell_rect(self.frame.x_high_from, self.frame.y_high_from)
        return QPointF(low.left(), low.bottom())

    def _draw_quadrants(self, painter: QPainter) -> None:
        area = self.plot_rect()
        split = self._split()
        boxes = (
            QRectF(area.topLeft(), split),
            QRectF(QPointF(split.x(), area.top()), QPointF(area.right(), split.y())),
            QRectF(QPointF(area.left(), split.y()), QPointF(split.x(), area.bottom())),
            QRectF(split, area.bottomRight()),
        )
        palette = self.palette()
        plain = palette.color(QPalette.ColorRole.Base)
        for index, box in enumerate(boxes):
            painter.fillRect(box, QColor(EMPHASIS_FILL) if index == self.frame.emphasis else plain)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Midlight), 1))
        for value in self.frame.scale:
            cell = self.cell_rect(value, value)
            painter.drawLine(QPointF(cell.left(), area.top()), QPointF(cell.left(), area.bottom()))
            painter.drawLine(QPointF(area.left(), cell.top()), QPointF(area.right(), cell.top()))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 2))
        painter.drawRect(area)
        painter.drawLine(QPointF(split.x(), area.top()), QPointF(split.x(), area.bottom()))
        painter.drawLine(QPointF(area.left(), split.y()), QPointF(area.right(), split.y()))
        font = QFont(self.font())
        font.setPixelSize(14)
        font.setBold(True)
        painter.setFont(font)
        muted = palette.color(QPalette.ColorRole.Dark)
        align = Qt.AlignmentFlag
        corners = (
            align.AlignTop | align.AlignLeft,
            align.AlignTop | align.AlignRight,
            align.AlignBottom | align.AlignLeft,
            align.AlignBottom | align.AlignRight,
        )
        for index, (box, name, corner) in enumerate(
            zip(boxes, self.frame.quadrants, corners, strict=True)
        ):
            painter.setPen(QColor(EMPHASIS_INK) if index == self.frame.emphasis else muted)
            flags = int(corner) | int(Qt.TextFlag.TextWordWrap)
            painter.drawText(box.adjusted(6, 4, -6, -4), flags, name)

    def _draw_axes(self, painter: QPainter) -> None:
        area = self.plot_rect()
        font = QFont(self.font())
        font.setPixelSize(13)
        painter.setFont(font)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        for value in self.frame.scale:
            cell = self.cell_rect(value, value)
            below = QRectF(cell.left(), area.bottom() + 2, cell.width(), 18)
            painter.drawText(below, Qt.AlignmentFlag.AlignCenter, str(value))
            beside = QRectF(area.left() - 20, cell.top(), 16, cell.height())
            painter.drawText(beside, Qt.AlignmentFlag.AlignCenter, str(value))
        bold = QFont(font)
        bold.setPixelSize(15)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        x = self.frame.x
        line = QRectF(area.left(), area.bottom() + 20, area.width(), 22)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft, f"← {x.low}")
        painter.drawText(line, Qt.AlignmentFlag.AlignCenter, x.name)
        painter.drawText(line, Qt.AlignmentFlag.AlignRight, f"{x.high} →")
        y = self.frame.y
        painter.save()
        painter.translate(area.left() - 40, area.bottom())
        painter.rotate(-90)
        column = QRectF(0, 0, area.height(), 20)
        painter.drawText(column, Qt.AlignmentFlag.AlignLeft, f"← {y.low}")
        painter.drawText(column, Qt.AlignmentFlag.AlignCenter, y.name)
        painter.drawText(column, Qt.AlignmentFlag.AlignRight, f"{y.high} →")
        painter.restore()

    def _draw_points(self, painter: QPainter) -> None:
        cells: dict[tuple[int, int], list[PlotPoint]] = {}
        for point in self._points:
            cells.setdefault((point.x, point.y), []).append(point)
        for (x, y), points in cells.items():
            cell = self.cell_rect(x, y)
            # Keep clear of the quadrant names along the plot's top and bottom edges.
            if y == self.frame.scale[-1]:
                cell.adjust(0, NAME_BAND, 0, 0)
            if y == self.frame.scale[0]:
                cell.adjust(0, 0, 0, -NAME_BAND)
            columns = math.ceil(math.sqrt(len(points)))
            rows = math.ceil(len(points) / columns)
            w, h = cell.width() / columns, cell.height() / rows
            radius = max(9.0, min(18.0, min(w, h) * 0.36))
            for index, point in enumerate(points):
                centre = QPointF(
                    cell.left() + (index % columns + 0.5) * w,
                    cell.top() + (index // columns + 0.5) * h,
                )
                self._draw_marker(painter, centre, radius, point.tag, str(point.number))

    def _draw_marker(
        self, painter: QPainter, centre: QPointF, radius: float, tag: int, text: str
    ) -> None:
        tagged = 0 <= tag < len(self.frame.tags)
        # An untagged marker is the page's own colours: surface inside, the ink around and on it.
        palette = self.palette()
        ink = QColor(TAG_INK) if tagged else palette.color(QPalette.ColorRole.WindowText)
        fill = palette.color(QPalette.ColorRole.Base)
        colour = QColor(TAG_COLOURS[tag % len(TAG_COLOURS)]) if tagged else fill
        shape = TAG_SHAPES[tag % len(TAG_SHAPES)] if tagged else ""
        painter.setPen(QPen(ink, 2))
        painter.setBrush(colour)
        painter.drawPath(marker_path(shape, centre, radius))
        if text:
            font = QFont(self.font())
            font.setPixelSize(max(10, int(radius * 1.05)))
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(ink)
            box = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _legend_font(self) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(LEGEND_PX)
        return font

    def _legend_entries(self) -> list[tuple[int, str, float, int]]:
        """(tag index, name, x, row) of each legend entry, wrapped to the widget's width."""
        metrics = QFontMetrics(self._legend_font())
        entries = [*enumerate(self.frame.tags), (-1, "not tagged")]
        placed = []
        x, row = 46.0, 0
        for index, name in entries:
            width = 22 + metrics.horizontalAdvance(name) + 16
            if x + width > self.width() and x > 46:
                x, row = 46.0, row + 1
            placed.append((index, name, x, row))
            x += width
        return placed

    def _draw_legend(self, painter: QPainter) -> None:
        entries = self._legend_entries()
        rows = 1 + max(row for _, _, _, row in entries)
        top = self.height() - rows * LEGEND_ROW
        for index, name, x, row in entries:
            y = top + row * LEGEND_ROW
            self._draw_marker(painter, QPointF(x + 9, y + 10), 8, index, "")
            painter.setFont(self._legend_font())
            painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
            area = QRectF(x + 22, y, self.width() - x - 22, 20)
            painter.drawText(area, Qt.AlignmentFlag.AlignVCenter, name)


def marker_path(shape: str, centre: QPointF, radius: float) -> QPainterPath:
    """A marker's outline: circle, square, diamond or triangle (a plain circle for "")."""
    path = QPainterPath()
    cx, cy, r = centre.x(), centre.y(), radius
    if shape == "square":
        path.addRoundedRect(QRectF(cx - r * 0.9, cy - r * 0.9, r * 1.8, r * 1.8), 3, 3)
    elif shape == "diamond":
        d = r * 1.25
        corners = [(0, -d), (d, 0), (0, d), (-d, 0)]
        path.addPolygon(QPolygonF([QPointF(cx + dx, cy + dy) for dx, dy in corners]))
        path.closeSubpath()
    elif shape == "triangle":
        t = r * 1.3
        corners = [(0, -t), (t, t * 0.75), (-t, t * 0.75)]
        path.addPolygon(QPolygonF([QPointF(cx + dx, cy + dy) for dx, dy in corners]))
        path.closeSubpath()
    else:
        path.addEllipse(centre, r, r)
    return path
