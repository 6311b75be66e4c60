"""The session controller: runs a command, commits its change, then tells the views."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from app.sessions import commit
from app.storage import StorageError, Store
from facilitation.changes import Change
from facilitation.errors import DomainError
from facilitation.roles import Role
from facilitation.session import Session

Command = Callable[[Session], Change]


class SessionController(QObject):
    """Every user action goes through `run`: nothing reaches the screen before it is stored."""

    changed = Signal(object)  # the committed Change
    failed = Signal(str)  # one sentence for the facilitator
    role_changed = Signal(object)  # the Role new cards are now tagged with

    def __init__(self, store: Store, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        self._entry_role = Role.PRODUCT

    @property
    def entry_role(self) -> Role:
        """The role tag new cards get: it follows the facilitator across boards and panels."""
        return self._entry_role

    def set_entry_role(self, role: Role) -> None:
        if role != self._entry_role:
            self._entry_role = role
            self.role_changed.emit(role)

    def follow_role(self, show: Callable[[Role], None]) -> None:
        """Call `show` with the role for new cards now, and again whenever any board changes it.

        `show` should be a method of a widget (a role button's `show_role`), so the connection
        ends with the widget.
        """
        show(self._entry_role)
        self.role_changed.connect(show)

    def run(self, command: Command) -> bool:
        try:
            change = command(self.session)
        except DomainError as error:
            self.failed.emit(str(error))
            return False
        if not change.ops:
            return True
        try:
            commit(self.store, self.session, change)
        except StorageError as error:
            self.failed.emit(str(error))
            return False
        self.changed.emit(change)
        return True
