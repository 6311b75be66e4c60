"""A row of tabs for the items a board works through one at a time (the options to scope)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabBar, QWidget


class ItemTabs(QTabBar):
    """Tabs keyed by item id; redrawing keeps the current item where it still exists."""

    item_changed = Signal(str)  # the id of the item now current

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemTabs")  # seam.qss: larger tabs, the current one in bold
        self.setAccessibleName(accessible_name)
        self.setExpanding(False)
        self.setUsesScrollButtons(True)
        self.setElideMode(Qt.TextElideMode.ElideRight)
        self._ids: list[str] = []
        self.currentChanged.connect(self._on_current_changed)

    def show_items(self, items: Sequence[tuple[str, str]]) -> None:
        """(id, label) pairs in order; the current item stays current if it is still listed."""
        current = self.current_id()
        self.blockSignals(True)
        ids = [item_id for item_id, _ in items]
        if ids != self._ids:
            while self.count():
                self.removeTab(0)
            for _, label in items:
                self.addTab(label)
            self._ids = ids
        else:
            for index, (_, label) in enumerate(items):
                self.setTabText(index, label)
        if current in ids:
            self.setCurrentIndex(ids.index(current))
        self.blockSignals(False)
        if self.current_id() != current:
            self.item_changed.emit(self.current_id())

    def current_id(self) -> str:
        index = self.currentIndex()
        return self._ids[index] if 0 <= index < len(self._ids) else ""

    def step(self, delta: int) -> None:
        """The next (1) or previous (-1) item, wrapping round."""
        if self._ids:
            self.setCurrentIndex((self.currentIndex() + delta) % len(self._ids))

    def _on_current_changed(self, _index: int) -> None:
        self.item_changed.emit(self.current_id())
