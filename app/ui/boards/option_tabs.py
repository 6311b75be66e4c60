"""Boards that work through the options one at a time: a tab per option (Ctrl+Tab steps on), and
the current option's cards typed into an entry line above a table of them (features, risks).
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.ui.boards.entry_list import EntryListBoard
from app.ui.controller import SessionController
from facilitation.entities import Card
from facilitation.method import Panel, Phase
from widgets.item_tabs import ItemTabs
from widgets.role_style import role_icon


class OptionTabsBoard(EntryListBoard):
    """Subclasses build `tabs`, `table` and the entry line, then call `bind_option_keys`; their
    `refresh` shows the current option's cards with `show_rows`."""

    tabs: ItemTabs
    table: QTableWidget

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        self.row_ids: list[str] = []  # the card of each table row

    def bind_option_keys(self) -> None:
        """Once the widgets exist: Ctrl+Tab and Ctrl+Shift+Tab between options, and the entry
        list's keys on the table."""
        self.rows = self.table
        self.tabs.item_changed.connect(self._on_option_changed)
        self.shortcut("Ctrl+Tab", lambda: self.tabs.step(1))
        self.shortcut("Ctrl+Shift+Tab", lambda: self.tabs.step(-1))
        self.bind_entry_keys()

    def option_id(self) -> str:
        return self.tabs.current_id()

    def selected_id(self) -> str:
        row = self.table.currentRow()
        return self.row_ids[row] if 0 <= row < len(self.row_ids) else ""

    def show_rows(self, rows: Sequence[tuple[Card, Sequence[str]]]) -> None:
        """A row per card: its number, role chip and text, then its `cells`. The selected card
        stays selected while it is listed; otherwise the first one is."""
        selected = self.selected_id()
        self.row_ids = [card.id for card, _ in rows]
        self.table.setRowCount(len(rows))
        for row, (card, cells) in enumerate(rows):
            text = QTableWidgetItem(f"{row + 1}. {card.text}")
            text.setIcon(role_icon(card.role))
            text.setData(Qt.ItemDataRole.AccessibleTextRole, f"{card.role.label}: {card.text}")
            self.table.setItem(row, 0, text)
            for column, cell in enumerate(cells, start=1):
                self.table.setItem(row, column, QTableWidgetItem(cell))
        for column in range(1, self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        if rows:
            self.table.selectRow(self.row_ids.index(selected) if selected in self.row_ids else 0)

    def _on_option_changed(self, _option_id: str) -> None:
        self.refresh()
        # Ctrl+Tab from the table to an option with no card yet: the keys typed next are its
        # first card, so they go to the entry line rather than to an empty table.
        if self.table.hasFocus() and not self.row_ids:
            self.entry.setFocus()
