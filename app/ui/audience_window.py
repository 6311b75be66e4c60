"""The audience view: the phase, the prompt, the timer and the board, with nothing to press.

It never shows the facilitator's notes, controls or cards still hidden by silent writing. Phases
of plain cards are drawn as a wall of cards; other phases show a read-only copy of their board.
"""

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.boards.base import Board
from app.ui.boards.factory import make_board
from app.ui.commands import RunnerCommand
from app.ui.controller import SessionController
from app.ui.phase_heading import PhaseHeading
from facilitation.changes import Change
from facilitation.room import has_wall, room_board
from facilitation.timebox import TimerReading
from widgets.card_wall import CardWall

# Widgets a read-only board keeps out of the room's sight: where the facilitator types or presses.
CONTROLS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QPushButton)


def make_read_only(board: Board) -> None:
    """Hide the board's entry lines, buttons and key hints; nothing in it takes the keyboard."""
    for child in board.findChildren(QWidget):
        if isinstance(child, CONTROLS) or child.objectName() == "hintLabel":
            child.setVisible(False)
        elif isinstance(child, QTableView):
            # The room reads whole cells: "4 Likely", not "4 …".
            child.resizeColumnsToContents()
        child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    board.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    board.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def hidden_sentence(count: int) -> str:
    if not count:
        return ""
    cards = "card is" if count == 1 else "cards are"
    return f"{count} {cards} written and waiting to be revealed."


class ControlBar(QFrame):
    """With one screen, the facilitator's buttons, shown on demand (F6) under the audience view.

    In rows of four, so the bar never makes the view wider than a 1280-pixel screen.
    """

    COLUMNS = 4

    def __init__(self, commands: list[RunnerCommand]) -> None:
        super().__init__()
        self.setObjectName("audienceControls")
        grid = QGridLayout(self)
        self.buttons: list[QPushButton] = []
        for index, command in enumerate(commands):
            button = QPushButton(f"{command.label} ({command.keys[0]})")
            button.setAccessibleName(command.label)
            button.clicked.connect(command.slot)
            grid.addWidget(button, index // self.COLUMNS, index % self.COLUMNS)
            self.buttons.append(button)


class AudienceWindow(QWidget):
    """A top-level window for the projector; the presenter places it and binds its keys."""

    stop_requested = Signal()

    def __init__(self, controller: SessionController, bar: list[RunnerCommand]) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("audience")
        self.setWindowTitle("Seam — audience view")
        self.setAccessibleName("Audience view")
        self.controller = controller
        self.mirrors: dict[str, Board] = {}
        self.hidden = 0

        self.heading = PhaseHeading("audiencePhase", "audiencePrompt")
        self.prompt = self.heading.prompt
        self.timer_view = self.heading.timer_view
        self.wall = CardWall()
        self.wall.laid_out.connect(self._show_note)
        self.stage = QStackedWidget()
        self.stage.addWidget(self.wall)
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("audienceHidden")
        self.hidden_note.setAccessibleName("Cards waiting to be revealed")
        self.controls = ControlBar(bar)
        self.controls.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(self.heading)
        layout.addWidget(self.stage, 1)
        layout.addWidget(self.hidden_note)
        layout.addWidget(self.controls)
        controller.changed.connect(self._on_changed)
        self.show_phase()

    def set_one_screen(self, one_screen: bool) -> None:
        """With one screen the keyboard is here, so it may walk the cards to open a long one."""
        self.wall.set_tiles_take_focus(one_screen)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if one_screen else Qt.FocusPolicy.NoFocus)

    def take_keyboard(self) -> None:
        """With one screen the keyboard belongs here. Asked again once the window is up: X
        without a window manager drops a request made before the window is mapped."""
        self.activateWindow()
        self.setFocus()
        QTimer.singleShot(0, self.activateWindow)

    def toggle_controls(self) -> None:
        self.controls.setVisible(not self.controls.isVisible())
        if self.controls.isVisible() and self.controls.buttons:
            self.controls.buttons[0].setFocus()

    # ----- drawing ---------------------------------------------------------------------------

    def show_phase(self) -> None:
        session = self.controller.session
        phase = session.current_phase()
        self.heading.show_phase(session)
        if has_wall(phase):
            shown = room_board(session, phase)
            self.wall.show_board(shown)
            self.stage.setCurrentWidget(self.wall)
            self.hidden = shown.hidden
        else:
            self.stage.setCurrentWidget(self._mirror(phase.id))
            self.hidden = 0
        self._show_note()

    def _show_note(self) -> None:
        """Cards still hidden, and cards the wall has no room for: the room knows they exist."""
        below = self.wall.below() if self.stage.currentWidget() is self.wall else 0
        more = f"{below} more below." if below else ""
        self.hidden_note.setText(" ".join(t for t in (hidden_sentence(self.hidden), more) if t))
        self.hidden_note.setVisible(bool(self.hidden_note.text()))

    def _mirror(self, phase_id: str) -> Board:
        if phase_id not in self.mirrors:
            board = make_board(self.controller, self.controller.session.current_phase())
            make_read_only(board)
            self.mirrors[phase_id] = board
            self.stage.addWidget(board)
        return self.mirrors[phase_id]

    def show_reading(self, reading: TimerReading | None) -> None:
        self.timer_view.show_reading(reading)

    def _on_changed(self, change: Change) -> None:
        self.show_phase()
        # A board may show a field again when it redraws, which it does after this slot.
        QTimer.singleShot(0, self._keep_bare)

    def _keep_bare(self) -> None:
        board = self.stage.currentWidget()
        if isinstance(board, Board):
            make_read_only(board)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new zoom or theme changes every font: tables measure their columns again.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self._keep_bare)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._keep_bare)

    # ----- keys ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            if self.controls.isVisible():
                self.controls.setVisible(False)
            else:
                self.stop_requested.emit()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_requested.emit()
        super().closeEvent(event)
