"""The role button for a narrow board or side panel: the role's chip (its letter) alone."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

from facilitation.roles import Role
from widgets.role_button import RoleButton

CHIP = 26  # larger than a button's default icon: the chip alone must read


class CompactRoleButton(RoleButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(CHIP, CHIP))

    def show_role(self, role: Role) -> None:
        super().show_role(role)
        self.setText("")
        self.setToolTip(f"New cards are tagged {role.label}; Ctrl+1…4 changes it")
