"""Keys on a list or a table: the digit typed, the keys every card list shares, and plain keys
bound to actions on one widget (KeyMap: Delete removes, Enter opens), as an event filter."""

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

_CHORDS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


_DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}


def typed_digit(event: QKeyEvent) -> int | None:
    """The digit of a plain digit key (main row or keypad), or None for anything else."""
    if event.modifiers() & _CHORDS:
        return None
    return _DIGIT_KEYS.get(Qt.Key(event.key()))


def list_key(
    event: QKeyEvent,
    rows: QAbstractItemView,
    *,
    edit: Callable[[], object],
    delete: Callable[[], object],
    leave: Callable[[], object],
) -> bool:
    """The keys every list of cards under an entry line shares: Enter or F2 edits the current
    row, Delete removes it, Up on the first row goes back up (`leave`). True when used."""
    key = event.key()
    if key == Qt.Key.Key_Up and rows.currentIndex().row() <= 0:
        leave()
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
        edit()
        return True
    if key == Qt.Key.Key_Delete:
        delete()
        return True
    return False


class KeyMap(QObject):
    """Runs the action for a key pressed in `widget` without Ctrl or Alt; other keys pass on."""

    def __init__(self, widget: QWidget, actions: Mapping[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(widget)
        self._actions = dict(actions)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        action = self._actions.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & _CHORDS:
            return False
        action()
        return True
