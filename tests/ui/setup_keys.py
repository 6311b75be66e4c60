"""Keys the setup screen shares across methods: adding the participants, one role each."""

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt

from tests.ui.conftest import Keyboard

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def add_participants(
    keyboard: Keyboard,
    people: Iterable[tuple[str, int]],
    before_each: Callable[[], None] | None = None,
) -> None:
    """From the participant name field: type each name, pick its role as that many Downs from the
    first one in the role box, come back with Shift+Tab and add the person with Enter.
    """
    for name, downs in people:
        if before_each is not None:
            before_each()
        keyboard.type(name)
        keyboard.tab()  # role box
        for _ in range(3):
            keyboard.press(K.Key_Up)
        for _ in range(downs):
            keyboard.press(K.Key_Down)
        keyboard.press(K.Key_Tab, SHIFT)
        keyboard.enter()
