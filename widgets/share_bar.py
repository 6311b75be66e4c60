"""One bar split into shares that add up to 100% (effort per MoSCoW label), with a limit mark.

The shares keep their fixed fills, and the ink that contrasts with each, in every theme; the empty
bar, its outline and the gaps between shares follow the palette, the limit the theme's warning.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Property, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

# Dark to light, so the order of the shares reads without colour as well; each segment is
# labelled with its name or at least its number, and the board lists every share in words.
FILLS = ("#0B3D6E", "#2F77B5", "#8DB8DE", "#D8DBE0")
INKS = ("#FFFFFF", "#FFFFFF", "#0B1F33", "#1B1F24")
LIMIT = "#8A4B00"  # until the stylesheet gives the theme's warning colour


@dataclass(frozen=True)
class Share:
    name: str
    percent: float


@dataclass(frozen=True)
class Limit:
    """A mark on the bar: where the first share should stop (DSDM's 60% for Musts)."""

    percent: float
    caption: str


class ShareBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shareBar")
        self._limit_colour = QColor(LIMIT)
        self.setMinimumSize(QSize(240, 84))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._shares: list[Share] = []
        self._limit: Limit | None = None

    def sizeHint(self) -> QSize:
        return QSize(360, 84)

    def _get_limit_colour(self) -> QColor:
        return self._limit_colour

    def _set_limit_colour(self, colour: QColor) -> None:
        self._limit_colour = QColor(colour)
        self.update()

    # The limit mark and its caption: the theme's warning colour, which the palette has no role for.
    limit_colour = Property(QColor, _get_limit_colour, _set_limit_colour)

    def show_shares(self, shares: Sequence[Share], limit: Limit | None = None) -> None:
        self._shares = [s for s in shares if s.percent > 0]
        self._limit = limit
        words = [f"{s.name} {round(s.percent)}%" for s in self._shares]
        self.setAccessibleDescription(", ".join(words) if words else "nothing counted yet")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(16)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        bar = QRectF(1, 4, self.width() - 2, 44)
        palette = self.palette()
        painter.fillRect(bar, palette.color(QPalette.ColorRole.Base))
        x = bar.left()
        for index, share in enumerate(self._shares):
            width = bar.width() * share.percent / 100
            part = QRectF(x, bar.top(), width, bar.height())
            painter.fillRect(part, QColor(FILLS[index % len(FILLS)]))
            painter.setPen(palette.color(QPalette.ColorRole.Base))
            painter.drawLine(part.topRight(), part.bottomRight())
            painter.setPen(QColor(INKS[index % len(INKS)]))
            for text in (f"{share.name} {round(share.percent)}%", f"{round(share.percent)}%"):
                if metrics.horizontalAdvance(text) + 8 <= width:
                    painter.drawText(part, Qt.AlignmentFlag.AlignCenter, text)
                    break
            x += width
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(bar)
        if self._limit is not None:
            self._draw_limit(painter, bar, self._limit)
        painter.end()

    def _draw_limit(self, painter: QPainter, bar: QRectF, limit: Limit) -> None:
        x = bar.left() + bar.width() * limit.percent / 100
        # Under the dashes, a line in the bar's empty colour keeps them apart from any share.
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 5))
        painter.drawLine(int(x), int(bar.top()) - 4, int(x), int(bar.bottom()) + 6)
        painter.setPen(QPen(self._limit_colour, 3, Qt.PenStyle.DashLine))
        painter.drawLine(int(x), int(bar.top()) - 4, int(x), int(bar.bottom()) + 6)
        font = QFont(self.font())
        font.setPixelSize(14)
        painter.setFont(font)
        painter.setPen(self._limit_colour)
        width = QFontMetrics(font).horizontalAdvance(limit.caption) + 4
        left = min(max(bar.left(), x - width / 2), bar.right() - width)
        area = QRectF(left, bar.bottom() + 8, width, 22)
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, limit.caption)
