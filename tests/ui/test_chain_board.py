"""Why-chains from the keyboard: the retro's top themes with a seam label and notes, and the
problem workshop's most-voted card beside its dot vote."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.sessions import open_session
from app.ui.boards.chain_board import ChainBoard
from app.ui.main_window import MainWindow
from facilitation import board as commands
from facilitation.roles import Role
from facilitation.session import Session
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import board_part, runner_of

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
# Theme name → dots; the fourth falls outside the retro's top three.
THEMES = {"Late changes to the spec": 7, "Launch quality": 5, "Measuring success": 3, "Docs": 1}


def chain_board(window: MainWindow) -> ChainBoard:
    return board_part(window, ChainBoard)


def stored(window: MainWindow) -> Session:
    assert window.controller is not None
    return open_session(window.controller.store, window.controller.session.id)


def whys_shown(board: ChainBoard) -> list[str]:
    return [board.whys.item(r).text() for r in range(board.whys.count())]


def add_voted_themes(window: MainWindow) -> None:
    """Themes with two cards each and the dots of the retro's vote, as earlier phases left them."""
    assert window.controller is not None
    run = window.controller.run
    for name, dots in THEMES.items():
        for side in (Role.PRODUCT, Role.ENGINEERING):
            assert run(lambda s, n=name, r=side: commands.add_card(s, "questions", f"{n} ({r})", r))
        cards = tuple(c.id for c in window.controller.session.cards_in("questions")[-2:])
        assert run(lambda s, n=name, c=cards: commands.add_theme(s, n, c))
        theme = window.controller.session.ordered_themes()[-1]
        assert run(lambda s, t=theme.id, d=dots: commands.set_tally(s, "vote", t, d))


@pytest.fixture
def dig(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    """The retro's "Dig into the top themes", after clustering and voting."""
    window = open_phase("retro", "dig")
    add_voted_themes(window)
    chain_board(window).focus_entry()
    return window


def test_the_top_three_themes_with_their_cards_and_votes(dig: MainWindow) -> None:
    board = chain_board(dig)
    shown = [board.target_list.item(r).text() for r in range(board.target_list.count())]
    assert shown == [
        "1. Late changes to the spec · 7 votes",
        "2. Launch quality · 5 votes",
        "3. Measuring success · 3 votes",
    ]
    assert board.heading.text() == "Late changes to the spec"
    assert board.stats.text() == "2 cards · 7 votes"
    assert board.depth_label.text() == "0 of 5 whys"
    assert "1 Handoff: Context was lost" in board.label_hints.text()


def test_five_whys_typed_edited_and_deleted_from_the_keyboard(
    dig: MainWindow, keyboard: Keyboard
) -> None:
    board = chain_board(dig)
    keyboard.press(K.Key_Return)  # from the theme list to the why entry
    assert QApplication.focusWidget() is board.entry
    for number in range(1, 6):
        keyboard.enter(f"Because {number}")
    assert board.depth_label.text() == "5 of 5 whys: that is the deepest this chain goes"
    keyboard.enter("Because 6")
    assert "already has 5 whys" in runner_of(dig).message.text()
    assert board.entry.text() == "Because 6"

    theme = board.chain_targets()[0]
    session = stored(dig)
    whys = session.children(theme.id, "dig")
    assert [c.text for c in whys] == [f"Because {n}" for n in range(1, 6)]
    assert all(c.role is Role.PRODUCT for c in whys)

    keyboard.ctrl(K.Key_A)
    keyboard.press(K.Key_Backspace)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Home)
    keyboard.press(K.Key_F2)
    keyboard.ctrl(K.Key_A)
    keyboard.enter("The spec was signed off before engineering saw it")
    assert QApplication.focusWidget() is board.whys
    keyboard.press(K.Key_End)
    keyboard.press(K.Key_Delete)
    assert whys_shown(board) == [
        "Why 1: The spec was signed off before engineering saw it",
        "Why 2: Because 2",
        "Why 3: Because 3",
        "Why 4: Because 4",
    ]
    assert stored(dig).children(theme.id, "dig")[0].text.startswith("The spec")


def test_a_seam_label_by_digit_and_notes_per_theme(dig: MainWindow, keyboard: Keyboard) -> None:
    board = chain_board(dig)
    first, second = board.chain_targets()[:2]
    keyboard.press(K.Key_1)
    assert stored(dig).label(first.id, "seam") == "handoff"
    assert board.target_list.item(0).text().endswith("· Handoff")
    assert board.labels.value() == "handoff"
    keyboard.press(K.Key_0)
    assert stored(dig).label(first.id, "seam") == ""
    keyboard.press(K.Key_3, ALT)
    assert stored(dig).label(first.id, "seam") == "narrative"

    board.notes.setFocus()
    keyboard.type("Product and engineering plan in different rooms")
    keyboard.press(K.Key_Down, Qt.KeyboardModifier.ControlModifier)  # next theme; notes kept
    assert board.heading.text() == "Launch quality"
    assert board.notes.toPlainText() == ""
    session = stored(dig)
    assert session.field(first.id, "notes") == "Product and engineering plan in different rooms"
    assert session.field(second.id, "notes") == ""
    keyboard.press(K.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert board.notes.toPlainText() == "Product and engineering plan in different rooms"


def test_no_themes_yet_says_what_comes_first(open_phase: Callable[[str, str], MainWindow]) -> None:
    window = open_phase("retro", "dig")
    board = chain_board(window)
    assert board.pages.currentWidget() is board.empty
    assert board.empty.text().startswith("No themes yet. Group the cards into themes")


def test_the_most_voted_card_beside_its_vote(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "rootcause")
    board = chain_board(window)
    assert board.pages.currentWidget() is board.empty
    assert board.empty.text().startswith("Nothing voted yet.")
    assert window.controller is not None
    run = window.controller.run
    for text in ("Customers can't see why an invoice changed", "Refunds take two weeks"):
        assert run(lambda s, t=text: commands.add_card(s, "w4", t, Role.PRODUCT, column="what"))
    first, second = window.controller.session.cards_in("w4")
    assert run(lambda s: commands.set_tally(s, "rootcause", second.id, 1))
    assert board.pages.currentWidget() is not board.empty
    assert board.heading.text() == "Refunds take two weeks"
    assert board.stats.text() == "Product · 1 vote"
    assert run(lambda s: commands.set_tally(s, "rootcause", first.id, 3))
    assert board.heading.text() == "Customers can't see why an invoice changed"
    assert board.target_list.isHidden()

    board.focus_entry()
    keyboard.ctrl(K.Key_2)  # the next whys come from engineering
    keyboard.enter("Line items are recalculated silently")
    [why] = stored(window).children(first.id, "rootcause")
    assert (why.text, why.role, why.phase_id) == (
        "Line items are recalculated silently",
        Role.ENGINEERING,
        "rootcause",
    )
    assert whys_shown(board) == ["Why 1: Line items are recalculated silently"]
