"""Poll counts as bars per value, one bar per side when the room was counted by role.

Bars of a split poll take the role's colour and carry its letter underneath, so colour is never
the only cue; a poll of the whole room is drawn in one colour, its concern values in another.
Counts, values and the baseline are drawn on the page in the palette's ink and edge colours.
"""

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitation.roles import ROLE_COLOURS, parse_role

ROOM_COLOUR = "#0072B2"
CONCERN_COLOUR = "#D55E00"


def side_label(side: str) -> str:
    """ "Product", "Engineering"… for a side; "Room" for the whole room."""
    return parse_role(side).label if side else "Room"


class PollChart(QWidget):
    """Draws what it is given by `show_counts`; holds no session state of its own."""

    def __init__(self, values: range, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.by_side: dict[str, dict[int, int]] = {}
        self.low_threshold = -1  # values at or below are concerns (room polls only)
        # Its type size is in seam.qss, so that it follows the zoom like every other text.
        self.setObjectName("pollChart")
        self.setMinimumSize(QSize(240, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Poll chart")

    def sizeHint(self) -> QSize:
        return QSize(480, 220)

    def show_counts(
        self, by_side: Mapping[str, Mapping[int, int]], low_threshold: int = -1
    ) -> None:
        self.by_side = {side: dict(counts) for side, counts in by_side.items()}
        self.low_threshold = low_threshold
        self.setAccessibleDescription(
            "; ".join(
                f"{side_label(side)}: " + ", ".join(f"{v}: {counts.get(v, 0)}" for v in self.values)
                for side, counts in self.by_side.items()
            )
        )
        self.update()

    def _colour(self, side: str, value: int) -> QColor:
        if side:
            return QColor(ROLE_COLOURS[parse_role(side)])
        return QColor(CONCERN_COLOUR if value <= self.low_threshold else ROOM_COLOUR)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        sides = list(self.by_side) or [""]
        split = len(sides) > 1 or sides != [""]
        line_h = float(self.fontMetrics().height() + 4)
        bottom_h = line_h * (2 if split else 1)
        column_w = self.width() / max(1, len(self.values))
        peak = max([1, *(c for counts in self.by_side.values() for c in counts.values())])
        usable = max(1.0, self.height() - bottom_h - line_h)
        base_y = line_h + usable
        bar_w = column_w * 0.8 / len(sides)
        small = QFont(self.font())
        small.setPixelSize(max(10, int(QFontInfo(self.font()).pixelSize() * 0.8)))
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        for index, value in enumerate(self.values):
            left = index * column_w + column_w * 0.1
            for number, side in enumerate(sides):
                count = self.by_side.get(side, {}).get(value, 0)
                height = usable * count / peak
                x = left + number * bar_w
                bar = QRectF(x + bar_w * 0.08, base_y - height, bar_w * 0.84, height)
                painter.fillRect(bar, self._colour(side, value))
                painter.setPen(ink)
                painter.setFont(self.font())
                top = QRectF(x, base_y - height - line_h, bar_w, line_h)
                painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(count) if count else "")
                if split:
                    painter.setFont(small)
                    letter = parse_role(side).letter if side else "All"
                    under = QRectF(x, base_y, bar_w, line_h)
                    painter.drawText(under, Qt.AlignmentFlag.AlignCenter, letter)
            painter.setFont(self.font())
            painter.setPen(ink)
            value_box = QRectF(index * column_w, self.height() - line_h, column_w, line_h)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(value_box, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.setPen(self.palette().color(QPalette.ColorRole.Mid))
        painter.drawLine(0, int(base_y), self.width(), int(base_y))
        painter.end()
