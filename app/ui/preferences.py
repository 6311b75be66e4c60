"""The facilitator's preferences, typed, over the QSettings INI file (never in the database)."""

from PySide6.QtCore import QSettings

from app.ui.theme import DEFAULT_THEME


class Preferences:
    """Theme, chime, auto-advance, the projector's screen and each window's zoom per screen."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def _flag(self, key: str, default: bool) -> bool:
        value = self.settings.value(key, default)
        # An INI file hands booleans back as the strings "true" and "false".
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    def _set(self, key: str, value: object) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()

    @property
    def theme(self) -> str:
        return str(self.settings.value("look/theme", DEFAULT_THEME))

    @theme.setter
    def theme(self, theme_id: str) -> None:
        self._set("look/theme", theme_id)

    @property
    def chime_muted(self) -> bool:
        return self._flag("timer/chime_muted", False)

    @chime_muted.setter
    def chime_muted(self, muted: bool) -> None:
        self._set("timer/chime_muted", muted)

    @property
    def auto_advance(self) -> bool:
        """Off unless the facilitator turns it on: the timer never moves on by itself."""
        return self._flag("timer/auto_advance", False)

    @auto_advance.setter
    def auto_advance(self, on: bool) -> None:
        self._set("timer/auto_advance", on)

    @property
    def projector_screen(self) -> str:
        """The name of the screen the facilitator chose for the room; "" until chosen."""
        return str(self.settings.value("presenter/screen", ""))

    @projector_screen.setter
    def projector_screen(self, name: str) -> None:
        self._set("presenter/screen", name)

    def zoom(self, kind: str, screen_name: str, default: float) -> float:
        """The zoom of a kind of window (the console, the audience view) on a screen."""
        value = self.settings.value(f"zoom/{kind}-{_key(screen_name)}", default)
        try:
            return float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    def set_zoom(self, kind: str, screen_name: str, zoom: float) -> None:
        self._set(f"zoom/{kind}-{_key(screen_name)}", round(zoom, 3))


def _key(screen_name: str) -> str:
    # QSettings reads "/" as a group separator and "\\" as an escape; screen names may hold both.
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in screen_name) or "screen"
