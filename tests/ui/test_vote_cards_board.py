"""Dot votes on cards (the W4 board's What cards, the drafts) as well as on themes."""

from collections.abc import Callable

from PySide6.QtCore import Qt

from app.ui.boards.factory import PanelsBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.main_window import MainWindow
from facilitation import board as commands
from facilitation import records
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import runner_of, session_of

K = Qt.Key


def vote_board(window: MainWindow) -> VoteBoard:
    board = runner_of(window).current_board()
    if isinstance(board, PanelsBoard):
        board = board.parts[0]
    assert isinstance(board, VoteBoard)
    return board


def rows(board: VoteBoard) -> list[str]:
    return [board.items.item(r).text() for r in range(board.items.count())]


def test_root_cause_votes_on_the_what_cards_only(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "rootcause")
    board = vote_board(window)
    assert board.empty.isVisible()
    assert board.empty.text() == "No cards to vote on yet: they are written in “W4 board”."
    assert window.controller is not None
    for column, role, text in (
        ("who", Role.PRODUCT, "Finance admins"),
        ("what", Role.ENGINEERING, "Disputes get lost in email"),
        ("what", Role.PRODUCT, "Refunds are issued twice"),
        ("why", Role.DESIGN, "19 days to settle"),
    ):
        window.controller.run(
            lambda s, c=column, r=role, t=text: commands.add_card(s, "w4", t, r, column=c)
        )
    assert rows(board) == [
        "1. Disputes get lost in email     0",
        "2. Refunds are issued twice     0",
    ]
    assert not board.empty.isVisible()
    assert "4 people × 1 dot = 4 dots" in board.budget_label.text()
    assert "at most 1 per person on one card" in board.budget_label.text()

    board.focus_entry()
    keyboard.press(K.Key_3)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Plus)
    what = session_of(window).cards_in_column("w4", "what")
    assert session_of(window).tallies_in("rootcause") == {what[0].id: 3, what[1].id: 1}
    assert rows(board)[0] == "1. Disputes get lost in email    ●●● 3"
    assert "placed 4 · left 0" in board.budget_label.text()
    keyboard.press(K.Key_Plus)
    assert "the room has 4" in runner_of(window).message.text()
    keyboard.press(K.Key_5)
    assert session_of(window).tally(what[1].id) == 1, "5 is more than one card can get"


def test_converge_votes_on_the_drafts(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "converge")
    board = vote_board(window)
    assert window.controller is not None
    for who in ("Finance admins", "Support agents"):
        window.controller.run(
            lambda s, w=who: records.add_record(s, "drafts", {"who": w}, role=Role.PRODUCT)
        )
    assert [r.split(" needs")[0] for r in rows(board)] == ["1. Finance admins", "2. Support agents"]
    assert "4 people × 2 dots = 8 dots" in board.budget_label.text()
    board.focus_entry()
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_6)
    support = session_of(window).cards_in("drafts")[1]
    assert session_of(window).tallies_in("converge") == {support.id: 6}
    assert rows(board)[1].endswith("●●●●●● 6")


def test_the_pre_mortem_still_votes_on_themes(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("premortem", "vote")
    board = vote_board(window)
    assert board.empty.text() == "No themes to vote on yet: name them while clustering."
    assert window.controller is not None
    window.controller.run(lambda s: commands.add_theme(s, "Launch breaks"))
    assert rows(board) == ["1. Launch breaks     0"]
    assert "on one theme" in board.budget_label.text()
    board.focus_entry()
    keyboard.press(K.Key_4)
    [theme] = session_of(window).ordered_themes()
    assert session_of(window).tallies_in("vote") == {theme.id: 4}
