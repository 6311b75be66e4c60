"""Presenting on two screens: the audience view on the projector, the console on the laptop,
silent cards hidden until revealed, the chosen projector and each screen's zoom remembered."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from app.storage import Store
from app.ui.boards.cards_board import CardsBoard
from app.ui.main_window import MainWindow
from app.ui.presenter import Presenter
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board, runner_of, session_of
from tests.ui.presenting import audience_of, screen, shown_text, wall_texts

OpenPhase = Callable[[str, str], MainWindow]
REASONS = [
    "Billing slipped a sprint",
    "Nobody owned the rollout",
    "The vendor API changed",
    "Support heard last",
    "Finance never signed off",
    "The metric was wrong",
]


def italic_rows(window: MainWindow) -> list[bool]:
    model = current_board(window, CardsBoard).list.model()
    fonts = [model.index(row, 0).data(Qt.ItemDataRole.FontRole) for row in range(model.rowCount())]
    return [isinstance(font, QFont) and font.italic() for font in fonts]


def present(window: MainWindow, keyboard: Keyboard, qtbot: QtBot) -> None:
    keyboard.press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.presenter.presenting)


def test_f5_puts_the_audience_view_on_the_projector_and_the_console_on_the_laptop(
    open_phase: OpenPhase, keyboard: Keyboard, qtbot: QtBot
) -> None:
    window = open_phase("premortem", "reasons")
    assert window.screen() is screen("laptop")
    runner = runner_of(window)
    assert not runner.console.isVisibleTo(window)

    present(window, keyboard, qtbot)
    audience = audience_of(window)
    qtbot.waitExposed(audience)
    assert audience.screen() is screen("projector")
    assert audience.isFullScreen()
    assert audience.geometry() == screen("projector").geometry()
    assert window.screen() is screen("laptop")
    assert QApplication.activeWindow() is window, "the keyboard stays on the laptop"

    # The room sees the prompt and the timer; the notes and every control stay on the laptop.
    phase = session_of(window).current_phase()
    shown = shown_text(audience)
    assert audience.prompt.text() in shown and "Silent failure history" in shown
    assert phase.notes not in shown
    controls = audience.findChildren(QLineEdit) + audience.findChildren(QAbstractButton)
    assert not [c for c in controls if c.isVisibleTo(audience)]
    assert runner.console.isVisibleTo(window)
    assert phase.notes in runner.console.notes.text()
    assert "Next: Round-robin read-out" in runner.console.next_label.text()

    keyboard.press(Qt.Key.Key_Escape)
    assert not window.presenter.presenting
    assert not audience.isVisible()
    assert not runner.console.isVisibleTo(window)


def test_silent_cards_stay_off_the_projector_until_revealed_then_come_shuffled(
    open_phase: OpenPhase, keyboard: Keyboard, qtbot: QtBot, db_path: object
) -> None:
    window = open_phase("premortem", "reasons")
    present(window, keyboard, qtbot)
    audience = audience_of(window)
    runner = runner_of(window)
    for text in REASONS:
        keyboard.enter(text)

    assert wall_texts(audience) == []
    assert audience.hidden_note.text() == "6 cards are written and waiting to be revealed."
    assert "6 not on the projector yet" in runner.console.hidden_label.text()
    assert italic_rows(window) == [True] * 6, "the console marks the cards the room has not seen"
    assert not any(text in shown_text(audience) for text in REASONS)

    keyboard.press(
        Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    shown = wall_texts(audience)
    assert sorted(shown) == sorted(REASONS)
    assert shown != REASONS, "revealed in an order that does not give away who wrote first"
    assert not audience.hidden_note.isVisibleTo(audience)
    assert italic_rows(window) == [False] * 6

    # The reveal is stored: a restart shows the same cards, in the same order.
    session_id = session_of(window).id
    window.close()
    store = Store(db_path)  # type: ignore[arg-type]
    cards = [r for r in store.load(session_id) if r.KIND == "card"]
    store.close()
    assert cards and not any(card.hidden for card in cards)  # type: ignore[attr-defined]


def test_a_later_card_waits_for_the_next_reveal(
    open_phase: OpenPhase, keyboard: Keyboard, qtbot: QtBot
) -> None:
    window = open_phase("premortem", "reasons")
    present(window, keyboard, qtbot)
    audience = audience_of(window)
    keyboard.enter(REASONS[0])
    keyboard.press(
        Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    keyboard.enter(REASONS[1])
    assert wall_texts(audience) == [REASONS[0]]
    assert audience.hidden_note.text() == "1 card is written and waiting to be revealed."


def test_the_chosen_projector_is_remembered_and_the_console_moves_off_it(
    open_phase: OpenPhase,
    open_window: Callable[[], MainWindow],
    keyboard: Keyboard,
    qtbot: QtBot,
) -> None:
    window = open_phase("premortem", "reasons")
    window.presenter.choose_projector("small-projector")
    window.close()

    again = open_window()
    assert again.presenter.projector() is screen("small-projector")
    again.open_session(session_of(window).id)
    present(again, keyboard, qtbot)
    assert audience_of(again).screen() is screen("small-projector")

    keyboard.press(Qt.Key.Key_Escape)
    again.presenter.choose_projector("laptop")
    present(again, keyboard, qtbot)
    assert audience_of(again).screen() is screen("laptop")
    assert again.screen() is not screen("laptop"), "the console leaves the room's screen"


def test_with_one_screen_the_audience_view_fills_it_and_shows_controls_on_demand(
    open_phase: OpenPhase, keyboard: Keyboard, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Presenter, "screens", staticmethod(lambda: [screen("laptop")]))
    window = open_phase("premortem", "reasons")
    present(window, keyboard, qtbot)
    audience = audience_of(window)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is audience)
    assert audience.isFullScreen() and audience.screen() is screen("laptop")
    assert not runner_of(window).console.isVisibleTo(window), "no console: one screen"
    assert not audience.controls.isVisible()

    keyboard.press(Qt.Key.Key_F6)
    assert audience.controls.isVisible()
    assert audience.minimumSizeHint().width() <= screen("laptop").size().width(), "bar fits"
    labels = [button.accessibleName() for button in audience.controls.buttons]
    assert "Pause or resume" in labels and "Reveal the cards" in labels

    assert session_of(window).current_run().running  # type: ignore[union-attr]
    keyboard.press(Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    paused = session_of(window).current_run()
    assert paused is not None and not paused.running, "the console's keys work here too"

    keyboard.press(Qt.Key.Key_Escape)
    assert not audience.controls.isVisible() and window.presenter.presenting
    keyboard.press(Qt.Key.Key_Escape)
    assert not window.presenter.presenting


def test_zoom_is_remembered_for_each_screen(
    open_phase: OpenPhase,
    open_window: Callable[[], MainWindow],
    keyboard: Keyboard,
    qtbot: QtBot,
) -> None:
    window = open_phase("premortem", "reasons")
    prompt = runner_of(window).prompt
    first = window.look.zoom(window)
    assert first == 0.8, "an 800-line laptop starts a step under full size"
    keyboard.ctrl(Qt.Key.Key_Equal)
    keyboard.ctrl(Qt.Key.Key_Equal)
    assert window.look.zoom(window) == 1.0
    assert prompt.fontInfo().pixelSize() == 32, "the prompt's size in the stylesheet, unscaled"
    keyboard.ctrl(Qt.Key.Key_Equal)
    keyboard.ctrl(Qt.Key.Key_Equal)
    assert window.look.zoom(window) == 1.25
    assert prompt.fontInfo().pixelSize() == 40

    present(window, keyboard, qtbot)
    audience = audience_of(window)
    room = audience.prompt.fontInfo().pixelSize()
    keyboard.ctrl(Qt.Key.Key_Equal)  # in the console, zoom reaches the room's view
    assert window.look.zoom(audience) == 1.4
    assert audience.prompt.fontInfo().pixelSize() > room
    assert window.look.zoom(window) == 1.25
    session_id = session_of(window).id
    window.close()

    again = open_window()
    assert again.look.zoom(again) == 1.25
    again.open_session(session_id)
    present(again, keyboard, qtbot)
    assert again.look.zoom(audience_of(again)) == 1.4
    keyboard.ctrl(Qt.Key.Key_0)
    assert again.look.zoom(audience_of(again)) == 1.25, "Ctrl+0: the room's own size again"


def test_the_screens_file_gives_qt_a_laptop_and_projectors() -> None:
    assert [s.name() for s in QGuiApplication.screens()] == [
        "laptop",
        "projector",
        "small-projector",
    ]
