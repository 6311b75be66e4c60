"""The runner: phase stepper, the prompt in large type, the countdown, and the phase's board.

While Seam presents on a second screen the runner is the facilitator's console: it adds the
facilitator notes, what comes next, the time plan and the cards the room has not seen yet.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.boards.factory import make_board
from app.ui.commands import RunnerCommand
from app.ui.console_panel import ConsolePanel, facilitator_notes
from app.ui.controller import SessionController
from app.ui.parking_lot import ParkingLot
from app.ui.phase_heading import PhaseHeading
from app.ui.preferences import Preferences
from facilitation import lifecycle, reveal
from facilitation.changes import Change
from facilitation.session import Session
from facilitation.time_plan import time_plan
from facilitation.timebox import TimerCue, TimerReading, cue_between
from widgets.phase_stepper import PhaseStepper

TICK_MS = 200


class RunnerScreen(QWidget):
    """Runs a started session; emits `finished` after the last phase and `home_requested`."""

    finished = Signal()
    home_requested = Signal()
    reading_changed = Signal(object)  # the TimerReading (or None) now on the timer
    chime_requested = Signal(object)  # a TimerCue the room should hear; never sent while muted
    phase_shown = Signal()

    def __init__(
        self,
        controller: SessionController,
        preferences: Preferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("runner")
        self.controller = controller
        self.preferences = preferences
        self.last_reading: TimerReading | None = None
        self.boards: dict[str, Board] = {}
        self.shown_phase = -1

        self.stepper = PhaseStepper()
        self.heading = PhaseHeading("phaseTitle", "prompt")
        self.phase_title = self.heading.title
        self.prompt = self.heading.prompt
        self.timer_view = self.heading.timer_view
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
            f"Ctrl+Shift+N notes{parking_hint} · F5 present · F1 all shortcuts"
        )
        self.hints.setObjectName("hintLabel")
        self.hints.setWordWrap(True)
        self.timer_settings = QLabel()
        self.timer_settings.setObjectName("hintLabel")
        self.timer_settings.setAccessibleName("Timer settings")
        self.console = ConsolePanel()
        self.parking_badge = QLabel()
        self.parking_badge.setObjectName("hintLabel")
        self.parking_badge.setAccessibleName("Parked solutions")

        work = QHBoxLayout()
        work.addWidget(self.board_stack, 3)
        if self.parking is not None:
            work.addWidget(self.parking, 1)
        # The console's notes and plan may run long on a laptop screen: they scroll, never clip.
        self.console_scroll = QScrollArea()
        self.console_scroll.setWidget(self.console)
        self.console_scroll.setWidgetResizable(True)
        self.console_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.console_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.console_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.console_scroll.setVisible(False)
        work.addWidget(self.console_scroll, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.hints, 1)
        footer.addWidget(self.parking_badge)
        footer.addWidget(self.timer_settings)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stepper)
        layout.addWidget(self.heading)
        layout.addWidget(self.notes)
        layout.addLayout(work, 1)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        if self.parking is not None:
            self._show_parking_count(self.parking.count())

        self._bind_shortcuts()
        self.show_timer_settings()
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._on_failed)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        self.show_phase()

    # ----- keyboard --------------------------------------------------------------------------

    def commands(self) -> list[RunnerCommand]:
        """What the facilitator can do while a phase runs, with its keys; the audience view
        offers the same keys (and the `on_bar` ones as buttons) when it has the only screen."""
        return [
            RunnerCommand("Pause or resume", ("Space", "Ctrl+Space"), self.toggle_timer, True),
            RunnerCommand("One more minute", ("Ctrl+T",), lambda: self.extend(1), True),
            RunnerCommand("Two more minutes", ("Ctrl+Shift+T",), lambda: self.extend(2), True),
            RunnerCommand("Previous phase", ("Ctrl+PgUp", "Alt+Left"), self.previous_phase, True),
            RunnerCommand("Next phase", ("Ctrl+PgDown", "Alt+Right"), self.next_phase, True),
            RunnerCommand("Skip this phase", ("Ctrl+K",), self.skip_phase, True),
            RunnerCommand("Reveal the cards", ("Ctrl+Shift+R",), self.reveal_cards, True),
            RunnerCommand("Chime on or off", ("M",), self.toggle_chime, True),
            RunnerCommand("Auto-advance", ("Ctrl+Shift+A",), self.toggle_auto_advance),
        ]

    def _bind_shortcuts(self) -> None:
        bindings: dict[str, Callable[[], None]] = {
            "Ctrl+Shift+N": self.toggle_notes,
            "Ctrl+H": self.go_home,
        }
        for command in self.commands():
            for keys in command.keys:
                bindings[keys] = command.slot
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
        self.heading.show_phase(session)
        self.notes.setText(facilitator_notes(phase))
        board = self.current_board()
        self.board_stack.setCurrentWidget(board)
        # Only a new phase moves the keyboard; redraws after an edit leave focus where it is.
        if self.shown_phase != session.record.current_phase:
            self.shown_phase = session.record.current_phase
            self.last_reading = None  # a new phase starts its own countdown: no cue carried over
            board.focus_entry()
        self.show_console()
        self.phase_shown.emit()
        self.tick()

    def tick(self) -> None:
        box = self.session.timebox
        reading = box.read() if box else None
        self.timer_view.show_reading(reading)
        self.reading_changed.emit(reading)
        if reading is not None:
            cue = cue_between(self.last_reading, reading)
            self.last_reading = reading
            if cue is not None:
                self._on_cue(cue)

    def _on_cue(self, cue: TimerCue) -> None:
        if not self.preferences.chime_muted:
            self.chime_requested.emit(cue)
        if cue is TimerCue.TIME_UP and self.preferences.auto_advance:
            last = self.session.record.current_phase + 1 >= self.session.phase_count()
            if not last:
                self.controller.run(lifecycle.next_phase)

    # ----- the console -----------------------------------------------------------------------

    def set_console(self, on: bool) -> None:
        """The laptop's view while the room watches the audience view: notes and plan shown."""
        self.console_scroll.setVisible(on)
        self.notes.setVisible(False)  # the console shows them beside the board
        self.show_console()

    def show_console(self) -> None:
        if not self.console_scroll.isVisibleTo(self):
            return
        phase = self.session.current_phase()
        hidden = len(reveal.hidden_cards(self.session, phase.id))
        self.console.show_state(phase, time_plan(self.session), hidden)

    def show_timer_settings(self) -> None:
        chime = "off" if self.preferences.chime_muted else "on"
        advance = "on" if self.preferences.auto_advance else "off"
        self.timer_settings.setText(f"Chime {chime} (M) · Auto-advance {advance} (Ctrl+Shift+A)")

    def _on_changed(self, change: Change) -> None:
        self.message.clear()
        self.show_console()
        # Every command touches the session record; only a phase run says the phase view moved.
        if "phase_run" in change.kinds:
            self.show_phase()
        else:
            # A framing phase may edit the setup the prompt quotes (the approver, the deadline).
            self.heading.show_prompt(self.session)

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

    def reveal_cards(self) -> None:
        phase = self.session.current_phase()
        if not phase.silent:
            self.message.setText("This phase has no silent writing: its cards are already shown.")
            return
        self.controller.run(lambda s: reveal.reveal_cards(s, phase.id))

    def toggle_chime(self) -> None:
        self.preferences.chime_muted = not self.preferences.chime_muted
        self.show_timer_settings()

    def toggle_auto_advance(self) -> None:
        self.preferences.auto_advance = not self.preferences.auto_advance
        self.show_timer_settings()

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
