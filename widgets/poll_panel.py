"""A poll entered as counts: a row of numbers per side, the bars, the scale's two ends, a note.

The room shows hands; the facilitator types how many showed each value. The panel only reports
what was typed (`count_entered`) and shows what it is given (`show_counts`): the board stores it.
"""

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.roles import parse_role
from facilitation.voting import poll_mean
from widgets.poll_chart import PollChart, side_label
from widgets.role_style import role_icon

MAX_COUNT = 999  # the domain's limit too; the box takes no more digits than that
WIDE_CHART_MIN = 420  # the chart moves beside the counts when it can be at least this wide


def people(count: int) -> str:
    return "1 person" if count == 1 else f"{count} people"


def summary(counts: Mapping[int, int]) -> str:
    """ "4 people · mean 3.5", or "nobody yet"."""
    mean = poll_mean(counts)
    if mean is None:
        return "nobody yet"
    return f"{people(sum(counts.values()))} · mean {mean:.1f}"


class PollPanel(QWidget):
    """Counts per value and side; sides are "" for the whole room or role values."""

    count_entered = Signal(int, str, int)  # value, side, count

    def __init__(
        self,
        scale: range,
        sides: Sequence[str],
        *,
        low_label: str = "",
        high_label: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scale = scale
        self.sides: list[str] = []
        self.spins: dict[tuple[str, int], QSpinBox] = {}
        self.totals: dict[str, QLabel] = {}
        self.room_cells: dict[int, QLabel] = {}
        self._shown: dict[str, dict[int, int]] = {}

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.chart = PollChart(scale)
        self.low_end = QLabel(f"{scale[0]} = {low_label}" if low_label else "")
        self.high_end = QLabel(f"{high_label} = {scale[-1]}" if high_label else "")
        self.high_end.setAlignment(Qt.AlignmentFlag.AlignRight)
        for end in (self.low_end, self.high_end):
            end.setObjectName("countLabel")
            end.setWordWrap(True)
        ends = QHBoxLayout()
        ends.addWidget(self.low_end, 1)
        ends.addWidget(self.high_end, 1)
        self.note = QLabel()
        self.note.setObjectName("warningLabel")
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Poll note")

        counts = QVBoxLayout()
        counts.addWidget(self.grid_host)
        counts.addWidget(self.note)
        counts.addStretch(1)
        bars = QVBoxLayout()
        bars.addWidget(self.chart, 1)
        bars.addLayout(ends)
        # Side by side when there is room, so the bars get the height to read from the back.
        self.outer = QBoxLayout(QBoxLayout.Direction.TopToBottom, self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.addLayout(counts)
        self.outer.addLayout(bars, 1)
        self.set_sides(sides)

    # ----- building the grid -----------------------------------------------------------------

    def set_sides(self, sides: Sequence[str]) -> None:
        """Rows for these sides; rebuilt only when they change, so typing is never interrupted."""
        if list(sides) == self.sides:
            return
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sides = list(sides)
        self.spins.clear()
        self.totals.clear()
        self.room_cells.clear()
        self._shown = {}
        for column, value in enumerate(self.scale, start=1):
            header = QLabel(str(value))
            header.setObjectName("sectionLabel")
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.addWidget(header, 0, column)
        for row, side in enumerate(self.sides, start=1):
            self.grid.addWidget(self._side_label(side), row, 0)
            for column, value in enumerate(self.scale, start=1):
                spin = self._spin(side, value)
                self.grid.addWidget(spin, row, column)
                self.spins[(side, value)] = spin
            self.totals[side] = self._total_label()
            self.grid.addWidget(self.totals[side], row, len(self.scale) + 1)
        if len(self.sides) > 1:
            row = len(self.sides) + 1
            everyone = QLabel("All")
            everyone.setObjectName("countLabel")
            self.grid.addWidget(everyone, row, 0)
            for column, value in enumerate(self.scale, start=1):
                cell = QLabel()
                cell.setObjectName("countLabel")
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.grid.addWidget(cell, row, column)
                self.room_cells[value] = cell
            self.totals["all"] = self._total_label()
            self.grid.addWidget(self.totals["all"], row, len(self.scale) + 1)
        self.grid.setColumnStretch(len(self.scale) + 1, 1)

    @staticmethod
    def _side_label(side: str) -> QWidget:
        if side:
            return _chip_label(side)
        label = QLabel("Hands")
        label.setObjectName("countLabel")
        return label

    def _spin(self, side: str, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_COUNT)
        # Up and Down still step the count; the arrows would only take room from the digits.
        # (NoButtons leaves the digits no room under the app's stylesheet; seam.qss hides them.)
        spin.setObjectName("pollCount")
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setMinimumWidth(64)
        who = f"{side_label(side)} people" if side else "People"
        spin.setAccessibleName(f"{who} showing {value}")
        spin.editingFinished.connect(lambda: self._on_spin_finished(side, value))
        return spin

    @staticmethod
    def _total_label() -> QLabel:
        label = QLabel()
        label.setObjectName("countLabel")
        return label

    # ----- showing and reporting ----------------------------------------------------------------

    def show_counts(
        self, by_side: Mapping[str, Mapping[int, int]], low_threshold: int = -1
    ) -> None:
        """Show stored counts; a box being typed in keeps what is typed until it is finished."""
        self._shown = {side: dict(by_side.get(side, {})) for side in self.sides}
        for (side, value), spin in self.spins.items():
            if not spin.hasFocus():
                spin.setValue(self._shown[side].get(value, 0))
        for side in self.sides:
            self.totals[side].setText(summary(self._shown[side]))
        if self.room_cells:
            room = self.room_counts()
            for value, cell in self.room_cells.items():
                cell.setText(str(room.get(value, 0)))
            self.totals["all"].setText(summary(room))
        self.chart.show_counts(self._shown, low_threshold)

    def room_counts(self) -> dict[int, int]:
        """What is shown, summed over the sides."""
        room: dict[int, int] = {}
        for counts in self._shown.values():
            for value, count in counts.items():
                room[value] = room.get(value, 0) + count
        return room

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = self.width() >= self.grid_host.sizeHint().width() + WIDE_CHART_MIN
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.outer.direction() != direction:
            self.outer.setDirection(direction)
        super().resizeEvent(event)

    def show_note(self, text: str, *, warning: bool = True) -> None:
        """A sentence under the chart: a warning (concerns, a gap) or plain news."""
        name = "warningLabel" if warning else "countLabel"
        if self.note.objectName() != name:
            self.note.setObjectName(name)
            self.note.style().unpolish(self.note)
            self.note.style().polish(self.note)
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def first_spin(self) -> QSpinBox | None:
        return next(iter(self.spins.values()), None)

    def _on_spin_finished(self, side: str, value: int) -> None:
        spin = self.spins.get((side, value))
        if spin is None:
            return
        count = spin.value()
        if count == self._shown.get(side, {}).get(value, 0):
            return
        self.count_entered.emit(value, side, count)
        # Whether it was stored or refused, the box shows what is stored now.
        spin.setValue(self._shown.get(side, {}).get(value, 0))


def _chip_label(side: str) -> QWidget:
    """The role's chip and name in one cell."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 8, 0)
    chip = QLabel()
    chip.setPixmap(role_icon(parse_role(side), 24).pixmap(24, 24))
    name = QLabel(side_label(side))
    name.setObjectName("countLabel")
    row.addWidget(chip)
    row.addWidget(name, 1)
    return host
