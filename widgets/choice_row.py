"""A row of answer buttons (Done / Partly / Not done, a seam, a circle), one of them shown chosen.

The keys that choose an answer act on the board's list, so the buttons take no keyboard focus;
each shows its key, so the room and the facilitator read the same thing.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget


class ChoiceRow(QWidget):
    """`choices` are (value, name, key) triples; `chosen` reports a click with the value."""

    chosen = Signal(str)

    def __init__(self, choices: Sequence[tuple[str, str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("choiceRow")  # seam.qss gives its buttons a checked look
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for value, name, key in choices:
            button = QPushButton(f"{key}  {name}" if key else name)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(f"{name} (key {key})" if key else name)
            button.clicked.connect(lambda _checked=False, v=value: self.chosen.emit(v))
            layout.addWidget(button)
            self.buttons[value] = button
        layout.addStretch(1)

    def show_value(self, value: str) -> None:
        for key, button in self.buttons.items():
            button.setChecked(key == value)

    def value(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), "")
