"""Trade-off sliders: rank the items from most to least flexible, one item per rank.

With `by_side`, product and engineering rank on their own first, then the room agrees: three
columns, Product, Engineering and Agreed. Pick a cell with the arrow keys and type its rank; whoever
held that rank swaps places (records.set_rank), so not everything can be "least flexible".
"""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.ui.boards.base import Board
from app.ui.controller import SessionController
from app.ui.labels import hint_label, section_label
from facilitation import records
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.roles import Role
from facilitation.tradeoff_reading import SliderGap, slider_gaps, slider_items, slider_ranks
from widgets.key_map import typed_digit
from widgets.slider_chart import SliderChart, SliderRow

BY_SIDE = (
    ("Product", Role.PRODUCT.value),
    ("Engineering", Role.ENGINEERING.value),
    ("Agreed", ""),
)
ROOM = (("Rank", ""),)


def gap_sentence(gap: SliderGap) -> str:
    """'Scope: product 4, engineering 1, 3 apart', in words a room reads aloud."""
    if gap.gap is None:
        sides = (("product", gap.product), ("engineering", gap.engineering))
        missing = [side for side, rank in sides if not rank]
        return f"{gap.name}: not yet ranked by {' or '.join(missing)}"
    if gap.gap == 0:
        return f"{gap.name}: both {gap.product}"
    return f"{gap.name}: product {gap.product}, engineering {gap.engineering}, {gap.gap} apart"


class RankBoard(Board):
    """A row per item, a column per side; a digit sets the rank of the selected cell."""

    watches = frozenset({"score"})

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__(controller, phase, panel)
        settings = self.panel.settings
        self.by_side = bool(settings.get("by_side", False))
        self.columns = BY_SIDE if self.by_side else ROOM
        self.items = slider_items(phase)
        self.low_label = str(settings.get("low_label", "Most flexible"))
        self.high_label = str(settings.get("high_label", "Least flexible"))

        # Column 0 holds the item's name (wrapping, unlike a row header); then one per side.
        self.table = QTableWidget(len(self.items), 1 + len(self.columns))
        self.table.setObjectName("rankTable")
        self.table.setAccessibleName("Ranks of the trade-off sliders")
        self.table.setHorizontalHeaderLabels(["", *(name for name, _ in self.columns)])
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(100)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, (_, name) in enumerate(self.items):
            label = QTableWidgetItem(name)
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable: only ranks are
            self.table.setItem(row, 0, label)
        self.table.currentCellChanged.connect(self._keep_off_names)
        self.table.installEventFilter(self)
        n = len(self.items)
        self.ends = hint_label(f"1 = {self.low_label.lower()} · {n} = {self.high_label.lower()}")
        self.chart = SliderChart()
        self.gaps_title = section_label("Where the sides differ")
        self.gaps = QLabel()
        self.gaps.setObjectName("countLabel")
        self.gaps.setWordWrap(True)
        self.gaps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.gaps.setTextFormat(Qt.TextFormat.PlainText)
        self.gaps.setAccessibleName("Where product and engineering ranked differently")

        left = QVBoxLayout()
        left.addWidget(self.ends)
        left.addWidget(self.table, 1)
        keys = f"Arrow keys choose a cell; type its rank, 1 to {n}; 0 clears it."
        left.addWidget(hint_label(f"{keys} A rank already taken swaps places."))
        right = QVBoxLayout()
        right.addWidget(section_label("Agreed order" if self.by_side else "Order"))
        right.addWidget(self.chart, 1)
        right.addWidget(self.gaps_title)
        right.addWidget(self.gaps)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        # Without sides there is nothing to compare; the room's order is the whole story.
        self.gaps_title.setHidden(not self.by_side)
        self.gaps.setHidden(not self.by_side)
        self.refresh()

    # ----- drawing ---------------------------------------------------------------------------

    def ranks(self, side: str) -> dict[str, int]:
        return slider_ranks(self.session, self.phase, side)

    def refresh(self, change: Change | None = None) -> None:
        by_column = [self.ranks(side) for _, side in self.columns]
        for row, (item_id, name) in enumerate(self.items):
            for column, (title, _) in enumerate(self.columns):
                rank = by_column[column].get(item_id, 0)
                cell = QTableWidgetItem(str(rank) if rank else "–")
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    f"{name}, {title}: {rank or 'not ranked'}",
                )
                self.table.setItem(row, 1 + column, cell)
        agreed = by_column[-1]
        sides = dict(zip((s for _, s in self.columns), by_column, strict=True))
        product = sides.get(Role.PRODUCT.value, {})
        engineering = sides.get(Role.ENGINEERING.value, {})
        self.chart.show_sliders(
            [
                SliderRow(name, agreed.get(i, 0), product.get(i, 0), engineering.get(i, 0))
                for i, name in self.items
            ],
            len(self.items),
            self.low_label,
            self.high_label,
        )
        if self.by_side:
            apart = [g for g in slider_gaps(self.session, self.phase) if g.gap != 0]
            lines = [gap_sentence(g) for g in apart]
            self.gaps.setText("\n".join(lines) or "The two sides ranked every item the same.")
        if self.table.currentRow() < 0 and self.items:
            self.table.setCurrentCell(0, 1)

    def _keep_off_names(self, row: int, column: int, *_previous: int) -> None:
        # Left from the first side would land on the name column, where a digit means nothing.
        if row >= 0 and column == 0:
            self.table.setCurrentCell(row, 1)

    # ----- commands --------------------------------------------------------------------------

    def set_rank(self, rank: int) -> None:
        row, column = self.table.currentRow(), self.table.currentColumn() - 1
        if not (0 <= row < len(self.items) and 0 <= column < len(self.columns)):
            return
        item_id, side = self.items[row][0], self.columns[column][1]
        if rank == 0:
            self.controller.run(lambda s: records.clear_score(s, item_id, self.phase.id, side))
        elif self.controller.run(
            lambda s: records.set_rank(s, self.phase, item_id, rank, side=side)
        ):
            # The room usually calls out a whole side's order; the next item is next.
            self.table.setCurrentCell(min(row + 1, len(self.items) - 1), 1 + column)

    def focus_entry(self) -> None:
        self.table.setFocus()
        if self.items and self.table.currentRow() < 0:
            self.table.setCurrentCell(0, 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.table or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        digit = typed_digit(event)
        if event.key() == Qt.Key.Key_Delete:
            digit = 0
        if digit is None:
            return False
        self.set_rank(digit)
        return True
