"""Registers the bundled Atkinson Hyperlegible font with Qt; Qt falls back per glyph for others."""

import fontpkg
from PySide6.QtGui import QFontDatabase

SCREEN_FAMILY = "Atkinson Hyperlegible"


def register_screen_fonts() -> str | None:
    """Load every style of the screen family; returns the family name, or None if missing."""
    try:
        family = fontpkg.family(SCREEN_FAMILY)
    except fontpkg.FontpkgError:
        return None
    loaded = None
    for font_file in family.files:
        font_id = QFontDatabase.addApplicationFont(str(font_file.path))
        if font_id >= 0:
            loaded = QFontDatabase.applicationFontFamilies(font_id)[0]
    return loaded
