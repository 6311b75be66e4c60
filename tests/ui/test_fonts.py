"""The screen font: Seam registers with Qt every file of its family, as fontpkg lists them."""

import fontpkg
from PySide6.QtWidgets import QApplication

from app.ui.fonts import SCREEN_FAMILY, register_screen_fonts, screen_font_files


def test_the_screen_files_are_those_fontpkg_lists_for_the_family() -> None:
    # Read from the family's package directly (a faster start); it must be the same list.
    expected = [font_file.path for font_file in fontpkg.family(SCREEN_FAMILY).files]
    assert screen_font_files() == expected
    assert all(path.is_file() for path in expected)


def test_registering_gives_qt_the_screen_family(qapp: QApplication) -> None:
    assert register_screen_fonts() == SCREEN_FAMILY
