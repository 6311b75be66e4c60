"""Action items from the keyboard: paired owners, the retro's cap, gaps made visible, edit and
delete (which asks first)."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.sessions import open_session
from app.ui.boards.actions_board import ActionsBoard
from app.ui.main_window import MainWindow
from facilitation.entities import Action
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import board_part, runner_of

K = Qt.Key


def actions_board(window: MainWindow) -> ActionsBoard:
    """The phase's action board, alone or beside another panel (the retro's classify)."""
    return board_part(window, ActionsBoard)


def stored(window: MainWindow) -> list[Action]:
    assert window.controller is not None
    session = open_session(window.controller.store, window.controller.session.id)
    return session.ordered_actions()


def rows(board: ActionsBoard) -> list[str]:
    return [board.list.item(r).text() for r in range(board.list.count())]


def type_action(keyboard: Keyboard, *fields: str) -> None:
    """Type into the form's lines in Tab order, then Enter; empty strings leave a line empty."""
    for number, text in enumerate(fields):
        if number:
            keyboard.tab()
        if text:
            keyboard.type(text)
    keyboard.press(K.Key_Return)


def test_a_paired_action_is_typed_in_one_go_and_counts_against_the_cap(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "decide")
    board = actions_board(window)
    assert board.form.captions["owner"].text() == "Product owner"
    assert board.form.captions["co_owner"].text() == "Engineering owner"
    assert board.count_label.text() == "0 of 3 actions"
    board.focus_entry()
    type_action(
        keyboard,
        "Hold one joint planning session per sprint",
        "Priya",
        "Eli",
        "2026-12-04",
        "both sides sign the sprint goal",
    )
    [action] = stored(window)
    assert (action.what, action.owner, action.co_owner, action.due, action.done_when) == (
        "Hold one joint planning session per sprint",
        "Priya",
        "Eli",
        "2026-12-04",
        "both sides sign the sprint goal",
    )
    assert rows(board) == [
        "1. Hold one joint planning session per sprint\n"
        "Product: Priya · Engineering: Eli · due 4 December 2026\n"
        "Done when both sides sign the sprint goal"
    ]
    assert board.count_label.text() == "1 of 3 actions"
    assert not board.gaps_label.isVisible()
    assert QApplication.focusWidget() is board.form.lines["what"]
    assert board.form.lines["owner"].text() == ""


def test_missing_owners_dates_and_checks_show_on_the_row_and_under_the_list(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "decide")
    board = actions_board(window)
    board.focus_entry()
    keyboard.enter("Add a load test to the release checklist")
    assert rows(board)[0].endswith(
        "⚠ needs a product owner, an engineering owner, a due date and a “done when” check"
    )
    assert board.gaps_label.text() == (
        "Still open: action 1 needs a product owner, an engineering owner, a due date and a "
        "“done when” check"
    )
    assert "Product: — · Engineering: — · no date" in rows(board)[0]


def test_the_fourth_retro_action_is_refused_and_keeps_what_was_typed(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "decide")
    board = actions_board(window)
    board.focus_entry()
    for what in ("Plan together", "Test before launch", "Share the metrics weekly"):
        keyboard.enter(what)
    assert board.count_label.text() == "3 of 3 actions · full: drop or merge one to add another"
    keyboard.enter("Rewrite everything")
    assert runner_of(window).message.text() == (
        "Keep at most 3 actions, so they get done: drop or merge one first."
    )
    assert board.form.lines["what"].text() == "Rewrite everything"
    assert len(stored(window)) == 3


def test_edit_from_the_list_and_cancel_with_escape(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "next")
    board = actions_board(window)
    assert board.count_label.text() == "0 actions"  # no cap in this method
    board.focus_entry()
    type_action(keyboard, "Run a discovery spike", "Priya")
    keyboard.press(K.Key_Down)
    assert QApplication.focusWidget() is board.list
    keyboard.press(K.Key_F2)
    assert board.form.lines["what"].text() == "Run a discovery spike"
    assert "Editing action 1" in board.form.lines["what"].placeholderText()
    keyboard.tab(2)  # to the engineering owner
    keyboard.type("Eli")
    keyboard.press(K.Key_Return)
    [action] = stored(window)
    assert (action.owner, action.co_owner) == ("Priya", "Eli")
    assert QApplication.focusWidget() is board.list
    assert board.form.lines["what"].text() == ""

    keyboard.press(K.Key_Return)  # Enter on a row edits it too
    keyboard.ctrl(K.Key_A)
    keyboard.type("Something else")
    keyboard.press(K.Key_Escape)
    assert stored(window)[0].what == "Run a discovery spike"
    assert QApplication.focusWidget() is board.list
    assert board.form.lines["what"].text() == ""
    assert board.count_label.text() == "1 action"


def test_delete_asks_first(
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_phase("problem", "next")
    board = actions_board(window)
    board.focus_entry()
    keyboard.enter("Run a discovery spike")
    keyboard.enter("Tell support")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: next(answers)))
    keyboard.press(K.Key_Down)  # to the list, on the newest action
    keyboard.press(K.Key_Delete)
    assert len(stored(window)) == 2
    keyboard.press(K.Key_Delete)
    assert [a.what for a in stored(window)] == ["Run a discovery spike"]
    assert rows(board) == [
        "1. Run a discovery spike\nProduct: — · Engineering: — · no date\n"
        "⚠ needs a product owner, an engineering owner, a due date and a “done when” check"
    ]


def test_one_owner_when_the_method_does_not_pair_them(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("tradeoff", "actions")
    board = actions_board(window)
    assert board.form.captions["owner"].text() == "Owner"
    assert board.form.lines["co_owner"].isHidden()
    board.focus_entry()
    type_action(keyboard, "Tell the informed list", "Morgan", "2026-11-23", "they replied")
    assert rows(board) == [
        "1. Tell the informed list\nOwner: Morgan · due 23 November 2026\nDone when they replied"
    ]
    assert stored(window)[0].co_owner == ""


def test_odd_text_is_kept_as_typed_and_too_much_is_refused(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "next")
    board = actions_board(window)
    board.focus_entry()
    keyboard.enter("x" * 501)
    assert "at most 500 characters" in runner_of(window).message.text()
    assert stored(window) == []
    keyboard.ctrl(K.Key_A)
    type_action(keyboard, "Ship <b>bold</b> 🚀 الآن", "Zoë\u202e")
    [action] = stored(window)
    assert action.what == "Ship <b>bold</b> 🚀 الآن"
    assert action.owner == "Zoë\u202e"
    assert rows(board)[0].startswith("1. Ship <b>bold</b> 🚀 الآن")
