"""The room's wall of cards: one group as a grid, or several groups as columns side by side.

The more cards, the more columns and the fewer lines each card keeps, so a full wall still fits a
projector; a card with the keyboard on it shows its whole text.
"""

import math
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitation.roles import Role
from facilitation.room import RoomBoard, RoomCard, RoomGroup
from widgets.room_card import RoomCardTile

MAX_COLUMNS = 6
TILE_CHARS = 20  # a tile is at least this many average characters wide
CARD_SPACING = 8  # between two cards, as the layouts leave it


@dataclass(frozen=True)
class Measure:
    char_width: int
    line: int  # one line of card text
    frame: int  # the rest of a card


class CardWall(QScrollArea):
    laid_out = Signal()  # the cards are placed: `below` has its answer

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomWall")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("Cards")
        self.tiles: list[RoomCardTile] = []
        self.board = RoomBoard((), 0)
        self.tiles_take_focus = False
        self._columns = 0

    def show_board(self, board: RoomBoard) -> None:
        self.board = board
        self._build()

    def set_tiles_take_focus(self, take: bool) -> None:
        """With one screen the keyboard may walk the cards (and open a long one); not otherwise."""
        self.tiles_take_focus = take
        policy = Qt.FocusPolicy.StrongFocus if take else Qt.FocusPolicy.NoFocus
        for tile in self.tiles:
            tile.setFocusPolicy(policy)

    # ----- layout ----------------------------------------------------------------------------

    def _measure(self) -> Measure:
        """A card's sizes, taken on a hidden card inside the wall, so the window's stylesheet
        (and its zoom) sizes it. Notes take a line of their own when any card has one."""
        noted = any(card.note for group in self.board.groups for card in group.cards)
        probe = RoomCardTile(RoomCard("probe", "x", Role.OTHER, "x" if noted else ""), 1)
        probe.setParent(self)
        probe.setVisible(False)
        probe.ensurePolished()
        metrics = probe.text.fontMetrics()
        line = max(1, metrics.lineSpacing())
        # The role line, margins and border: all of the card but its one line of text.
        found = Measure(metrics.averageCharWidth(), line, probe.sizeHint().height() - line)
        probe.deleteLater()
        return found

    def _grid_columns(self) -> int:
        tile_width = max(1, self._measure().char_width * TILE_CHARS)
        width = self.viewport().width() or self.width()
        return max(1, min(MAX_COLUMNS, width // tile_width))

    def _build(self) -> None:
        inner = QWidget()
        inner.setObjectName("roomWallInside")
        self.tiles = []
        groups = self.board.groups
        if not self.board.card_count:
            empty = QLabel("No cards yet.")
            empty.setObjectName("roomEmpty")
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            QVBoxLayout(inner).addWidget(empty)
            self._columns = 0
        elif len(groups) == 1 and not groups[0].title:
            self._columns = self._grid_columns()
            self._grid(inner, groups[0], self._columns)
        else:
            self._columns = 0
            row = QHBoxLayout(inner)
            for group in groups:
                row.addLayout(self._column(group), 1)
        self.setWidget(inner)
        self.set_tiles_take_focus(self.tiles_take_focus)
        # Which cards are out of sight is known once the new cards are laid out.
        QTimer.singleShot(0, self.laid_out.emit)

    def _lines_for(self, rows: int, heading: int = 0) -> int:
        """Lines each card keeps so `rows` of them fit the wall's height: four at most, one at
        least (what still does not fit is counted by `below`)."""
        card = self._measure()
        height = (self.viewport().height() or self.height()) - heading
        per_card = height / max(1, rows) - CARD_SPACING - card.frame
        return max(1, min(4, int(per_card // card.line)))

    def below(self) -> int:
        """How many cards are out of sight under the wall's bottom edge."""
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if layout is not None:
            layout.activate()  # the places a pending layout would give, not stale ones
        bottom = self.viewport().height() + self.verticalScrollBar().value()
        return sum(1 for tile in self.tiles if tile.geometry().bottom() > bottom + 2)

    def _grid(self, inner: QWidget, group: RoomGroup, columns: int) -> None:
        grid = QGridLayout(inner)
        rows = math.ceil(len(group.cards) / columns)
        for index, card in enumerate(group.cards):
            tile = RoomCardTile(card, self._lines_for(rows))
            self.tiles.append(tile)
            grid.addWidget(tile, index // columns, index % columns)
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(rows, 1)

    def _column(self, group: RoomGroup) -> QVBoxLayout:
        column = QVBoxLayout()
        header = QLabel(f"{group.title} · {len(group.cards)}")
        header.setObjectName("roomGroup")
        header.setWordWrap(True)
        header.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(header)
        lines = self._lines_for(max(len(g.cards) for g in self.board.groups), heading=40)
        for card in group.cards:
            tile = RoomCardTile(card, lines)
            self.tiles.append(tile)
            column.addWidget(tile)
        column.addStretch(1)
        return column

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The columns follow the width and the lines per card the height: both rebuild the wall.
        if event.size().height() != event.oldSize().height() or (
            self._columns and self._grid_columns() != self._columns
        ):
            self._build()
