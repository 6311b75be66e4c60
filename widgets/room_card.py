"""One card as the room sees it: the role's name on its colour, the text, and a short note.

Long text is cut to a few lines with an ellipsis; a card with the keyboard on it shows it whole.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from facilitation.room import RoomCard
from widgets.elide import fit_lines
from widgets.role_style import role_icon


class RoomCardTile(QFrame):
    def __init__(self, card: RoomCard, max_lines: int | None = 4) -> None:
        super().__init__()
        self.setObjectName("roomCard")
        self.card = card
        self.max_lines = max_lines
        self.cut = False
        # The role's chip (its colour and letter) beside its name: never colour alone.
        self.chip = QLabel()
        self.chip.setObjectName("roomChip")
        self.role = QLabel(card.role.label)
        self.role.setObjectName("roomRole")
        self.note = QLabel(card.note)
        self.note.setObjectName("roomNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setVisible(bool(card.note))
        self.text = QLabel()
        self.text.setObjectName("roomCardText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.chip)
        head.addWidget(self.role)
        head.addStretch(1)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        layout.addLayout(head)
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setAccessibleName(f"{card.role.label} card")
        self.setAccessibleDescription(card.text)
        self.setToolTip(card.text)
        self._fit()

    def set_max_lines(self, max_lines: int | None) -> None:
        if max_lines != self.max_lines:
            self.max_lines = max_lines
            self._fit()

    def _fit(self) -> None:
        size = self.role.fontMetrics().height()
        if self.chip.height() != size:
            self.chip.setPixmap(role_icon(self.card.role, size).pixmap(size, size))
            self.chip.setFixedSize(size, size)
        room = self.text.contentsRect().width()
        width = room if room > 1 else 400
        whole = self.hasFocus()
        shown, self.cut = fit_lines(
            self.card.text, self.text.font(), width, None if whole else self.max_lines
        )
        self.text.setText(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._fit()
