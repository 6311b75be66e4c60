"""List views that wrap long text instead of scrolling sideways (a projector has no mouse), the
id each row of a list carries (in Qt's UserRole), and read-only tables chosen a row at a time.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListView,
    QListWidget,
    QTableWidget,
)


def wrap_text(view: QListView) -> None:
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    # Laid out in one pass, not in batches: a batched list scrolled to its end stops at the end
    # of the first batch. A board's long card lists measure each card once (CardListView).


def current_id(view: QListWidget) -> str:
    """The id the current row carries; "" for no row, or for a row without one (a heading)."""
    item = view.currentItem()
    found = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
    return str(found) if found else ""


def select_id(view: QListWidget, item_id: str) -> None:
    """Make the row that carries `item_id` current; nothing changes when no row does."""
    for row in range(view.count()):
        if view.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
            view.setCurrentRow(row)
            return


def row_table(columns: Sequence[str], object_name: str, accessible_name: str) -> QTableWidget:
    """A read-only table, a whole row selected at a time; the first column takes the width."""
    table = QTableWidget(0, len(columns))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(columns))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    table.setAccessibleName(accessible_name)
    return table
