"""The row of phases across the top: done, current and still to come, readable at a glance."""

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

_MARKS = {"done": "✓", "skipped": "–", "active": "●", "pending": ""}


class PhaseStepper(QWidget):
    """Numbered phase names; the current one is emphasised by weight and colour and a marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phaseStepper")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.labels: list[QLabel] = []

    def show_phases(self, names: Sequence[str], states: Sequence[str], current: int) -> None:
        while len(self.labels) < len(names):
            label = QLabel()
            label.setObjectName("phaseStep")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self._layout.addWidget(label)
            self.labels.append(label)
        for index, label in enumerate(self.labels):
            visible = index < len(names)
            label.setVisible(visible)
            if not visible:
                continue
            state = "active" if index == current else states[index]
            mark = _MARKS.get(state, "")
            label.setText(f"{mark} {index + 1}. {names[index]}".strip())
            label.setProperty("stepState", state)
            label.setAccessibleName(f"Phase {index + 1}, {names[index]}, {state}")
            label.style().unpolish(label)
            label.style().polish(label)
