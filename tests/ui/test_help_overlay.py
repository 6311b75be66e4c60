"""F1: every shortcut over the current screen, built on first use; F1 or Esc closes it and gives
the keyboard back to where it was."""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from app.ui.shortcuts import SHORTCUTS
from tests.ui.conftest import Keyboard


def test_f1_lists_every_shortcut_and_esc_or_f1_closes_it(
    open_window: Callable[[], MainWindow], keyboard: Keyboard
) -> None:
    window = open_window()
    assert window.help is None, "the overlay is built on the first F1, not at start"
    before = keyboard.focused()

    keyboard.press(Qt.Key.Key_F1)
    overlay = window.help
    assert overlay is not None and overlay.isVisible()
    assert overlay.geometry() == window.stack.rect()
    assert keyboard.focused() is overlay.scroller
    text = overlay.table.text()
    assert all(escape(shortcut.keys) in text for shortcut in SHORTCUTS)

    keyboard.press(Qt.Key.Key_Escape)
    assert not overlay.isVisible()
    assert keyboard.focused() is before

    keyboard.press(Qt.Key.Key_F1)
    assert window.help is overlay and overlay.isVisible(), "built once, shown again"
    keyboard.press(Qt.Key.Key_F1)
    assert not overlay.isVisible()
    assert keyboard.focused() is before
