"""Last time's actions and a linked pre-mortem's risks, answered from the keyboard and stored here
and, for an action's status, back on the earlier session."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.methods_catalog import method as load_method
from app.sessions import commit, open_session
from app.storage import Store
from app.ui.boards.review_board import ReviewBoard
from app.ui.main_window import MainWindow
from facilitation import board as commands
from facilitation import lifecycle
from facilitation.session import Session
from tests.conftest import ROOM, SETUP
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board, runner_of

K = Qt.Key
TEAM = "Billing"


def _session(
    store: Store, clock: FakeClock, method_id: str, title: str, **draft: object
) -> Session:
    method = load_method(method_id)
    setup = lifecycle.SetupDraft(
        title,
        SETUP[method_id],
        ROOM,
        method.default_total_min,
        **draft,  # type: ignore[arg-type]
    )
    session, change = lifecycle.create_session(method, setup, clock)
    store.commit(session.id, change)
    commit(store, session, lifecycle.start_session(session))
    clock.advance(3600)  # each session is created after the one before
    return session


def _earlier_retro(store: Store, clock: FakeClock) -> Session:
    retro = _session(store, clock, "retro", "Retro: September", team=TEAM)
    for what, owner, co_owner in (
        ("Write the on-call runbook", "Priya", "Eli"),
        ("Invite support to the sprint review", "Dana", ""),
    ):
        commit(store, retro, commands.add_action(retro, what, owner, "", co_owner=co_owner))
    return retro


def _premortem(store: Store, clock: FakeClock) -> Session:
    premortem = _session(store, clock, "premortem", "Pre-mortem: billing launch")
    commit(store, premortem, commands.add_theme(premortem, "Payment provider breaks on Safari"))
    theme = premortem.ordered_themes()[0]
    commit(store, premortem, commands.size_risk(premortem, theme.id, likelihood=4, impact=5))
    commit(
        store, premortem, commands.respond_to_risk(premortem, theme.id, roam="owned", owner="Eli")
    )
    return premortem


@pytest.fixture
def looking_back(
    open_window: Callable[[], MainWindow], db_path: Path, clock: FakeClock
) -> tuple[MainWindow, Session, Session]:
    """A retro of team Billing at "Last time's actions", after an earlier Billing retro with two
    actions and a pre-mortem it follows. Returns the window, the earlier retro, the pre-mortem."""
    store = Store(db_path)
    earlier = _earlier_retro(store, clock)
    premortem = _premortem(store, clock)
    now = _session(store, clock, "retro", "Retro: October", team=TEAM, follows=(premortem.id,))
    index = [r.phase_id for r in now.ordered_runs()].index("followup")
    commit(store, now, lifecycle.go_to_phase(now, index))
    store.close()
    window = open_window()
    window.open_session(now.id)
    return window, earlier, premortem


def board_of(window: MainWindow) -> ReviewBoard:
    return current_board(window, ReviewBoard)


def reread(window: MainWindow, session_id: str) -> Session:
    assert window.controller is not None
    return open_session(window.controller.store, session_id)


def rows(board: ReviewBoard, which: str = "action") -> list[str]:
    target = board.action_list if which == "action" else board.risk_list
    return [target.item(r).text() for r in range(target.count())]


def test_each_earlier_action_is_answered_by_key_and_stored_here_and_there(
    looking_back: tuple[MainWindow, Session, Session], keyboard: Keyboard
) -> None:
    window, earlier, _ = looking_back
    board = board_of(window)
    assert QApplication.focusWidget() is board.action_list
    assert rows(board) == [
        "1. Write the on-call runbook\nPriya + Eli · not looked at yet",
        "2. Invite support to the sprint review\nDana · not looked at yet",
    ]
    assert board.item_title.text() == "Write the on-call runbook"
    assert board.item_meta.text() == "Owner: Priya + Eli · from “Retro: September”"

    keyboard.press(K.Key_P)  # partly
    keyboard.press(K.Key_K)  # keep
    keyboard.press(K.Key_Return)
    assert QApplication.focusWidget() is board.note
    keyboard.enter("Half written; used twice on call")
    assert QApplication.focusWidget() is board.action_list
    assert rows(board)[0] == (
        "1. Write the on-call runbook\nPriya + Eli · Partly · Keep\n"
        "Note: Half written; used twice on call"
    )
    assert board.status_buttons.value() == "partly"
    assert board.trend_buttons.value() == "keep"

    keyboard.press(K.Key_K)  # the same answer again takes it back
    assert board.trend_buttons.value() == ""
    keyboard.press(K.Key_D)  # done after all

    # The second row is answered first; neither row moves.
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_N)
    keyboard.press(K.Key_S)
    assert [r.split("\n")[0] for r in rows(board)] == [
        "1. Write the on-call runbook",
        "2. Invite support to the sprint review",
    ]

    here = reread(window, board.session.id)
    reviews = {r.text: r for r in here.ordered_reviews("action")}
    runbook = reviews["Write the on-call runbook"]
    assert (runbook.status, runbook.trend, runbook.note) == (
        "done",
        "",
        "Half written; used twice on call",
    )
    assert reviews["Invite support to the sprint review"].status == "not_done"
    assert reviews["Invite support to the sprint review"].trend == "stop"
    # The status goes back onto the earlier session's actions.
    there = {a.what: a.status for a in reread(window, earlier.id).ordered_actions()}
    assert there == {
        "Write the on-call runbook": "done",
        "Invite support to the sprint review": "not_done",
    }


def test_the_linked_premortems_risks_are_checked_with_their_own_keys(
    looking_back: tuple[MainWindow, Session, Session], keyboard: Keyboard
) -> None:
    window, _, premortem = looking_back
    board = board_of(window)
    assert rows(board, "risk") == ["1. Payment provider breaks on Safari\nnot checked yet"]
    keyboard.tab()
    assert QApplication.focusWidget() is board.risk_list
    assert board.item_meta.text() == (
        "Sized 20 High · answered “Owned” · owner Eli · from “Pre-mortem: billing launch”"
    )
    assert board.risk_buttons.isVisible() and not board.trend_buttons.isVisible()
    keyboard.press(K.Key_D)  # an action's key does nothing on a risk
    keyboard.press(K.Key_H)
    keyboard.press(K.Key_F2)
    keyboard.enter("Safari 17 only, fixed in a day")
    assert rows(board, "risk") == [
        "1. Payment provider breaks on Safari\nHappened\nNote: Safari 17 only, fixed in a day"
    ]
    review = reread(window, board.session.id).ordered_reviews("risk")[0]
    assert (review.status, review.note, review.source_session_id) == (
        "happened",
        "Safari 17 only, fixed in a day",
        premortem.id,
    )


def test_answers_are_still_there_after_a_restart(
    looking_back: tuple[MainWindow, Session, Session],
    keyboard: Keyboard,
    open_window: Callable[[], MainWindow],
) -> None:
    window, _, _ = looking_back
    keyboard.press(K.Key_D)
    keyboard.press(K.Key_M)
    session_id = board_of(window).session.id
    window.close()
    again = open_window()
    again.open_session(session_id)
    board = board_of(again)
    # The done action is no longer open, but this session's answer about it stays on the list.
    assert rows(board)[0] == "1. Write the on-call runbook\nPriya + Eli · Done · More"
    assert len(rows(board)) == 2


def test_a_note_refuses_what_no_line_can_hold(
    looking_back: tuple[MainWindow, Session, Session], keyboard: Keyboard
) -> None:
    window, _, _ = looking_back
    board = board_of(window)
    keyboard.press(K.Key_Return)
    keyboard.enter("x" * 300)
    assert "at most 200 characters" in runner_of(window).message.text()
    assert reread(window, board.session.id).ordered_reviews("action") == []
    keyboard.press(K.Key_A, Qt.KeyboardModifier.ControlModifier)
    keyboard.enter("<b>ok</b> 🙂 مرحبا")
    assert reread(window, board.session.id).ordered_reviews("action")[0].note == (
        "<b>ok</b> 🙂 مرحبا"
    )


def test_nothing_to_review_says_how_actions_get_here(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window = open_phase("retro", "followup")
    board = board_of(window)
    assert board.pages.currentWidget() is board.empty
    assert board.empty.isVisible()
    assert "same Team name" in board.empty.text()
    assert "ticked under Follows" in board.empty.text()
    assert "Ctrl+K" in board.empty.text()
