"""One column of a column board: a header with its name, hint and role counts, over its cards."""

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from facilitation.roles import ROLE_COLOURS, ROLE_ORDER, Role
from widgets.card_list import CardListModel
from widgets.card_list_view import card_list_view


def role_counts_html(counts: Mapping[Role, int]) -> str:
    """ "5 cards · ■ P 3 · ■ E 2": each role's colour beside its letter, never colour alone."""
    total = sum(counts.values())
    if not total:
        return "no cards yet"
    noun = "card" if total == 1 else "cards"
    parts = [f"{total} {noun}"]
    for role in ROLE_ORDER:
        if counts.get(role):
            chip = f"<span style='color:{ROLE_COLOURS[role]}'>■</span>"
            parts.append(f"{chip} {role.letter} {counts[role]}")
    return " · ".join(parts)


class CardColumn(QFrame):
    """A titled card list; the board says which column is the one new cards go to."""

    def __init__(self, model: CardListModel, accessible_name: str) -> None:
        super().__init__()
        self.setObjectName("cardColumn")
        self.header = QLabel()
        self.header.setObjectName("columnHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.model = model
        self.list = card_list_view(model, accessible_name)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.header)
        layout.addWidget(self.list, 1)
        self._current: bool | None = None
        self._shown: tuple[str, str, dict[Role, int], bool] | None = None
        self.set_current(False)

    def show_header(self, title: str, hint: str, counts: Mapping[Role, int], current: bool) -> None:
        self._shown = (title, hint, dict(counts), current)
        self._draw_header()
        where = ", new cards go here" if current else ""
        self.header.setAccessibleName(f"{title}: {sum(counts.values())} cards{where}")
        self.set_current(current)

    def _draw_header(self) -> None:
        if self._shown is None:
            return
        title, hint, counts, current = self._shown
        # The current column is marked by a sign and words as well as the outline's colour.
        marker = "▶ " if current else ""
        lines = [f"<b>{marker}{escape(title)}</b>"]
        if hint:
            # Rich text cannot name a theme's colour; the palette's muted role is the theme's.
            muted = self.palette().color(QPalette.ColorRole.Dark).name()
            lines.append(f"<span style='color:{muted}'>{escape(hint)}</span>")
        lines.append(role_counts_html(counts))
        self.header.setText("<br>".join(lines))

    def changeEvent(self, event: QEvent) -> None:
        # Another theme: the hint's colour is written into the header's text, so write it again.
        if event.type() == QEvent.Type.PaletteChange:
            self._draw_header()
        super().changeEvent(event)

    def set_current(self, current: bool) -> None:
        if current == self._current:
            return
        self._current = current
        # seam.qss outlines the current column and tints its header; a new value needs a repolish.
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)
        self.header.style().unpolish(self.header)
        self.header.style().polish(self.header)

    def selected_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))
