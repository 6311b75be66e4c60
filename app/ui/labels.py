"""The few label kinds every screen uses, named so the stylesheet can size them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    return label


def hint_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    return label


def value_label(text: str = "") -> QLabel:
    """A value the room reads (`infoValue`): large, wrapped, shown exactly as typed."""
    label = QLabel(text)
    label.setObjectName("infoValue")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def warning_label(text: str = "") -> QLabel:
    """What still needs doing or may be wrong (`warningLabel`), wrapped, shown as written."""
    label = QLabel(text)
    label.setObjectName("warningLabel")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
