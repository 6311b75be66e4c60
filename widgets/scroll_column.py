"""A column of fields that scrolls up and down when the board is short (a 720p projector)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


class ScrollColumn(QScrollArea):
    """Vertical only, frameless, on the board's own background; `column` takes the content.

    Tabbing into a field below the fold scrolls it into view (QScrollArea does that for focus).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # seam.qss keeps both transparent: the column sits on the board's own background.
        self.setObjectName("scrollColumn")
        content = QWidget()
        content.setObjectName("scrollColumnContent")
        self.column = QVBoxLayout(content)
        self.column.setContentsMargins(0, 0, 8, 0)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes straight to the first field; the column itself is no stop on the way.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The viewport would paint the palette's white base around the fields.
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
