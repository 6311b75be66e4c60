"""Steps the whole-session keyboard tests share: the keys a facilitator presses in every method,
and what those tests read back off the screen."""

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt

from app.ui.main_window import MainWindow
from app.ui.summary_screen import SummaryScreen
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import session_of

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
# Ctrl and the digit tags what is typed next with that side.
ROLE_KEYS = {
    Role.PRODUCT: K.Key_1,
    Role.ENGINEERING: K.Key_2,
    Role.DESIGN: K.Key_3,
    Role.OTHER: K.Key_4,
}


def next_phase(keyboard: Keyboard) -> None:
    keyboard.press(K.Key_PageDown, CTRL)


def toggle_parking_lot(keyboard: Keyboard) -> None:
    keyboard.press(K.Key_L, CTRL | SHIFT)


def digit_key(digit: int) -> Qt.Key:
    key: Qt.Key = getattr(K, f"Key_{digit}")
    return key


def press_digits(keyboard: Keyboard, digits: Iterable[int]) -> None:
    """One digit key after another: ranks, scores, themes or counts keyed into a board."""
    for digit in digits:
        keyboard.press(digit_key(digit))


def replace(keyboard: Keyboard, text: str) -> None:
    """Select what the focused field holds and type over it."""
    keyboard.ctrl(K.Key_A)
    keyboard.type(text)


def type_counts(keyboard: Keyboard, counts: Iterable[int]) -> None:
    """From the focused box: replace each count and Tab to the next box."""
    for count in counts:
        replace(keyboard, str(count))
        keyboard.tab()


def enter_cards(keyboard: Keyboard, cards: Iterable[tuple[Role, str]]) -> None:
    """Each card tagged with its side (Ctrl+digit), then typed and entered."""
    for role, text in cards:
        keyboard.ctrl(ROLE_KEYS[role])
        keyboard.enter(text)


def enter_fields(keyboard: Keyboard, texts: Sequence[str]) -> None:
    """A form filled in Tab order from the focused field, and Enter on the last one."""
    *first, last = texts
    for text in first:
        keyboard.type(text)
        keyboard.tab()
    keyboard.enter(last)


def restart_on_summary(
    keyboard: Keyboard, window: MainWindow, open_window: Callable[[], MainWindow]
) -> MainWindow:
    """Close Seam on a finished session, open it again and press Enter on the recent sessions:
    the session opens on its summary with every record it had. The new window is returned: hold
    it, or Qt deletes it under the test."""
    before = session_of(window).entities()
    window.close()
    again = open_window()
    keyboard.press(K.Key_Return)
    assert isinstance(again.screen_widget, SummaryScreen)
    assert session_of(again).entities() == before
    return again
