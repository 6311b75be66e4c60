"""The audience view reads from the back of the room: sizes on a 1080-line projector, and no text
clipped at 1920×1080 or 1280×720, whatever the cards hold."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel, QTableView
from pytestqt.qtbot import QtBot

from app.demo import write_story
from app.storage import Store
from app.ui.audience_window import AudienceWindow
from app.ui.main_window import MainWindow
from facilitation import board, lifecycle, reveal
from facilitation.roles import ROLE_ORDER
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import session_of
from tests.ui.presenting import audience_of, screen, shown_labels

OpenPhase = Callable[[str, str], MainWindow]
CARDS = [
    "Billing slipped a sprint",
    "The vendor changed their API twice and nobody on our side noticed until the pilot, "
    "when every dispute raised on a Friday sat untouched over the weekend",
    "Support <b>heard</b> last & finance never signed off",
    "العملاء لم يجدوا رابط النزاع في البريد",
    "Launch day 🚀 went fine; week two 🔥 did not",
    "x" * 400,
    "A" + " very" * 300 + " long card",
    "Short",
]


def presenting_on(
    window: MainWindow, projector: str, keyboard: Keyboard, qtbot: QtBot
) -> AudienceWindow:
    window.presenter.choose_projector(projector)
    keyboard.press(Qt.Key.Key_F5)
    audience = audience_of(window)
    qtbot.waitUntil(lambda: audience.size() == screen(projector).size())
    settle(audience)
    return audience


def settle(audience: AudienceWindow) -> None:
    for _ in range(3):
        QApplication.processEvents()
        QApplication.sendPostedEvents()
        layout = audience.layout()
        if layout is not None:
            layout.activate()


def rich_text(text: str) -> bool:
    return bool(GuiQt.mightBeRichText(text))  # type: ignore[attr-defined]


def clipped(label: QLabel) -> str:
    """Why `label` cuts its text off, or "" when all of it shows."""
    if not label.text():
        return ""
    if label.wordWrap():
        need = label.heightForWidth(label.width())
        return f"needs {need} px of height, has {label.height()}" if need > label.height() else ""
    metrics = label.fontMetrics()
    lines = label.text().split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and rich_text(label.text())
    ):
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(label.text())
        widest, lines = round(document.idealWidth()), [""] * document.blockCount()
    room = label.contentsRect()
    if widest > room.width():
        return f"a line needs {widest} px of width, has {room.width()}"
    if metrics.height() * len(lines) > room.height() + 1:
        return f"{len(lines)} lines need more than {room.height()} px"
    return ""


def assert_all_fits(audience: AudienceWindow) -> None:
    problems = [
        f"{label.objectName() or 'label'} {label.text()[:40]!r}: {why}"
        for label in shown_labels(audience)
        if (why := clipped(label))
    ]
    for table in audience.findChildren(QTableView):
        if not table.isVisibleTo(audience):
            continue
        header = table.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                continue
            need, has = table.sizeHintForColumn(column), table.columnWidth(column)
            if need > has:
                problems.append(f"{table.objectName()} column {column}: needs {need}, has {has}")
    assert problems == []
    inside = audience.wall.widget()
    if inside is not None and audience.wall.isVisible():
        assert inside.width() <= audience.wall.viewport().width(), "the wall runs off the screen"


def add_cards(window: MainWindow, phase_id: str) -> None:
    controller = window.controller
    assert controller is not None
    for number, text in enumerate(CARDS):
        role = ROLE_ORDER[number % len(ROLE_ORDER)]
        controller.run(lambda s, t=text, r=role: board.add_card(s, phase_id, t, r))
    if session_of(window).method.phase(phase_id).silent:
        controller.run(lambda s: reveal.reveal_cards(s, phase_id))


def test_on_a_1080_projector_the_prompt_timer_and_cards_are_large_enough(
    open_phase: OpenPhase, keyboard: Keyboard, qtbot: QtBot
) -> None:
    window = open_phase("premortem", "reasons")
    add_cards(window, "reasons")
    audience = presenting_on(window, "projector", keyboard, qtbot)
    assert audience.prompt.fontInfo().pixelSize() >= 40
    assert audience.timer_view.digits.fontInfo().pixelSize() >= 160
    assert audience.wall.tiles
    assert min(t.text.fontInfo().pixelSize() for t in audience.wall.tiles) >= 24


@pytest.mark.parametrize("projector", ["projector", "small-projector"])
@pytest.mark.parametrize(
    ("method_id", "phase_id"),
    [
        ("premortem", "reasons"),
        ("premortem", "readout"),
        ("premortem", "cluster"),
        ("premortem", "size"),
        ("retro", "questions"),
        ("tradeoff", "frame"),
    ],
)
def test_no_text_is_clipped(
    open_phase: OpenPhase,
    keyboard: Keyboard,
    qtbot: QtBot,
    projector: str,
    method_id: str,
    phase_id: str,
) -> None:
    window = open_phase(method_id, phase_id)
    method = session_of(window).method
    source = str(method.phase(phase_id).panels[0].settings.get("source_phase", phase_id))
    if method.phase(source).panels[0].kind in ("free_cards", "column_cards"):
        add_cards(window, source)
    audience = presenting_on(window, projector, keyboard, qtbot)
    assert_all_fits(audience)
    # A cut card shows its whole text once it has the keyboard (one screen: the room's view).
    cut = [tile for tile in audience.wall.tiles if tile.cut]
    if cut:
        audience.set_one_screen(True)
        audience.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
        cut[0].setFocus()
        settle(audience)
        whole = "".join(cut[0].card.text.split())
        assert "".join(cut[0].text.text().split()) == whole


@pytest.fixture
def demo_phase(
    open_window: Callable[[], MainWindow], db_path: Path
) -> Callable[[str, str], MainWindow]:
    """A function: (method, phase) → Seam on the demo story's session, reopened at that phase."""
    store = Store(db_path)
    story = write_story(store)
    store.close()
    ids = {"premortem": story.premortem, "tradeoff": story.tradeoff, "retro": story.retro}

    def opener(method_id: str, phase_id: str) -> MainWindow:
        window = open_window()
        window.open_session(ids[method_id])
        controller = window.controller
        assert controller is not None
        controller.run(lifecycle.reopen_session)
        window.show_runner()
        index = [r.phase_id for r in controller.session.ordered_runs()].index(phase_id)
        controller.run(lambda s: lifecycle.go_to_phase(s, index))
        return window

    return opener


@pytest.mark.parametrize("projector", ["projector", "small-projector"])
@pytest.mark.parametrize(
    ("method_id", "phase_id"),
    [
        ("premortem", "readout"),
        ("premortem", "size"),
        ("premortem", "respond"),
        ("retro", "questions"),
        ("retro", "dig"),
        ("tradeoff", "score"),
        ("tradeoff", "decide"),
    ],
)
def test_no_text_is_clipped_on_a_full_board(
    demo_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    qtbot: QtBot,
    projector: str,
    method_id: str,
    phase_id: str,
) -> None:
    window = demo_phase(method_id, phase_id)
    assert_all_fits(presenting_on(window, projector, keyboard, qtbot))
