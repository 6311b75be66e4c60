"""Classify from the keyboard: the retro's Control / Influence / Soup on the top themes, grouped
by label with the scheme's hints in view."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.sessions import open_session
from app.ui.boards.classify_board import ClassifyBoard
from app.ui.main_window import MainWindow
from facilitation import board as commands
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import board_part

K = Qt.Key
# Theme name → dots (4 people × 5 dots at most). The retro classifies its top five: Tea ties
# with Hiring but sits later on the board, so it is left out.
THEMES = {"Spec changes": 6, "Launch quality": 5, "Metrics": 4, "Docs": 2, "Hiring": 1, "Tea": 1}


def classify_board(window: MainWindow) -> ClassifyBoard:
    return board_part(window, ClassifyBoard)


def shown(board: ClassifyBoard) -> list[str]:
    return [board.list.item(r).text() for r in range(board.list.count())]


def labels(window: MainWindow) -> dict[str, str]:
    """Theme name → stored circle label."""
    assert window.controller is not None
    session = open_session(window.controller.store, window.controller.session.id)
    return {t.name: session.label(t.id, "circle") for t in session.ordered_themes()}


@pytest.fixture
def decide(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    """The retro's "Decide what to do", with six voted themes."""
    window = open_phase("retro", "decide")
    assert window.controller is not None
    run = window.controller.run
    for name, dots in THEMES.items():
        assert run(lambda s, n=name: commands.add_card(s, "questions", n, Role.PRODUCT))
        card = window.controller.session.cards_in("questions")[-1]
        assert run(lambda s, n=name, c=card.id: commands.add_theme(s, n, (c,)))
        theme = window.controller.session.ordered_themes()[-1]
        assert run(lambda s, t=theme.id, d=dots: commands.set_tally(s, "vote", t, d))
    classify_board(window).focus_entry()
    return window


def test_digits_label_the_selected_theme_and_move_on_to_the_next(
    decide: MainWindow, keyboard: Keyboard
) -> None:
    board = classify_board(decide)
    assert shown(board) == [
        "Not classified yet (5)",
        "    1. Spec changes · 6 votes",
        "    2. Launch quality · 5 votes",
        "    3. Metrics · 4 votes",
        "    4. Docs · 2 votes",
        "    5. Hiring · 1 vote",
        "1 Control (0)",
        "2 Influence (0)",
        "3 Soup (0)",
    ]
    assert QApplication.focusWidget() is board.list
    assert board.selected_id() == board.items()[0].id
    for digit in (K.Key_1, K.Key_2, K.Key_1, K.Key_3):
        keyboard.press(digit)
    assert labels(decide) == {
        "Spec changes": "control",
        "Launch quality": "influence",
        "Metrics": "control",
        "Docs": "soup",
        "Hiring": "",
        "Tea": "",
    }
    assert board.count_label.text() == "4 of 5 classified"
    assert shown(board) == [
        "Not classified yet (1)",
        "    5. Hiring · 1 vote",
        "1 Control (2)",
        "    1. Spec changes · 6 votes",
        "    3. Metrics · 4 votes",
        "2 Influence (1)",
        "    2. Launch quality · 5 votes",
        "3 Soup (1)",
        "    4. Docs · 2 votes",
    ]
    assert board.list.currentItem().text() == "    5. Hiring · 1 vote"
    keyboard.press(K.Key_3)
    # Nothing left without a label: the queue's title goes, the selection stays.
    assert shown(board)[0] == "1 Control (2)"
    assert board.list.currentItem().text() == "    5. Hiring · 1 vote"


def test_up_and_down_step_over_titles_and_zero_takes_a_label_off(
    decide: MainWindow, keyboard: Keyboard
) -> None:
    board = classify_board(decide)
    keyboard.press(K.Key_1)  # Spec changes → Control; selection on Launch quality
    for _ in range(4):
        keyboard.press(K.Key_Down)  # to Hiring, then over "1 Control" to Spec changes
    assert board.list.currentItem().text() == "    1. Spec changes · 6 votes"
    keyboard.press(K.Key_Up)
    assert board.list.currentItem().text() == "    5. Hiring · 1 vote"
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_0)
    assert labels(decide)["Spec changes"] == ""
    assert board.list.currentItem().text() == "    1. Spec changes · 6 votes"
    assert shown(board)[0] == "Not classified yet (5)"
    keyboard.press(K.Key_9)  # no ninth label: nothing happens
    assert labels(decide)["Spec changes"] == ""


def test_the_schemes_hints_are_in_view(decide: MainWindow) -> None:
    board = classify_board(decide)
    hints = [label.text() for label in board.findChildren(type(board.count_label))]
    assert any(
        "1 Control: This team can change it on its own." in text
        and "3 Soup: The wider system; we adapt to it." in text
        for text in hints
    )


def test_nothing_to_classify_before_the_themes(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("retro", "decide")
    board = classify_board(window)
    assert board.empty.isVisible()
    assert board.list.isHidden()
    assert board.empty.text().startswith("Nothing to classify yet")
