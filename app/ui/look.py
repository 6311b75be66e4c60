"""How every window looks: the theme for all, and a zoom for each window, remembered per screen."""

from collections.abc import Callable

from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.preferences import Preferences
from app.ui.theme import (
    ZOOM_STEPS,
    Theme,
    apply_to_application,
    apply_zoom,
    theme,
    zoom_in,
    zoom_out,
)

DefaultZoom = Callable[[QScreen], float]


FULL_SIZE_LINES = 900  # the screen height the stylesheet's sizes are written for


def unzoomed(_: QScreen) -> float:
    return 1.0


def fitted(screen: QScreen) -> float:
    """A window's first zoom on a screen shorter than the sizes were written for (a 720-line
    projector, a small laptop): the largest zoom step that keeps the same share of the height."""
    share = screen.geometry().height() / FULL_SIZE_LINES
    return (
        max((step for step in ZOOM_STEPS if step <= share), default=ZOOM_STEPS[0])
        if share < 1
        else 1.0
    )


class Look:
    """Knows the dressed windows, so a new theme or a zoom key reaches the right ones."""

    def __init__(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.theme: Theme = theme(preferences.theme)
        self._windows: dict[QWidget, tuple[str, DefaultZoom]] = {}

    def dress(self, window: QWidget, sheet: str = "", default: DefaultZoom = unzoomed) -> None:
        """Style `window` with the theme, plus its own `sheet`, at its screen's zoom."""
        self._windows[window] = (sheet, default)
        window.destroyed.connect(lambda: self._windows.pop(window, None))
        self.apply(window)

    def forget(self, window: QWidget) -> None:
        self._windows.pop(window, None)

    def zoom(self, window: QWidget) -> float:
        _, default = self._windows.get(window, ("", unzoomed))
        screen = window.screen()
        return self.preferences.zoom(screen.name(), default(screen))

    def apply(self, window: QWidget) -> None:
        sheet, _ = self._windows.get(window, ("", unzoomed))
        apply_zoom(window, self.theme, self.zoom(window), sheet)

    def change_zoom(self, window: QWidget, step: str) -> float:
        """`step` is "in", "out" or "reset"; the new zoom is stored for the window's screen."""
        current = self.zoom(window)
        if step == "in":
            zoom = zoom_in(current)
        elif step == "out":
            zoom = zoom_out(current)
        else:
            _, default = self._windows.get(window, ("", unzoomed))
            zoom = default(window.screen())
        self.preferences.set_zoom(window.screen().name(), zoom)
        self.apply(window)
        return zoom

    def set_theme(self, theme_id: str) -> None:
        self.theme = theme(theme_id)
        self.preferences.theme = self.theme.id
        application = QApplication.instance()
        if isinstance(application, QApplication):
            apply_to_application(application, self.theme)
        for window in list(self._windows):
            self.apply(window)
