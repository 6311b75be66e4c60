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

    def __init__(self, store: Store, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        # The role tag new cards get; UI state that follows the facilitator across boards.
        self.entry_role = Role.PRODUCT

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
