"""The big countdown the room follows; it draws a TimerReading and holds no time of its own."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitation.timebox import TimerPhase, TimerReading, format_clock

_CAPTIONS = {
    TimerPhase.READY: "ready",
    TimerPhase.RUNNING: "",
    TimerPhase.WARNING: "one minute left",
    TimerPhase.PAUSED: "paused",
    TimerPhase.OVERTIME: "overtime",
}


class TimerView(QWidget):
    """Digits plus a caption; the `timerState` property lets the stylesheet colour each state."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerView")
        self.digits = QLabel("0:00")
        self.digits.setObjectName("timerDigits")
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel("")
        self.caption.setObjectName("timerCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.digits)
        layout.addWidget(self.caption)
        self.setAccessibleName("Phase timer")
        self._state = ""

    def show_reading(self, reading: TimerReading | None) -> None:
        if reading is None:
            self.digits.setText("–:––")
            self.caption.setText("")
            self._set_state("ready")
            return
        if reading.phase is TimerPhase.OVERTIME:
            text = "+" + format_clock(reading.overtime_s)
        else:
            text = format_clock(reading.remaining_s)
        caption = _CAPTIONS[reading.phase]
        if reading.phase is TimerPhase.OVERTIME and not reading.running:
            caption = "overtime, paused"
        self.digits.setText(text)
        self.caption.setText(caption)
        self.setAccessibleDescription(f"{text} {caption}".strip())
        self._set_state(reading.phase.value)

    @property
    def state(self) -> str:
        return self._state

    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        self._state = state
        for widget in (self, self.digits, self.caption):
            widget.setProperty("timerState", state)
            widget.style().unpolish(widget)
            widget.style().polish(widget)
