"""Presenting: the audience view on the projector and the facilitator's console on the laptop.

F5 starts, Esc stops. The facilitator picks the projector (F8 or the View menu) and Seam remembers
it by the screen's name; until then it is the largest screen the console is not on. With a single
screen the audience view fills it, takes the keyboard, and shows its controls on demand (F6).
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QWidget

from app.ui.look import ZOOM_KEYS, Dress, Look, room_zoom
from app.ui.preferences import Preferences

if TYPE_CHECKING:  # both come with the boards, imported when a session first runs
    from app.ui.audience_window import AudienceWindow
    from app.ui.runner import RunnerScreen

ROOM_DRESS = Dress("audience", "audience.qss", room_zoom)


def _area(screen: QScreen) -> int:
    return screen.geometry().width() * screen.geometry().height()


class Presenter(QObject):
    presenting_changed = Signal(bool)

    def __init__(self, console: QWidget, look: Look, preferences: Preferences) -> None:
        super().__init__(console)
        self.console = console
        self.look = look
        self.preferences = preferences
        self.audience: AudienceWindow | None = None
        self.runner: RunnerScreen | None = None

    @property
    def presenting(self) -> bool:
        return self.audience is not None

    @staticmethod
    def screens() -> list[QScreen]:
        return QGuiApplication.screens()

    def projector(self) -> QScreen:
        screens = self.screens()
        chosen = self.preferences.projector_screen
        named = next((s for s in screens if s.name() == chosen), None)
        if named is not None:
            return named
        others = [s for s in screens if s is not self.console.screen()]
        return max(others, key=_area) if others else self.console.screen()

    def one_screen(self) -> bool:
        return len(self.screens()) < 2

    def choose_projector(self, name: str) -> None:
        """Remember `name` as the room's screen; an audience view already up moves there."""
        self.preferences.projector_screen = name
        if self.audience is not None:
            self._place()

    def next_projector(self) -> str:
        """The screen after the current projector, chosen and remembered (F8)."""
        screens = self.screens()
        current = screens.index(self.projector()) if self.projector() in screens else -1
        name = screens[(current + 1) % len(screens)].name()
        self.choose_projector(name)
        return name

    # ----- start and stop --------------------------------------------------------------------

    def start(self, runner: "RunnerScreen") -> None:
        from app.ui.audience_window import AudienceWindow

        if self.audience is not None:
            return
        self.runner = runner
        commands = runner.commands()
        audience = AudienceWindow(runner.controller, [c for c in commands if c.on_bar])
        self.audience = audience
        # With one screen the keyboard is in the audience view: the console's keys work there.
        for command in commands:
            for keys in command.keys:
                QShortcut(QKeySequence(keys), audience, command.slot)
        QShortcut(QKeySequence("F6"), audience, audience.toggle_controls)
        for _, zoom_keys, step in ZOOM_KEYS:
            for keys in zoom_keys:
                QShortcut(QKeySequence(keys), audience, lambda s=step: self.zoom(s))
        audience.stop_requested.connect(self.stop)
        runner.reading_changed.connect(audience.show_reading)
        runner.destroyed.connect(self.stop)
        self.look.dress(audience, ROOM_DRESS)
        audience.show_reading(runner.last_reading)
        runner.tick()
        self._place()
        runner.set_console(not self.one_screen())
        self.presenting_changed.emit(True)

    def _place(self) -> None:
        audience = self.audience
        assert audience is not None
        projector = self.projector()
        one = self.one_screen()
        if not one and self.console.screen() is projector:
            # The console goes to the laptop: the first screen that is not the projector.
            laptop = next(s for s in self.screens() if s is not projector)
            handle = self.console.windowHandle()
            if handle is not None:
                handle.setScreen(laptop)
            self.console.move(laptop.availableGeometry().topLeft())
        audience.set_one_screen(one)
        audience.winId()  # a native window, so it can be put on a screen before it shows
        handle = audience.windowHandle()
        if handle is not None:
            handle.setScreen(projector)
        audience.setGeometry(projector.geometry())
        audience.showFullScreen()
        self.look.apply(audience)
        if one:
            audience.take_keyboard()
        else:
            self.console.activateWindow()

    def stop(self) -> None:
        audience, self.audience = self.audience, None
        if audience is None:
            return
        audience.stop_requested.disconnect(self.stop)
        self.look.forget(audience)
        audience.close()
        audience.deleteLater()
        runner, self.runner = self.runner, None
        if runner is not None:
            try:
                runner.destroyed.disconnect(self.stop)
                runner.set_console(False)
            except RuntimeError:  # the runner went first (back home): nothing to tidy
                pass
        self.console.activateWindow()
        self.presenting_changed.emit(False)

    def zoom(self, step: str) -> float:
        """Zoom the audience view while presenting, else the console; kept for that screen."""
        window = self.audience or self.console
        return self.look.change_zoom(window, step)
