"""A list of word-wrapped cards that measures each card once.

QListView lays out every row again whenever one is added ("be smarter about inserted items",
says its source), and a wrapped row is measured by laying out its text. On a board of 2,000
cards that is a tenth of a second per card typed, or, laid out in batches, a new card that is
not on screen when the list scrolls to it. This view keeps each row's height and top edge
itself: a new card is measured alone, a changed card is measured again only when its text or
type changed, and every row is measured again only when the width, font or style changes.

It is still a QListView, so selection, the keys, the delegate, the style sheet and the
accessible list interface all work as they do for any list; only the geometry is its own.
"""

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
)
from PySide6.QtGui import QCursor, QFont, QPainter, QPaintEvent, QRegion, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyleOptionViewItem

from widgets.lists import wrap_text

AnyIndex = QModelIndex | QPersistentModelIndex
Move = QAbstractItemView.CursorAction
Hint = QAbstractItemView.ScrollHint


class CardListView(QListView):
    """One column of rows, each as tall as its wrapped text, top to bottom, scrolled by pixel."""

    def __init__(self) -> None:
        super().__init__()
        # Set before anything else: Qt asks for geometry while the view is being set up.
        self._heights: list[int] = []
        self._shapes: list[tuple[str, str]] = []  # what each height was measured from
        self._tops: list[int] = [0]  # the top edge of each row, and the bottom of the last
        self._measured_width = -1
        wrap_text(self)

    # ----- measuring ---------------------------------------------------------------------------

    def _row_width(self) -> int:
        return self.viewport().width()

    def _option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # The delegate wraps text to the option's width; its height is not used for measuring.
        option.rect = QRect(0, 0, self._row_width(), max(1, self.viewport().height()))
        return option

    def _shape(self, index: QModelIndex) -> tuple[str, str]:
        """What a row's height depends on: its text and its font (a hidden card is italic)."""
        font = index.data(Qt.ItemDataRole.FontRole)
        # A model makes a new QFont for each call: compare what it describes, not the object.
        described = font.toString() if isinstance(font, QFont) else ""
        return str(index.data(Qt.ItemDataRole.DisplayRole)), described

    def _measure(self, rows: range, option: QStyleOptionViewItem) -> None:
        model, delegate = self.model(), self.itemDelegate()
        for row in rows:
            index = model.index(row, 0, self.rootIndex())
            self._heights[row] = delegate.sizeHint(option, index).height()
            self._shapes[row] = self._shape(index)

    def _place(self) -> None:
        """Top edges from heights, then the scroll range from the total."""
        self._tops = [0, *accumulate(self._heights)]
        self.updateGeometries()
        self.viewport().update()

    def _row_count(self) -> int:
        model = self.model()
        return model.rowCount(self.rootIndex()) if model is not None else 0

    def doItemsLayout(self) -> None:
        # Qt asks for a whole new layout when the model, width, font or style changed.
        count = self._row_count()
        self._heights, self._shapes = [0] * count, [("", "")] * count
        self._measured_width = self._row_width()
        if count:
            self._measure(range(count), self._option())
        self._tops = [0, *accumulate(self._heights)]
        QAbstractItemView.doItemsLayout(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        QAbstractItemView.resizeEvent(self, event)
        if self._row_width() != self._measured_width:
            self.scheduleDelayedItemsLayout()

    # ----- keeping the measures in step with the model ------------------------------------------

    def rowsInserted(self, parent: AnyIndex, start: int, end: int) -> None:
        if parent == self.rootIndex() and len(self._heights) + end - start + 1 == self._row_count():
            fresh = end - start + 1
            self._heights[start:start] = [0] * fresh
            self._shapes[start:start] = [("", "")] * fresh
            self._measure(range(start, end + 1), self._option())
            self._place()
        elif parent == self.rootIndex():
            self.scheduleDelayedItemsLayout()  # out of step with the model: measure them all
        QAbstractItemView.rowsInserted(self, parent, start, end)

    def rowsAboutToBeRemoved(self, parent: AnyIndex, start: int, end: int) -> None:
        QAbstractItemView.rowsAboutToBeRemoved(self, parent, start, end)
        if parent == self.rootIndex():
            del self._heights[start : end + 1]
            del self._shapes[start : end + 1]
            self._place()

    def dataChanged(
        self, top_left: AnyIndex, bottom_right: AnyIndex, roles: Sequence[int] = ()
    ) -> None:
        rows = range(top_left.row(), min(bottom_right.row() + 1, len(self._heights)))
        model = self.model()
        changed = [
            row
            for row in rows
            if self._shape(model.index(row, 0, self.rootIndex())) != self._shapes[row]
        ]
        if changed:
            option = self._option()
            for row in changed:
                self._measure(range(row, row + 1), option)
            self._place()
        QAbstractItemView.dataChanged(self, top_left, bottom_right, list(roles))

    # ----- geometry --------------------------------------------------------------------------

    def _row_at(self, y: int) -> int:
        """The row whose band holds content position `y`, or -1 past either end."""
        row = bisect_right(self._tops, y) - 1
        return row if 0 <= row < len(self._heights) else -1

    def _index(self, row: int) -> QModelIndex:
        return self.model().index(row, 0, self.rootIndex())

    def visualRect(self, index: AnyIndex) -> QRect:
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._heights) or index.parent() != self.rootIndex():
            return QRect()
        top = self._tops[row] - self.verticalOffset()
        return QRect(0, top, self._row_width(), self._heights[row])

    def indexAt(self, point: QPoint) -> QModelIndex:
        row = self._row_at(point.y() + self.verticalOffset())
        inside = 0 <= point.x() < self._row_width()
        return self._index(row) if row >= 0 and inside else QModelIndex()

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def horizontalOffset(self) -> int:
        return 0

    def isIndexHidden(self, index: AnyIndex) -> bool:
        return False

    def updateGeometries(self) -> None:
        page = self.viewport().height()
        bar = self.verticalScrollBar()
        bar.setPageStep(page)
        bar.setSingleStep(max(1, self.fontMetrics().lineSpacing()))
        bar.setRange(0, max(0, self._tops[-1] - page))
        QAbstractItemView.updateGeometries(self)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        QAbstractItemView.scrollContentsBy(self, dx, dy)

    def scrollTo(self, index: AnyIndex, hint: Hint = Hint.EnsureVisible) -> None:
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._heights):
            return
        top, bottom = self._tops[row], self._tops[row + 1]
        page, now = self.viewport().height(), self.verticalOffset()
        if hint == Hint.PositionAtTop:
            value = top
        elif hint == Hint.PositionAtBottom:
            value = bottom - page
        elif hint == Hint.PositionAtCenter:
            value = (top + bottom - page) // 2
        elif top < now:
            value = top
        elif bottom > now + page:
            value = min(top, bottom - page)  # a row taller than the view shows its start
        else:
            return
        self.verticalScrollBar().setValue(value)

    def moveCursor(self, action: Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        count = len(self._heights)
        if not count:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        page = self.viewport().height()
        if action in (Move.MoveUp, Move.MovePrevious):
            row = max(0, row - 1)
        elif action in (Move.MoveDown, Move.MoveNext):
            row = min(count - 1, row + 1)
        elif action == Move.MoveHome:
            row = 0
        elif action == Move.MoveEnd:
            row = count - 1
        elif action == Move.MovePageUp:
            row = max(0, self._row_at(max(0, self._tops[max(row, 0)] - page)))
        elif action == Move.MovePageDown:
            below = self._row_at(self._tops[max(row, 0)] + page)
            row = count - 1 if below < 0 else below
        else:
            return current
        return self._index(row)

    def setSelection(self, rect: QRect, command: QItemSelectionModel.SelectionFlag) -> None:
        # A click selects the row under it; a Shift range may reach past the view's edges.
        area = rect.normalized().translated(0, self.verticalOffset())
        if not self._heights or area.bottom() < 0 or area.top() >= self._tops[-1]:
            self.selectionModel().clearSelection()
            return
        first = self._row_at(max(0, area.top()))
        last = self._row_at(min(self._tops[-1] - 1, area.bottom()))
        selection = QItemSelection(self._index(first), self._index(last))
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for index in selection.indexes():
            region += self.visualRect(index)
        return region

    # ----- painting ----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._heights:
            return
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        base = option.state
        offset = self.verticalOffset()
        area = event.rect()
        first = max(0, self._row_at(area.top() + offset))
        last = self._row_at(area.bottom() + offset)
        last = len(self._heights) - 1 if last < 0 else last
        current = self.currentIndex()
        focused = self.hasFocus() or self.viewport().hasFocus()
        selections = self.selectionModel()
        hovered = self._hovered_row()
        delegate = self.itemDelegate()
        painter = QPainter(self.viewport())
        for row in range(first, last + 1):
            index = self._index(row)
            option.rect = QRect(0, self._tops[row] - offset, self._row_width(), self._heights[row])
            option.state = base
            if selections is not None and selections.isSelected(index):
                option.state |= QStyle.StateFlag.State_Selected
            if focused and row == current.row():
                option.state |= QStyle.StateFlag.State_HasFocus
            if row == hovered:
                option.state |= QStyle.StateFlag.State_MouseOver
            delegate.paint(painter, option, index)
        painter.end()

    def _hovered_row(self) -> int:
        if not self.viewport().underMouse():
            return -1
        spot = self.viewport().mapFromGlobal(QCursor.pos())
        return self._row_at(spot.y() + self.verticalOffset())


def card_list_view(model: QAbstractItemModel, accessible_name: str) -> CardListView:
    """A list of cards (`cardList`), one selected at a time, long text wrapped."""
    view = CardListView()
    view.setObjectName("cardList")
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAccessibleName(accessible_name)
    return view
