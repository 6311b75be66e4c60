"""Trade-off sliders drawn as sliders: one track per item, the agreed rank as a numbered knob.

Where product and engineering first put the item shows as small P and E chips on the same
track, so a glance finds the items the two sides placed far apart. Letters, never colour alone.
Names, tracks and knobs take the theme's colours from the palette (the knob is its highlight).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitation.roles import ROLE_COLOURS, Role

ROLE_INK = "#FFFFFF"  # a side's letter on its role colour


@dataclass(frozen=True)
class SliderRow:
    name: str
    agreed: int  # 0 while not agreed
    product: int = 0
    engineering: int = 0


class SliderChart(QWidget):
    """Positions 1…n left to right, from `low_label` (most flexible) to `high_label`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sliderChart")
        self.setAccessibleName("Agreed order of the trade-off sliders")
        self.setMinimumSize(QSize(320, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.rows: list[SliderRow] = []
        self.positions = 5
        self.low_label = self.high_label = ""

    def show_sliders(
        self, rows: Sequence[SliderRow], positions: int, low_label: str, high_label: str
    ) -> None:
        self.rows = list(rows)
        self.positions = max(2, positions)
        self.low_label, self.high_label = low_label, high_label
        described = [f"{r.name}: {r.agreed or 'not agreed'}" for r in self.rows]
        self.setAccessibleDescription("; ".join(described))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        footer = 30.0
        row_h = max(28.0, (self.height() - footer) / max(1, len(self.rows)))
        knob = min(row_h * 0.8, 40.0)
        base = QFont(self.font())
        base.setPixelSize(int(max(14, min(22, row_h * 0.42))))
        painter.setFont(base)
        metrics = painter.fontMetrics()
        widest = max((metrics.horizontalAdvance(r.name) for r in self.rows), default=0)
        name_w = min(self.width() * 0.38, widest + 16.0)
        # Room for a side's chip beside a knob at either end of the track.
        margin = knob * 1.3 + 4
        left, right = name_w + margin, self.width() - margin
        step = (right - left) / (self.positions - 1)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        for index, row in enumerate(self.rows):
            top = index * row_h
            track_y = top + row_h / 2
            painter.setFont(base)
            painter.setPen(ink)
            name_rect = QRectF(4, top, name_w - 8, row_h)
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(name_rect, flags, row.name)
            track = QPen(palette.color(QPalette.ColorRole.Mid), 4)
            track.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(track)
            painter.drawLine(int(left), int(track_y), int(right), int(track_y))
            for position in range(self.positions):
                x = left + position * step
                painter.drawLine(int(x), int(track_y - 7), int(x), int(track_y + 7))
            self._side_chip(painter, Role.PRODUCT, row.product, left, step, track_y, knob, -1)
            self._side_chip(
                painter, Role.ENGINEERING, row.engineering, left, step, track_y, knob, 1
            )
            if row.agreed:
                x = left + (row.agreed - 1) * step
                circle = QRectF(x - knob / 2, track_y - knob / 2, knob, knob)
                # A ring in the page's colour keeps the knob apart from the track it sits on.
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 2))
                painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
                painter.drawEllipse(circle)
                number = QFont(base)
                number.setBold(True)
                number.setPixelSize(int(max(12, knob * 0.55)))
                painter.setFont(number)
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
                painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(row.agreed))
        painter.setFont(base)
        painter.setPen(palette.color(QPalette.ColorRole.Dark))
        bottom = QRectF(left - margin / 2, self.height() - footer, right - left + margin, footer)
        middle = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | middle, f"← 1 {self.low_label}")
        end = f"{self.high_label} {self.positions} →"
        painter.drawText(bottom, Qt.AlignmentFlag.AlignRight | middle, end)
        painter.end()

    @staticmethod
    def _side_chip(
        painter: QPainter,
        role: Role,
        rank: int,
        left: float,
        step: float,
        track_y: float,
        knob: float,
        offset: int,
    ) -> None:
        """A small lettered chip for one side's own rank, just off the track to the side."""
        if not rank:
            return
        size = max(14.0, knob * 0.6)
        x = left + (rank - 1) * step + offset * (knob / 2 + size / 2 + 2)
        rect = QRectF(x - size / 2, track_y - size / 2, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ROLE_COLOURS[role]))
        painter.drawRoundedRect(rect, size * 0.25, size * 0.25)
        letter = QFont(painter.font())
        letter.setBold(True)
        letter.setPixelSize(int(size * 0.7))
        painter.setFont(letter)
        painter.setPen(QColor(ROLE_INK))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, role.label[0])
