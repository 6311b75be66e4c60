"""The console's side panel: the facilitator's notes, what comes next, the cards the room has not
seen yet, and the time plan, phase by phase."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from facilitation.method import Phase
from facilitation.report_readers import PhaseTime
from facilitation.time_plan import TimePlan, drift_sentence
from facilitation.timebox import format_minutes

MARKS = {"done": "✓", "skipped": "–", "active": "▶", "pending": "·"}


def facilitator_notes(phase: Phase) -> str:
    """The method's notes for the facilitator and the phase's purpose: never projected."""
    return f"Facilitator notes: {phase.notes}\nPurpose: {phase.purpose}"


def plan_line(row: PhaseTime) -> str:
    """ "✓ Set the stage 6/5" (minutes used of planned) or "· Read-out 10" for one to come."""
    if row.state == "pending":
        return f"{MARKS['pending']} {row.name} {format_minutes(row.planned_s)}"
    used = format_minutes(row.actual_s)
    return f"{MARKS[row.state]} {row.name} {used}/{format_minutes(row.planned_s)}"


def _label(name: str, accessible: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


class ConsolePanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("consolePanel")
        self.setAccessibleName("Facilitator console")
        self.notes = _label("notes", "Facilitator notes")
        self.next_label = _label("consoleNext", "What comes next")
        self.hidden_label = _label("consoleHidden", "Cards not on the projector yet")
        self.plan_label = _label("consolePlan", "Time plan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        for label in (self.notes, self.next_label, self.hidden_label, self.plan_label):
            layout.addWidget(label)
        layout.addStretch(1)

    def show_state(self, phase: Phase, plan: TimePlan, hidden: int) -> None:
        self.notes.setText(facilitator_notes(phase))
        upcoming = plan.next_row
        after = (
            f"Next: {upcoming.name}, {round(upcoming.planned_s / 60)} min."
            if upcoming
            else "Next: the summary."
        )
        ends = plan.ends_at.astimezone().strftime("%H:%M")
        self.next_label.setText(f"{after}\n{drift_sentence(plan).capitalize()}; ends about {ends}.")
        if phase.silent:
            waiting = f"{hidden} not on the projector yet." if hidden else "None waiting."
            self.hidden_label.setText(
                f"Silent writing: {waiting}\nThey are in italics on the board; Ctrl+Shift+R reveals"
                " them, shuffled."
            )
        self.hidden_label.setVisible(phase.silent)
        lines = "\n".join(plan_line(row) for row in plan.rows)
        self.plan_label.setText(f"Time plan (minutes used/planned)\n{lines}")
