"""Options × criteria as a table: both sides' scores per cell, tinted by how far apart they are.

The table is given plain data (names, weights, numbers, the texts of the summary columns) and
emits what was typed; it never computes a total. In Pugh mode the same cells show +, S or −.
Colour is never the only cue: a tinted cell always carries its number or sign. Tints are light in
every theme and keep a dark ink; everything else takes the theme's colours from the palette.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitation.roles import ROLE_COLOURS, Role
from widgets.key_map import typed_digit

AnyIndex = QModelIndex | QPersistentModelIndex
CELL_ROLE = Qt.ItemDataRole.UserRole + 1
# Gap between the sides' scores → tint. One hue getting darker, so it reads without hue vision.
HEAT = {1: "#FFF0D4", 2: "#FFD79B", 3: "#FDB466", 4: "#F08A3A"}
PUGH_TINT = {1: "#D5EED0", 0: "#ECEEF1", -1: "#F9D2CA"}
PUGH_SIGN = {1: "+", 0: "S", -1: "−"}
# On a tint (always light): numbers and signs, the gap, the datum and its quieter word.
TINT_INK, GAP_INK, DATUM_FILL, DATUM_INK = "#111111", "#5A2A00", "#F4F5F7", "#4A5058"
SUMMARY_PX = 26  # totals and ranks are what the room looks for first
HEADER_PX, NAME_PX, SMALLEST_PX = 19, 20, 13  # text shrinks towards SMALLEST before it clips
WRAP_CENTRE = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


@dataclass(frozen=True)
class Criterion:
    name: str
    weight: int  # 0 while nobody has weighted it


@dataclass(frozen=True)
class OptionRow:
    name: str
    summary: tuple[str, ...]  # the texts of the columns after the criteria (total, %, rank…)
    leading: bool = False  # drawn in bold: the option at the top


@dataclass(frozen=True)
class ScoreCell:
    """Both sides' scores of one option on one criterion; 0 where a side has not scored."""

    product: int
    engineering: int
    gap: int | None  # how far apart, once both sides scored


@dataclass(frozen=True)
class PughCell:
    sign: int | None  # +1 better than the datum, 0 the same, −1 worse; None while unscored
    datum: bool = False  # this row is the datum itself


Cell = ScoreCell | PughCell


def figure(value: float) -> str:
    """A total as shown: whole numbers plain, a half (from the sides' mean) with one decimal."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def rank_label(rank: int, ranks: Sequence[int]) -> str:
    """A rank as shown among all `ranks`; tied options share it and say so."""
    return f"{rank} (tie)" if ranks.count(rank) > 1 else str(rank)


def heat(gap: int | None) -> QColor | None:
    if not gap:
        return None
    return QColor(HEAT[min(gap, max(HEAT))])


def cell_words(option: str, criterion: str, cell: Cell) -> str:
    """What a screen reader says for a cell."""
    if isinstance(cell, PughCell):
        if cell.datum:
            return f"{option} on {criterion}: the datum"
        words = {1: "better than", 0: "the same as", -1: "worse than", None: "not yet compared to"}
        return f"{option} on {criterion}: {words[cell.sign]} the datum"
    parts = [
        f"product {cell.product or 'not scored'}",
        f"engineering {cell.engineering or 'not scored'}",
    ]
    if cell.gap:
        parts.append(f"{cell.gap} apart")
    return f"{option} on {criterion}: " + ", ".join(parts)


def fitting_font(base: QFont, area: QRect, text: str, largest: int) -> QFont:
    """The largest pixel size, down to SMALLEST_PX, at which `text` wraps inside `area`.

    Seven criteria on a 1280-pixel projector leave narrow columns; a title a size smaller beats
    one that loses its last letters.
    """
    font = QFont(base)
    for size in range(largest, SMALLEST_PX - 1, -1):
        font.setPixelSize(size)
        bounds = QFontMetrics(font).boundingRect(area, WRAP_CENTRE, text)
        if bounds.width() <= area.width() and bounds.height() <= area.height():
            break
    return font


class FittingHeader(QHeaderView):
    """Column titles that wrap, and shrink a little rather than lose letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)

    def sizeHint(self) -> QSize:
        # Room for a name on two lines and the weight on a third.
        font = QFont(self.font())
        font.setPixelSize(HEADER_PX)
        hint = super().sizeHint()
        return QSize(hint.width(), QFontMetrics(font).lineSpacing() * 3 + 16)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:
        if not rect.isValid():
            return
        painter.save()
        # The style draws the section's background as seam.qss has it; the text is drawn here.
        section = QStyleOptionHeader()
        self.initStyleOption(section)
        section.rect = rect
        section.section = logical_index
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, section, painter, self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        model = self.model()
        text = str(model.headerData(logical_index, self.orientation()) or "") if model else ""
        area = rect.adjusted(4, 4, -4, -4)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(fitting_font(bold, area, text, HEADER_PX))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(area, WRAP_CENTRE, text)
        painter.restore()


class MatrixDelegate(QStyledItemDelegate):
    """Paints score and Pugh cells; name and summary cells are plain text."""

    def __init__(self, table: "MatrixTable") -> None:
        super().__init__(table)
        self.table = table

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        cell = index.data(CELL_ROLE)
        if index.column() == 0:
            self._paint_name(painter, option, index)
            return
        if not isinstance(cell, ScoreCell | PughCell):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRect(option.rect)
        if isinstance(cell, ScoreCell):
            tinted = self._paint_scores(painter, rect, cell, QFont(option.font), option.palette)
        else:
            tinted = self._paint_pugh(painter, rect, cell, QFont(option.font), option.palette)
        if option.state & QStyle.StateFlag.State_Selected:
            pen = QPen(option.palette.color(QPalette.ColorRole.Link), 4)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
            if tinted:
                # A dark theme's focus colour is as light as the tint: a dark line edges the ring.
                painter.setPen(QPen(QColor(TINT_INK), 2))
                painter.drawRect(rect.adjusted(5, 5, -5, -5))
        painter.restore()

    def _paint_name(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """An option's name, wrapped, a size smaller rather than cut when the row is tight."""
        painter.save()
        rect = QRect(option.rect)
        area = rect.adjusted(6, 2, -4, -2)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        given = index.data(Qt.ItemDataRole.FontRole)
        base = QFont(given) if isinstance(given, QFont) else QFont(option.font)
        painter.setFont(fitting_font(base, area, text, NAME_PX))
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        flags = (
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
        )
        painter.drawText(area, flags, text)
        painter.restore()

    def _paint_scores(
        self, painter: QPainter, rect: QRect, cell: ScoreCell, font: QFont, palette: QPalette
    ) -> bool:
        """Draws the cell; says whether it is tinted."""
        tint = heat(cell.gap)
        if tint is not None:
            painter.fillRect(rect, tint)
            ink = faint = QColor(TINT_INK)
        else:
            ink = palette.color(QPalette.ColorRole.Text)
            faint = palette.color(QPalette.ColorRole.PlaceholderText)
        active = self.table.active_side
        number_font = QFont(font)
        # As large as the cell allows: two lettered numbers side by side, read from the back.
        fits = min(rect.height() * 0.42, (rect.width() - 36) / 3.2, 48)
        number_font.setPixelSize(max(14, int(fits)))
        metrics = QFontMetrics(number_font)
        chip = metrics.height() * 0.8
        number_w = metrics.horizontalAdvance("5") + 4
        group_w = chip + 6 + number_w
        spacing = max(8.0, min(28.0, (rect.width() - 2 * group_w) / 3))
        x = rect.center().x() - (2 * group_w + spacing) / 2
        y = rect.center().y()
        for role, value in ((Role.PRODUCT, cell.product), (Role.ENGINEERING, cell.engineering)):
            chip_rect = QRectF(x, y - chip / 2, chip, chip)
            mine = role.value == active
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ROLE_COLOURS[role]))
            painter.drawRoundedRect(chip_rect, chip * 0.25, chip * 0.25)
            letter = QFont(number_font)
            letter.setBold(True)
            letter.setPixelSize(max(10, int(chip * 0.7)))
            painter.setFont(letter)
            painter.setPen(QColor("white"))
            painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, role.label[0])
            shown = QFont(number_font)
            shown.setBold(mine)
            painter.setFont(shown)
            painter.setPen(ink if value else faint)
            number_rect = QRectF(x + chip + 6, rect.top(), number_w, rect.height())
            text = str(value) if value else "–"
            painter.drawText(number_rect, Qt.AlignmentFlag.AlignVCenter, text)
            if mine:
                # The side now scoring is underlined too, so it never rests on weight alone.
                underline = y + metrics.height() / 2
                painter.setPen(QPen(QColor(ROLE_COLOURS[role]), 3))
                painter.drawLine(
                    int(x), int(underline), int(x + chip + 6 + number_w - 4), int(underline)
                )
            x += group_w + spacing
        if cell.gap:
            small = QFont(font)
            small.setPixelSize(max(12, int(number_font.pixelSize() * 0.6)))
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(QColor(GAP_INK))
            painter.drawText(
                rect.adjusted(4, 2, -6, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                f"Δ{cell.gap}",
            )
        return tint is not None

    def _paint_pugh(
        self, painter: QPainter, rect: QRect, cell: PughCell, font: QFont, palette: QPalette
    ) -> bool:
        """Draws the cell; says whether it is tinted."""
        big = QFont(font)
        big.setPixelSize(max(14, min(int(rect.height() * 0.5), 36)))
        big.setBold(True)
        tinted = cell.datum or cell.sign is not None
        if cell.datum:
            painter.fillRect(rect, QColor(DATUM_FILL))
            big.setBold(False)
            big.setItalic(True)
            big.setPixelSize(max(12, big.pixelSize() * 6 // 10))
            text, colour = "datum", QColor(DATUM_INK)
        elif cell.sign is None:
            text, colour = "–", palette.color(QPalette.ColorRole.PlaceholderText)
        else:
            painter.fillRect(rect, QColor(PUGH_TINT[cell.sign]))
            text, colour = PUGH_SIGN[cell.sign], QColor(TINT_INK)
        painter.setFont(big)
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        return tinted

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if isinstance(index.data(CELL_ROLE), ScoreCell | PughCell):
            return QSize(max(hint.width(), 150), max(hint.height(), 56))
        return hint


class MatrixTable(QTableWidget):
    """One row per option: its name, a cell per criterion, then summary columns.

    Arrow keys move between cells; a digit emits `score_typed(row, criterion, value)` and
    0 or Delete emits it with 0. The table only reports; the board stores, then redraws it.
    """

    score_typed = Signal(int, int, int)  # option row, criterion column (0-based), value

    def __init__(self, *, scoring: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixTable")
        self.scoring = scoring
        self.active_side = Role.PRODUCT.value if scoring else ""
        self.criteria_count = 0
        self.setItemDelegate(MatrixDelegate(self))
        self.setHorizontalHeader(FittingHeader(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setMinimumSectionSize(48)
        self.currentCellChanged.connect(self._keep_on_scores)
        if scoring:
            self.installEventFilter(self)
        else:
            # Shown for reading only: the keyboard stays with whatever changes the numbers.
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

    # ----- drawing ---------------------------------------------------------------------------

    def show_matrix(
        self,
        rows: Sequence[OptionRow],
        criteria: Sequence[Criterion],
        cells: Mapping[tuple[int, int], Cell],
        summary_headers: Sequence[str],
    ) -> None:
        """Redraw everything; `cells` is keyed by (option row, criterion index)."""
        row, column = self.currentRow(), self.currentColumn()
        self.criteria_count = len(criteria)
        headers = ["Option", *(self._header(c) for c in criteria), *summary_headers]
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(headers)
        summary_font = QFont(self.font())
        summary_font.setPixelSize(SUMMARY_PX)
        for r, option in enumerate(rows):
            name = QTableWidgetItem(option.name)
            if option.leading:
                bold = QFont(self.font())
                bold.setBold(True)
                name.setFont(bold)
            lead = QFont(summary_font)
            lead.setBold(option.leading)
            self.setItem(r, 0, name)
            for c, criterion in enumerate(criteria):
                cell = cells.get((r, c), ScoreCell(0, 0, None))
                item = QTableWidgetItem()
                item.setData(CELL_ROLE, cell)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    cell_words(option.name, criterion.name, cell),
                )
                self.setItem(r, 1 + c, item)
            for s, text in enumerate(option.summary):
                summary = QTableWidgetItem(text)
                summary.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                summary.setFont(lead)
                self.setItem(r, 1 + len(criteria) + s, summary)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headers)):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if c <= len(criteria)
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(c, mode)
        if self.scoring and rows and criteria:
            self.setCurrentCell(min(max(row, 0), len(rows) - 1), min(max(column, 1), len(criteria)))

    @staticmethod
    def _header(criterion: Criterion) -> str:
        weight = f"× {criterion.weight}" if criterion.weight else "no weight"
        return f"{criterion.name}\n{weight}"

    def _keep_on_scores(self, row: int, column: int, *_previous: int) -> None:
        # Names and totals take no digit; the keyboard stays on the cells that do.
        if (
            self.scoring
            and row >= 0
            and self.criteria_count
            and not 1 <= column <= self.criteria_count
        ):
            self.setCurrentCell(row, min(max(column, 1), self.criteria_count))

    def set_active_side(self, side: str) -> None:
        self.active_side = side
        self.viewport().update()

    # ----- the cell under the keyboard -------------------------------------------------------

    def current_cell(self) -> tuple[int, int] | None:
        """(option row, criterion index) of the selected score cell, or None."""
        row, column = self.currentRow(), self.currentColumn() - 1
        if 0 <= row < self.rowCount() and 0 <= column < self.criteria_count:
            return row, column
        return None

    def select_cell(self, row: int, criterion: int) -> None:
        self.setCurrentCell(row, 1 + criterion)

    def advance(self) -> None:
        """Down to the next option; after the last, the top of the next criterion.

        Scoring every option on one criterion before the next keeps the comparison honest.
        """
        found = self.current_cell()
        if found is None or not self.rowCount():
            return
        row, column = found
        if row + 1 < self.rowCount():
            self.select_cell(row + 1, column)
        elif column + 1 < self.criteria_count:
            self.select_cell(0, column + 1)

    def cell_at(self, row: int, criterion: int) -> Cell | None:
        item = self.item(row, 1 + criterion)
        found = item.data(CELL_ROLE) if item else None
        return found if isinstance(found, ScoreCell | PughCell) else None

    def row_texts(self, row: int) -> list[str]:
        """What a row shows as text: the name and the summary columns (for tests and reading)."""
        items = (
            self.item(row, c) for c in (0, *range(1 + self.criteria_count, self.columnCount()))
        )
        return [item.text() if item else "" for item in items]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        found = self.current_cell()
        digit = typed_digit(event)
        if event.key() == Qt.Key.Key_Delete:
            digit = 0
        if digit is None or found is None:
            return False
        self.score_typed.emit(found[0], found[1], digit)
        return True
