"""The top of the runner and of the audience view: which phase, its prompt, and the timer."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitation.prompts import render_prompt
from facilitation.session import Session
from widgets.timer_view import TimerView


class PhaseHeading(QWidget):
    """ "Phase 3 of 10 · Name" over the prompt, the countdown to their right.

    The object names let the stylesheet size each place apart: the console's prompt and the
    room's are not the same size.
    """

    def __init__(self, title_name: str, prompt_name: str) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName(title_name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt = QLabel()
        self.prompt.setObjectName(prompt_name)
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName("Prompt")
        self.timer_view = TimerView()
        words = QVBoxLayout()
        words.addWidget(self.title)
        words.addWidget(self.prompt, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(words, 1)
        layout.addWidget(self.timer_view, 0, Qt.AlignmentFlag.AlignTop)

    def show_phase(self, session: Session) -> None:
        phase = session.current_phase()
        count = len(session.ordered_runs())
        self.title.setText(f"Phase {session.record.current_phase + 1} of {count} · {phase.name}")
        self.show_prompt(session)

    def show_prompt(self, session: Session) -> None:
        """Again after an edit: a framing phase may change the setup the prompt quotes."""
        self.prompt.setText(render_prompt(session, session.current_phase()))
