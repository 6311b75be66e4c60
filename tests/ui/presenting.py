"""Helpers for presenter tests: the screens Qt offers, and what the audience view shows."""

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.audience_window import AudienceWindow
from app.ui.main_window import MainWindow


def screen(name: str) -> QScreen:
    found = next((s for s in QGuiApplication.screens() if s.name() == name), None)
    assert found is not None, f"no screen {name}: is tests/screens.json in QT_QPA_PLATFORM?"
    return found


def audience_of(window: MainWindow) -> AudienceWindow:
    audience = window.presenter.audience
    assert audience is not None, "not presenting"
    return audience


def shown_labels(root: QWidget) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if label.isVisibleTo(root)]


def shown_text(root: QWidget) -> str:
    return "\n".join(label.text() for label in shown_labels(root))


def wall_texts(audience: AudienceWindow) -> list[str]:
    return [tile.card.text for tile in audience.wall.tiles]
