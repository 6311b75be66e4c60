"""A small bar chart of poll counts per value, labelled so it reads without colour."""

from collections.abc import Mapping

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget


class Histogram(QWidget):
    def __init__(self, values: range, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values
        self.counts: dict[int, int] = {}
        self.low_threshold = -1  # values at or below are drawn in the warning colour
        self.setMinimumSize(QSize(240, 140))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_counts(self, counts: Mapping[int, int], low_threshold: int = -1) -> None:
        self.counts = dict(counts)
        self.low_threshold = low_threshold
        self.setAccessibleDescription(
            ", ".join(f"{v}: {self.counts.get(v, 0)}" for v in self.values)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        label_h = 26.0
        width = self.width() / max(1, len(self.values))
        peak = max([1, *self.counts.values()])
        usable = self.height() - 2 * label_h
        for index, value in enumerate(self.values):
            count = self.counts.get(value, 0)
            height = usable * count / peak
            x = index * width
            bar = QRectF(x + width * 0.15, label_h + usable - height, width * 0.7, height)
            low = value <= self.low_threshold
            painter.fillRect(bar, QColor("#D55E00" if low else "#0072B2"))
            painter.setPen(QColor("#222222"))
            top = QRectF(x, label_h + usable - height - label_h, width, label_h)
            painter.drawText(top, Qt.AlignmentFlag.AlignCenter, str(count) if count else "")
            bottom = QRectF(x, self.height() - label_h, width, label_h)
            painter.drawText(bottom, Qt.AlignmentFlag.AlignCenter, str(value))
        painter.end()
