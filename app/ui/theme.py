"""Themes and zoom: the stylesheet with a theme's colours, and every size scaled by a zoom factor.

One template (resources/styles/seam.qss) names colours as `$ink`, `$page`…; resources/styles/
themes.toml gives each theme's values. The application gets the stylesheet at zoom 1 (dialogs use
it); a window zoomed on its screen gets its own copy with every px size multiplied.
"""

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from string import Template

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import resources_dir

DEFAULT_THEME = "light"
ZOOM_STEPS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0, 2.5, 3.0)
_PIXELS = re.compile(r"(\d+(?:\.\d+)?)px")


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    dark: bool
    colours: dict[str, str]

    def colour(self, name: str) -> QColor:
        return QColor(self.colours[name])


@cache
def themes() -> dict[str, Theme]:
    """Every theme, in the order the theme menu lists them."""
    path = resources_dir() / "styles" / "themes.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    found = {}
    for theme_id, values in data.items():
        colours = {k: str(v) for k, v in values.items() if k not in ("name", "dark")}
        found[theme_id] = Theme(theme_id, str(values["name"]), bool(values["dark"]), colours)
    return found


def theme(theme_id: str) -> Theme:
    """The theme of that id; the default one for an id a newer or older Seam stored."""
    known = themes()
    return known.get(theme_id, known[DEFAULT_THEME])


def next_theme(theme_id: str) -> Theme:
    ids = list(themes())
    position = ids.index(theme(theme_id).id)
    return themes()[ids[(position + 1) % len(ids)]]


@cache
def _template(name: str) -> Template:
    return Template((resources_dir() / "styles" / name).read_text(encoding="utf-8"))


def stylesheet(chosen: Theme, zoom: float = 1.0, sheet: str = "seam.qss") -> str:
    """`sheet` in the theme's colours, each px size multiplied by `zoom` (never below 1 px)."""
    text = _template(sheet).substitute(chosen.colours)
    if zoom == 1.0:
        return text
    return _PIXELS.sub(lambda m: f"{max(1, round(float(m.group(1)) * zoom))}px", text)


def palette(chosen: Theme) -> QPalette:
    """The Qt palette of the theme, for what the stylesheet does not reach (scroll bars, menus,
    painted charts reading their ink)."""
    p = QPalette()
    roles = QPalette.ColorRole
    pairs = {
        roles.Window: "page",
        roles.WindowText: "ink",
        roles.Base: "surface",
        roles.AlternateBase: "rule",
        roles.Text: "ink",
        roles.Button: "surface",
        roles.ButtonText: "ink",
        roles.ToolTipBase: "surface",
        roles.ToolTipText: "ink",
        roles.PlaceholderText: "faint",
        roles.Highlight: "primary",
        roles.HighlightedText: "on_primary",
        roles.Mid: "edge",
        roles.Midlight: "line",
        roles.Light: "rule",
        roles.Dark: "muted",
        roles.BrightText: "danger",
        roles.Link: "focus",
    }
    for role, name in pairs.items():
        p.setColor(role, chosen.colour(name))
    return p


def apply_to_application(application: QApplication, chosen: Theme) -> None:
    application.setPalette(palette(chosen))
    application.setStyleSheet(stylesheet(chosen))


def apply_zoom(window: QWidget, chosen: Theme, zoom: float, extra: str = "") -> None:
    """Give `window` the theme at its own zoom, plus an `extra` sheet (the audience view's)."""
    sheets = [stylesheet(chosen, zoom)] if zoom != 1.0 or extra else []
    if extra:
        sheets.append(stylesheet(chosen, zoom, extra))
    window.setStyleSheet("\n".join(sheets))


def zoom_in(zoom: float) -> float:
    return next((step for step in ZOOM_STEPS if step > zoom + 1e-6), ZOOM_STEPS[-1])


def zoom_out(zoom: float) -> float:
    return next((step for step in reversed(ZOOM_STEPS) if step < zoom - 1e-6), ZOOM_STEPS[0])
