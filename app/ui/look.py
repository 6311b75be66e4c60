"""How every window looks: the theme for all, and a zoom for each window, remembered per screen."""

from collections.abc import Callable
from dataclasses import dataclass

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
ROOM_LINES = 1080  # the projector the audience view's sizes are set for
ROOM_ZOOM = 1.25  # the audience view's zoom there: a 42 px prompt, 165 px timer digits
# The zoom keys, as the View menu lists them and the audience view binds them.
ZOOM_KEYS = (
    ("Zoom in", ("Ctrl+=", "Ctrl++"), "in"),
    ("Zoom out", ("Ctrl+-",), "out"),
    ("Actual size", ("Ctrl+0",), "reset"),
)


def unzoomed(_: QScreen) -> float:
    return 1.0


def room_zoom(screen: QScreen) -> float:
    """The audience view's first zoom on a screen: the room's sizes, scaled to its height."""
    return round(ROOM_ZOOM * screen.geometry().height() / ROOM_LINES, 3)


def fitted(screen: QScreen) -> float:
    """A window's first zoom on a screen shorter than the sizes were written for (a 720-line
    projector, a small laptop): the largest zoom step that keeps the same share of the height."""
    share = screen.geometry().height() / FULL_SIZE_LINES
    return (
        max((step for step in ZOOM_STEPS if step <= share), default=ZOOM_STEPS[0])
        if share < 1
        else 1.0
    )


@dataclass(frozen=True)
class Dress:
    """What a window wears beyond the theme: its kind (zooms are kept per kind and screen, as
    the console and the audience view start at different sizes), its own sheet, its first zoom."""

    kind: str
    sheet: str = ""
    default: DefaultZoom = unzoomed


class Look:
    """Knows the dressed windows, so a new theme or a zoom key reaches the right ones."""

    def __init__(self, preferences: Preferences) -> None:
        self.preferences = preferences
        self.theme: Theme = theme(preferences.theme)
        self._windows: dict[QWidget, Dress] = {}

    def dress(self, window: QWidget, dress: Dress) -> None:
        """Style `window` with the theme, plus its own sheet, at its zoom on its screen."""
        self._windows[window] = dress
        window.destroyed.connect(lambda: self._windows.pop(window, None))
        self.apply(window)

    def forget(self, window: QWidget) -> None:
        self._windows.pop(window, None)

    def _dress(self, window: QWidget) -> Dress:
        return self._windows.get(window, Dress("window"))

    def zoom(self, window: QWidget) -> float:
        dress, screen = self._dress(window), window.screen()
        return self.preferences.zoom(dress.kind, screen.name(), dress.default(screen))

    def apply(self, window: QWidget) -> None:
        apply_zoom(window, self.theme, self.zoom(window), self._dress(window).sheet)

    def change_zoom(self, window: QWidget, step: str) -> float:
        """`step` is "in", "out" or "reset"; the new zoom is stored for the window's kind on its
        screen."""
        dress, screen = self._dress(window), window.screen()
        current = self.zoom(window)
        steps = {"in": zoom_in, "out": zoom_out}
        zoom = steps[step](current) if step in steps else dress.default(screen)
        self.preferences.set_zoom(dress.kind, screen.name(), zoom)
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
