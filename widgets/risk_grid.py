"""A 5×5 likelihood × impact grid with numbered risks placed in their cells.

The bands are light tints in every theme, so scores and numbers on them keep a dark ink; the axis
names beside the grid are on the page and take the palette's ink.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitation.scoring import Band, Banding

BAND_COLOURS = {Band.LOW: "#CDEBC5", Band.MEDIUM: "#FBE3A6", Band.HIGH: "#F4B6A6"}
CELL_EDGE, SCORE_INK, RISK_INK = "#FFFFFF", "#555555", "#111111"  # on the band tints


@dataclass(frozen=True)
class PlacedRisk:
    number: int
    likelihood: int
    impact: int


class RiskGrid(QWidget):
    """Impact across, likelihood up; each cell tinted by band and labelled with its score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(QSize(260, 260))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName("Risk grid, likelihood by impact")
        self._banding = Banding()
        self._risks: list[PlacedRisk] = []

    def show_risks(self, risks: Sequence[PlacedRisk], banding: Banding) -> None:
        self._risks = [r for r in risks if r.likelihood and r.impact]
        self._banding = banding
        self.setAccessibleDescription(
            "; ".join(f"risk {r.number}: L{r.likelihood} I{r.impact}" for r in self._risks)
        )
        self.update()

    def placed(self) -> list[PlacedRisk]:
        return list(self._risks)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        margin = 34.0
        side = min(self.width(), self.height()) - margin - 8
        cell = side / 5
        font = QFont(self.font())
        font.setPixelSize(max(11, int(cell * 0.18)))
        painter.setFont(font)
        for likelihood in range(1, 6):
            for impact in range(1, 6):
                rect = QRectF(margin + (impact - 1) * cell, (5 - likelihood) * cell, cell, cell)
                score = likelihood * impact
                painter.fillRect(rect, QColor(BAND_COLOURS[self._banding.band(score)]))
                painter.setPen(QColor(CELL_EDGE))
                painter.drawRect(rect)
                painter.setPen(QColor(SCORE_INK))
                painter.drawText(
                    rect.adjusted(4, 2, -4, -2), Qt.AlignmentFlag.AlignRight, str(score)
                )
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(margin, side + 2, side, margin - 4), Qt.AlignmentFlag.AlignCenter, "Impact →"
        )
        painter.save()
        painter.translate(12, side / 2 + 30)
        painter.rotate(-90)
        painter.drawText(0, 0, "Likelihood →")
        painter.restore()
        bold = QFont(font)
        bold.setBold(True)
        bold.setPixelSize(max(12, int(cell * 0.26)))
        painter.setFont(bold)
        cells: dict[tuple[int, int], list[int]] = {}
        for risk in self._risks:
            cells.setdefault((risk.likelihood, risk.impact), []).append(risk.number)
        for (likelihood, impact), numbers in cells.items():
            rect = QRectF(margin + (impact - 1) * cell, (5 - likelihood) * cell, cell, cell)
            painter.setPen(QColor(RISK_INK))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, " ".join(map(str, numbers)))
        painter.end()
