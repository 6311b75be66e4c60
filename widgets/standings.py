"""The ranking as bars, best first, and the cells where the two sides scored furthest apart.

Both are given their rows ready to show (names, texts, the percentage tradeoff.py computed);
the bars are drawn to that percentage and always carry the numbers beside them. Text, track and
bars take the theme's colours from the palette, so they read on a light or a dark page.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from widgets.lists import wrap_text
from widgets.matrix_table import heat

AnyIndex = QModelIndex | QPersistentModelIndex
GAP_ROLE = Qt.ItemDataRole.UserRole
# A gap's tint is a fixed light colour in every theme, so the text on it keeps a dark ink.
TINT_INK = "#1B1F24"
ROW_MIN, ROW_MAX = 48, 76  # pixels per option in the ranking: a name line and a bar


@dataclass(frozen=True)
class StandingRow:
    name: str
    rank: str  # "1", or "2 (tie)"
    figures: str  # "59.5 · 70%"
    percent: float  # of the maximum, 0–100, as tradeoff.percent_of_max gives it
    leading: bool = False


class StandingsChart(QWidget):
    """One row per option in rank order: rank, name, a bar to its % of the maximum, figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("standingsChart")
        self.setAccessibleName("Ranking of the options")
        # As tall as its rows need and no taller: the space below goes to the discussion.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.rows: list[StandingRow] = []

    def sizeHint(self) -> QSize:
        return QSize(480, ROW_MAX * max(1, len(self.rows)))

    def minimumSizeHint(self) -> QSize:
        return QSize(320, ROW_MIN * max(1, len(self.rows)))

    def show_standings(self, rows: Sequence[StandingRow]) -> None:
        self.rows = list(rows)
        self.updateGeometry()
        self.setAccessibleDescription(
            "; ".join(f"{r.rank}. {r.name}: {r.figures}" for r in self.rows)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        # Each option takes two lines: rank and name, then its bar with the figures after it,
        # so the bar keeps the column's full width however long the names are.
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.rows:
            painter.end()
            return
        row_h = min(float(ROW_MAX), self.height() / len(self.rows))
        font = QFont(self.font())
        font.setPixelSize(int(max(15, min(24, row_h * 0.34))))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line_h = metrics.height()
        rank_w = max(metrics.horizontalAdvance(r.rank) for r in self.rows) + 12
        bold = QFont(font)
        bold.setBold(True)
        figures_w = max(QFontMetrics(bold).horizontalAdvance(r.figures) for r in self.rows) + 12
        bar_w = max(40.0, self.width() - rank_w - figures_w)
        middle = Qt.AlignmentFlag.AlignVCenter
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        track = palette.color(QPalette.ColorRole.AlternateBase)
        # The leader's bar in the ink, the others in the focus colour: apart on any page.
        bar, leading_bar = palette.color(QPalette.ColorRole.Link), ink
        for index, row in enumerate(self.rows):
            top = index * row_h
            shown = QFont(font)
            shown.setBold(row.leading)
            painter.setFont(shown)
            painter.setPen(ink)
            painter.drawText(QRectF(0, top, rank_w, line_h), middle, row.rank)
            name = painter.fontMetrics().elidedText(
                row.name, Qt.TextElideMode.ElideRight, int(self.width() - rank_w)
            )
            painter.drawText(QRectF(rank_w, top, self.width() - rank_w, line_h), middle, name)
            bar_h = max(8.0, min(row_h - line_h - 10, line_h * 0.8))
            bar_top = top + line_h + 2
            painter.fillRect(QRectF(rank_w, bar_top, bar_w, bar_h), track)
            filled = bar_w * max(0.0, min(100.0, row.percent)) / 100
            painter.fillRect(
                QRectF(rank_w, bar_top, filled, bar_h), leading_bar if row.leading else bar
            )
            figures = QRectF(rank_w + bar_w + 12, bar_top, figures_w, bar_h)
            painter.drawText(figures, middle, row.figures)
        painter.end()


@dataclass(frozen=True)
class GapRow:
    text: str  # "Durable on User value: product 5, engineering 1"
    gap: int


class GapDelegate(QStyledItemDelegate):
    """The gap's tint under the text; the stylesheet's item rules would otherwise hide it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        tint = heat(index.data(GAP_ROLE))
        if tint is not None:
            painter.fillRect(option.rect, tint)
        super().paint(painter, option, index)


class GapList(QListWidget):
    """Discussion prompts: one line per cell, tinted by its gap and always saying it in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gapList")
        self.setAccessibleName("Where product and engineering scored furthest apart")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        wrap_text(self)
        self.setItemDelegate(GapDelegate(self))

    def show_gaps(self, rows: Sequence[GapRow], empty: str) -> None:
        self.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.text} · {row.gap} apart")
            item.setData(GAP_ROLE, row.gap)
            if heat(row.gap) is not None:
                item.setForeground(QColor(TINT_INK))
            self.addItem(item)
        if not rows:
            self.addItem(QListWidgetItem(empty))
