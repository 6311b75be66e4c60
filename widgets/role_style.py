"""Role chips for the screen: the shared role colour, always drawn with the role's letter."""

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from facilitation.roles import ROLE_COLOURS, Role


@cache
def role_icon(role: Role, size: int = 40) -> QIcon:
    """A rounded chip in the role's colour with its letter, so colour is never the only cue."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(ROLE_COLOURS[role]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawRoundedRect(QRect(0, 0, size, size), size * 0.25, size * 0.25)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.6))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, role.letter)
    painter.end()
    return QIcon(pixmap)
