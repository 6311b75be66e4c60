"""Criteria with their weights, 1–5, as a list the keyboard sets: a digit, or + and − for a step.

Each row reads "2. Time to ship ... ■■■■□ 4": the name on the left, a bar of squares and the
number on the right; "no weight yet" in amber words, not colour alone. The list is given names and
weights and reports what was typed; the board stores it and redraws. Squares and numbers take the
theme's colours from the palette (selection's on a selected row); the amber comes from seam.qss.
"""

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    Property,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from widgets.key_map import typed_digit
from widgets.lists import current_id, select_id

AnyIndex = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole  # the role lists.current_id and select_id read
WEIGHT_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING = "#8A4B00"  # until the stylesheet gives the theme's warning colour
NO_WEIGHT = "no weight yet"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class WeightedCriterion:
    item_id: str
    name: str
    weight: int  # 0 while nobody has weighted it


class WeightDelegate(QStyledItemDelegate):
    """The name on the left; squares and the number on the right."""

    def __init__(self, weights: "WeightList") -> None:
        super().__init__(weights)
        self.weights = weights
        self.top = weights.top

    def _bar_width(self, option: QStyleOptionViewItem) -> float:
        size = option.fontMetrics.height() * 0.75
        return self.top * (size + 4) + option.fontMetrics.horizontalAdvance("  5 ")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        weight = int(index.data(WEIGHT_ROLE) or 0)
        bar_w = self._bar_width(option)
        # The style draws background, selection and the name, kept clear of the bar.
        named = QStyleOptionViewItem(option)
        self.initStyleOption(named, index)
        named.rect = option.rect.adjusted(0, 0, -int(bar_w) - 12, 0)
        full = QStyleOptionViewItem(option)
        self.initStyleOption(full, index)
        full.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, full, painter, option.widget)
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, named, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        font = QFont(option.font)
        painter.setFont(font)
        right = QRectF(rect.right() - bar_w - 8, rect.top(), bar_w, rect.height())
        # A selected row has the selection's background; squares and words take its ink there.
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        if not weight:
            painter.setPen(ink if selected else self.weights.warning_colour)
            painter.drawText(right, RIGHT, NO_WEIGHT)
        else:
            filled = ink if selected else palette.color(QPalette.ColorRole.Link)
            size = option.fontMetrics.height() * 0.75
            y = rect.center().y() - size / 2
            for n in range(self.top):
                square = QRectF(right.left() + n * (size + 4), y, size, size)
                painter.setPen(QPen(filled, 2))
                painter.setBrush(filled if n < weight else Qt.BrushStyle.NoBrush)
                painter.drawRect(square)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(ink)
            painter.drawText(right, RIGHT, str(weight))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + int(self._bar_width(option)) + 12, hint.height())


class WeightList(QListWidget):
    """A row per criterion, numbered; the keyboard's digit, + or − is reported, not stored."""

    weight_typed = Signal(str, int)  # criterion id, weight (0 takes it away)

    def __init__(self, scale: range = range(1, 6), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightList")
        self.setAccessibleName("Criteria and their weights")
        self.scale = scale
        self.top = scale[-1]
        self._warning_colour = QColor(MISSING)
        self.setItemDelegate(WeightDelegate(self))
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.installEventFilter(self)

    def _get_warning_colour(self) -> QColor:
        return self._warning_colour

    def _set_warning_colour(self, colour: QColor) -> None:
        self._warning_colour = QColor(colour)
        self.viewport().update()

    # "no weight yet": the theme's warning colour, which the palette has no role for (seam.qss).
    warning_colour = Property(QColor, _get_warning_colour, _set_warning_colour)

    def show_weights(self, criteria: Sequence[WeightedCriterion]) -> None:
        chosen = self.current_id()
        row = self.currentRow()
        self.clear()
        for number, criterion in enumerate(criteria, start=1):
            item = QListWidgetItem(f"{number}. {criterion.name}")
            item.setData(ID_ROLE, criterion.item_id)
            item.setData(WEIGHT_ROLE, criterion.weight)
            spoken = f"weight {criterion.weight} of {self.top}" if criterion.weight else NO_WEIGHT
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{criterion.name}: {spoken}")
            item.setToolTip(criterion.name)
            self.addItem(item)
        ids = [c.item_id for c in criteria]
        if chosen in ids:
            self.setCurrentRow(ids.index(chosen))
        elif ids:
            self.setCurrentRow(max(0, min(row, len(ids) - 1)))

    def current_id(self) -> str:
        return current_id(self)

    def weight_shown(self, row: int) -> int:
        item = self.item(row)
        return int(item.data(WEIGHT_ROLE) or 0) if item else 0

    def select_id(self, item_id: str) -> None:
        select_id(self, item_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        item_id = self.current_id()
        if not item_id:
            return False
        digit = typed_digit(event)
        if digit is not None:  # out of range too: the board says why it was refused
            self.weight_typed.emit(item_id, digit)
            return True
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Right):
            self._step(item_id, 1)
            return True
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Left):
            self._step(item_id, -1)
            return True
        return False

    def _step(self, item_id: str, delta: int) -> None:
        now = self.weight_shown(self.currentRow())
        # No weight yet: + starts at the bottom of the scale, − has nothing to take away.
        wanted = now + delta if now else (self.scale[0] if delta > 0 else 0)
        if wanted in self.scale:
            self.weight_typed.emit(item_id, wanted)
