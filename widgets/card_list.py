"""A list model of cards: it keeps only their order and reads each card through a lookup."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from facilitation.entities import Card
from widgets.role_style import role_icon

AnyIndex = QModelIndex | QPersistentModelIndex
_MARK_PREFIX = {"read": "✓ ", "duplicate": "＝ duplicate · "}


class CardListModel(QAbstractListModel):
    """Rows are card ids; `refresh` turns a new order into the smallest begin/end update."""

    def __init__(
        self,
        lookup: Callable[[str], Card | None],
        extra: Callable[[Card], str] | None = None,
        parent: object = None,
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._lookup = lookup
        self._extra = extra
        self._ids: list[str] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        card = self._lookup(self._ids[index.row()])
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            extra = self._extra(card) if self._extra else ""
            return f"{_MARK_PREFIX.get(card.mark, '')}{card.text}{extra}"
        if role == Qt.ItemDataRole.FontRole and card.hidden:
            # Written in silence and not on the projector yet: the console shows it in italics.
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return role_icon(card.role)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            waiting = ", not revealed yet" if card.hidden else ""
            return f"{card.role.label}{waiting}: {card.text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.text
        return None

    def card_id(self, row: int) -> str:
        return self._ids[row]

    def refresh(self, ids: Sequence[str]) -> None:
        new = list(ids)
        old = self._ids
        if new == old:
            if new:
                self.dataChanged.emit(self.index(0), self.index(len(new) - 1))
            return
        if new[: len(old)] == old:
            self.beginInsertRows(QModelIndex(), len(old), len(new) - 1)
            self._ids = new
            self.endInsertRows()
            return
        if len(new) == len(old) - 1:
            gone = next(i for i, card_id in enumerate(old) if i >= len(new) or new[i] != card_id)
            if old[:gone] + old[gone + 1 :] == new:
                self.beginRemoveRows(QModelIndex(), gone, gone)
                self._ids = new
                self.endRemoveRows()
                return
        self.beginResetModel()
        self._ids = new
        self.endResetModel()
