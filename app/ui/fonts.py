"""Registers the bundled Atkinson Hyperlegible font with Qt; Qt falls back per glyph for others."""

import json
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtGui import QFontDatabase

SCREEN_FAMILY = "Atkinson Hyperlegible"
# The family's fontpkg package, whose metadata.json lists its files. It is read here directly:
# fontpkg's registry would first scan every installed distribution's entry points, which costs
# about 30 ms at each start. The handout, exported rarely, finds its fonts through fontpkg.
SCREEN_PACKAGE = "fontpkg_atkinson_hyperlegible"


def screen_font_files() -> list[Path]:
    """Every file of the screen family, as its package lists them; none if it is not installed."""
    spec = find_spec(SCREEN_PACKAGE)
    if spec is None or spec.origin is None:
        return []
    root = Path(spec.origin).parent
    metadata = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
    return [root / entry["path"] for entry in metadata["files"]]


def register_screen_fonts() -> str | None:
    """Load every style of the screen family; returns the family name, or None if missing."""
    loaded = None
    for path in screen_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded = QFontDatabase.applicationFontFamilies(font_id)[0]
    return loaded
