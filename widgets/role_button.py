"""The role chip beside an entry line: which side new cards are tagged with; a click steps on."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from facilitation.roles import ROLE_ORDER, Role
from widgets.role_style import role_icon


class RoleButton(QPushButton):
    """Shows a role's chip and name; clicking asks for the next role in ROLE_ORDER."""

    role_requested = Signal(object)  # the Role to switch to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleButton")
        self._role = Role.PRODUCT
        self.clicked.connect(self._on_clicked)

    def show_role(self, role: Role) -> None:
        self._role = role
        self.setIcon(role_icon(role))
        self.setText(role.label)
        self.setAccessibleName(f"Role for new cards: {role.label}")

    def _on_clicked(self) -> None:
        index = ROLE_ORDER.index(self._role)
        self.role_requested.emit(ROLE_ORDER[(index + 1) % len(ROLE_ORDER)])
