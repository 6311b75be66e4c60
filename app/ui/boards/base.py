"""What every board shares: its controller, its phase, and a refresh on committed changes."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from app.ui.controller import SessionController
from facilitation.changes import Change
from facilitation.method import Panel, Phase
from facilitation.session import Session


class Board(QWidget):
    """A phase's working area, or one panel of it. Subclasses draw from the session in `refresh`.

    `panel` is the input this board serves (its kind, settings, fields and columns); boards of a
    phase's first panel may equally read `phase.settings`.
    """

    # Record kinds whose change means this board must redraw; empty means any.
    watches: frozenset[str] = frozenset()

    def __init__(
        self, controller: SessionController, phase: Phase, panel: Panel | None = None
    ) -> None:
        super().__init__()
        self.controller = controller
        self.phase = phase
        self.panel = panel or phase.panels[0]
        # Keys that must work anywhere in the phase, even from the panel beside this one (Ctrl+M
        # in the drafts' vote starts the statement). The factory binds them where they belong.
        self.phase_keys: dict[str, Callable[[], None]] = {}
        self.setObjectName("board")
        self._stale = False
        controller.changed.connect(self._on_changed)

    @property
    def session(self) -> Session:
        return self.controller.session

    def _on_changed(self, change: Change) -> None:
        if self.watches and not change.kinds & self.watches:
            return
        # Boards of other phases stay in the runner's stack; they catch up when shown again.
        if self.isVisible():
            self.refresh(change)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def refresh(self, change: Change | None = None) -> None:
        """Redraw from the session; `change` lets a board update only what moved."""

    def focus_entry(self) -> None:
        """Put the keyboard where the facilitator will type first in this phase."""
        self.setFocus()

    def shortcut(self, keys: str, slot: object, *, widget: QWidget | None = None) -> QShortcut:
        """A shortcut that works while focus is anywhere inside `widget` (the board by default)."""
        found = QShortcut(QKeySequence(keys), widget or self)
        found.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        found.activated.connect(slot)
        return found
