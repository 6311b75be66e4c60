"""A card list whose rows start with a short prefix: a timeline card's "Week 3", a stray card's
old column. The prefix is read from the card each time, like the rest of the row.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt

from facilitation.entities import Card
from widgets.card_list import AnyIndex, CardListModel

SEPARATOR = " · "


class PrefixedCardListModel(CardListModel):
    def __init__(
        self,
        lookup: Callable[[str], Card | None],
        prefix: Callable[[Card], str],
        extra: Callable[[Card], str] | None = None,
        parent: object = None,
    ) -> None:
        super().__init__(lookup, extra, parent)
        self._prefix = prefix

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = super().data(index, role)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return shown
        card = self._lookup(self.card_id(index.row())) if shown is not None else None
        prefix = self._prefix(card) if card is not None else ""
        return f"{prefix}{SEPARATOR}{shown}" if prefix else shown
