"""The runner: phase stepper, the prompt in large type, the countdown, and the phase's board."""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.boards.factory import make_board
from app.ui.controller import SessionController
from app.ui.parking_lot import ParkingLot
from facilitation import lifecycle
from facilitation.changes import Change
from facilitation.prompts import render_prompt
from facilitation.session import Session
from widgets.phase_stepper import PhaseStepper
from widgets.timer_view import TimerView

TICK_MS = 200


class RunnerScreen(QWidget):
    """Runs a started session; emits `finished` after the last phase and `home_requested`."""

    finished = Signal()
    home_requested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runner")
        self.controller = controller
        self.boards: dict[str, Board] = {}
        self.shown_phase = -1

        self.stepper = PhaseStepper()
        self.phase_title = QLabel()
        self.phase_title.setObjectName("phaseTitle")
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setAccessibleName("Prompt")
        self.timer_view = TimerView()
        self.notes = QLabel()
        self.notes.setObjectName("notes")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setVisible(False)
        self.board_stack = QStackedWidget()
        self.message = QLabel()
        self.message.setObjectName("errorMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Message")
        self.parking: ParkingLot | None = None
        parking_hint = ""
        if controller.session.method.has_parking_lot:
            # Open all session: solutions raised in any phase are parked, not debated.
            self.parking = ParkingLot(controller)
            self.parking.setVisible(False)
            self.parking.count_changed.connect(self._show_parking_count)
            parking_hint = " · Ctrl+Shift+L parking lot"
        self.hints = QLabel(
            "Ctrl+Space timer · Ctrl+T more time · Ctrl+PgDn next phase · "
            f"Ctrl+Shift+N notes{parking_hint} · F1 all shortcuts"
        )
        self.hints.setObjectName("hintLabel")
        self.parking_badge = QLabel()
        self.parking_badge.setObjectName("hintLabel")
        self.parking_badge.setAccessibleName("Parked solutions")

        heading = QVBoxLayout()
        heading.addWidget(self.phase_title)
        heading.addWidget(self.prompt, 1)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addWidget(self.timer_view, 0, Qt.AlignmentFlag.AlignTop)
        work = QHBoxLayout()
        work.addWidget(self.board_stack, 3)
        if self.parking is not None:
            work.addWidget(self.parking, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.hints, 1)
        footer.addWidget(self.parking_badge)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stepper)
        layout.addLayout(top)
        layout.addWidget(self.notes)
        layout.addLayout(work, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        if self.parking is not None:
            self._show_parking_count(self.parking.count())

        self._bind_shortcuts()
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._on_failed)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.show_phase()

    # ----- keyboard --------------------------------------------------------------------------

    def _bind_shortcuts(self) -> None:
        bindings = {
            "Ctrl+Space": self.toggle_timer,
            "Space": self.toggle_timer,
            "Ctrl+T": lambda: self.extend(1),
            "Ctrl+Shift+T": lambda: self.extend(2),
            "Ctrl+PgDown": self.next_phase,
            "Alt+Right": self.next_phase,
            "Ctrl+PgUp": self.previous_phase,
            "Alt+Left": self.previous_phase,
            "Ctrl+K": self.skip_phase,
            "Ctrl+Shift+N": self.toggle_notes,
            "Ctrl+H": self.go_home,
        }
        if self.parking is not None:
            bindings["Ctrl+Shift+L"] = self.toggle_parking_lot
        for keys, slot in bindings.items():
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # ----- drawing ---------------------------------------------------------------------------

    @property
    def session(self) -> Session:
        return self.controller.session

    def current_board(self) -> Board:
        phase = self.session.current_phase()
        if phase.id not in self.boards:
            board = make_board(self.controller, phase)
            self.boards[phase.id] = board
            self.board_stack.addWidget(board)
        return self.boards[phase.id]

    def show_phase(self) -> None:
        session = self.session
        phase = session.current_phase()
        runs = session.ordered_runs()
        names = [session.method.phase(r.phase_id).name for r in runs]
        self.stepper.show_phases(names, [r.state for r in runs], session.record.current_phase)
        number = session.record.current_phase + 1
        self.phase_title.setText(f"Phase {number} of {len(runs)} · {phase.name}")
        self.prompt.setText(render_prompt(session, phase))
        self.notes.setText(f"Facilitator notes: {phase.notes}\nPurpose: {phase.purpose}")
        board = self.current_board()
        self.board_stack.setCurrentWidget(board)
        # Only a new phase moves the keyboard; redraws after an edit leave focus where it is.
        if self.shown_phase != session.record.current_phase:
            self.shown_phase = session.record.current_phase
            board.focus_entry()
        self.tick()

    def tick(self) -> None:
        box = self.session.timebox
        self.timer_view.show_reading(box.read() if box else None)

    def _on_changed(self, change: Change) -> None:
        self.message.clear()
        # Every command touches the session record; only a phase run says the phase view moved.
        if "phase_run" in change.kinds:
            self.show_phase()
        else:
            # A framing phase may edit the setup the prompt quotes (the approver, the deadline).
            self.prompt.setText(render_prompt(self.session, self.session.current_phase()))

    def _on_failed(self, sentence: str) -> None:
        self.message.setText(sentence)

    # ----- commands --------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        self.controller.run(lifecycle.toggle_timer)

    def extend(self, minutes: int) -> None:
        self.controller.run(lambda s: lifecycle.extend_timer(s, minutes))

    def next_phase(self) -> None:
        session = self.session
        if session.record.current_phase + 1 < session.phase_count():
            self.controller.run(lifecycle.next_phase)
            return
        answer = QMessageBox.question(
            self, "Finish the session", "This was the last phase. Finish the session now?"
        )
        if answer == QMessageBox.StandardButton.Yes and self.controller.run(
            lifecycle.finish_session
        ):
            self.finished.emit()

    def previous_phase(self) -> None:
        if self.session.record.current_phase > 0:
            self.controller.run(lifecycle.previous_phase)

    def skip_phase(self) -> None:
        if self.session.record.current_phase + 1 < self.session.phase_count():
            self.controller.run(lambda s: lifecycle.next_phase(s, skipped=True))

    def go_home(self) -> None:
        self.home_requested.emit()

    def toggle_notes(self) -> None:
        self.notes.setVisible(not self.notes.isVisible())

    def toggle_parking_lot(self) -> None:
        """Show the parking lot with the keyboard in it; again hides it and goes back to work."""
        if self.parking is None:
            return
        showing = not self.parking.isVisible()
        self.parking.setVisible(showing)
        if showing:
            self.parking.focus_entry()
        else:
            self.current_board().focus_entry()

    def _show_parking_count(self, count: int) -> None:
        self.parking_badge.setText(f"Parking lot: {count}" if count else "")
