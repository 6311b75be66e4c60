"""Named fields from the keyboard: stored on the phase or the setup, a live sentence, a checklist,
and Ctrl+M starting the final statement from the most-voted draft."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.boards.base import Board
from app.ui.boards.factory import PanelsBoard
from app.ui.boards.fields_board import FieldsBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.main_window import MainWindow
from facilitation import board as commands
from facilitation import records
from facilitation.outcomes import statement
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board, runner_of, session_of

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def board_of(window: MainWindow) -> Board:
    return current_board(window, Board)


def test_the_reframed_ask_is_typed_under_the_original(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "reframe")
    board = board_of(window)
    assert isinstance(board, FieldsBoard)
    assert board.shown["original_ask"].text() == "A dispute button by June"
    assert QApplication.focusWidget() is board.form.fields["reframed"]
    keyboard.type("Finance admins struggle to settle a disputed invoice.")
    keyboard.tab()  # leaving the field keeps it
    assert session_of(window).field("reframe", "reframed") == (
        "Finance admins struggle to settle a disputed invoice."
    )


def test_framing_fields_edit_the_setup_and_dates_must_be_dates(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("tradeoff", "frame")
    board = board_of(window)
    assert isinstance(board, FieldsBoard)
    values = board.form.values()
    assert values["question"] == "How do customers dispute an invoice?"
    assert values["approver"] == "Morgan"
    board.form.fields["approver"].setFocus()
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Morgan Lee")
    assert session_of(window).record.setup["approver"] == "Morgan Lee"

    board.form.fields["deadline"].setFocus()
    keyboard.ctrl(K.Key_A)
    keyboard.enter("next Friday")
    assert runner_of(window).message.text() == "Decide by takes a date like 2027-03-31."
    assert session_of(window).record.setup["deadline"] == "2027-01-15"
    assert board.form.values()["deadline"] == "2027-01-15", "the screen shows what is kept"
    keyboard.ctrl(K.Key_A)
    keyboard.enter("2027-02-01")
    assert session_of(window).record.setup["deadline"] == "2027-02-01"


def test_timeline_actuals_sit_under_the_targets(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "timeline")
    frame = board_of(window)
    assert isinstance(frame, PanelsBoard)
    board = frame.parts[0]
    assert isinstance(board, FieldsBoard)
    assert board.shown["success_metrics"].text() == "–", "no targets were set up"
    assert QApplication.focusWidget() is board.form.fields["actuals"]
    keyboard.type("Activation 41% against a target of 50%")
    keyboard.press(K.Key_Return, CTRL)
    assert session_of(window).field("timeline", "actuals") == (
        "Activation 41% against a target of 50%"
    )


@pytest.fixture
def converge(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    return open_phase("problem", "converge")


def statement_board(window: MainWindow) -> FieldsBoard:
    frame = board_of(window)
    assert isinstance(frame, PanelsBoard)
    board = frame.part("text_fields")
    assert isinstance(board, FieldsBoard) and frame.steps is not None
    frame.steps.setCurrentWidget(board)  # converge is done in steps: vote, merge, consent
    return board


def add_drafts(window: MainWindow) -> list[str]:
    assert window.controller is not None
    for fields in (
        {"who": "Support agents", "need": "answer billing questions", "insight": "no usage view"},
        {
            "who": "Finance admins",
            "need": "settle a disputed invoice",
            "insight": "disputes get lost in email",
            "impact": "a dispute takes 19 days",
        },
    ):
        window.controller.run(
            lambda s, f=fields: records.add_record(s, "drafts", f, role=Role.PRODUCT)
        )
    return [c.id for c in session_of(window).cards_in("drafts")]


def test_the_statement_reads_as_it_is_typed_and_is_checked_by_keys(
    converge: MainWindow, keyboard: Keyboard
) -> None:
    board = statement_board(converge)
    board.form.focus_field(0)
    keyboard.type("Finance admins")
    # Not stored yet, but the room already reads the sentence taking shape.
    assert session_of(converge).field("converge", "who") == ""
    assert board.sentence.text().startswith("Finance admins needs a way to … because …")
    keyboard.tab()
    keyboard.type("settle a disputed invoice")
    keyboard.tab()
    assert session_of(converge).field("converge", "need") == "settle a disputed invoice"

    keyboard.press(K.Key_1, ALT)
    keyboard.press(K.Key_3, ALT)
    keyboard.press(K.Key_3, ALT)  # and off again
    session = session_of(converge)
    assert session.field("converge", "check:user") == "yes"
    assert session.field("converge", "check:evidence") == ""
    assert board.checks["user"].isChecked() and not board.checks["evidence"].isChecked()
    board.checks["one_problem"].setFocus()
    keyboard.press(K.Key_Space)
    assert session_of(converge).field("converge", "check:one_problem") == "yes"
    timebox = session_of(converge).timebox
    assert timebox is not None and timebox.running, "Space ticked the box, not the timer"
    assert statement(session_of(converge), "converge").startswith(
        "Finance admins needs a way to settle a disputed invoice because …"
    )


def test_ctrl_m_starts_from_the_most_voted_draft_and_asks_before_replacing(
    converge: MainWindow, keyboard: Keyboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    board = statement_board(converge)
    keyboard.ctrl(K.Key_M)
    assert runner_of(converge).message.text() == (
        "No draft has a dot yet: count the votes first, then press Ctrl+M."
    )
    support, _finance = add_drafts(converge)
    votes = board_of(converge)
    assert isinstance(votes, PanelsBoard) and isinstance(votes.parts[0], VoteBoard)
    assert votes.steps is not None
    votes.steps.setCurrentIndex(0)
    votes.parts[0].focus_entry()
    keyboard.press(K.Key_1)  # one dot on the support draft…
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_3)  # …three on the finance one
    keyboard.ctrl(K.Key_M)  # from the vote list: the shortcut listens in the whole phase
    session = session_of(converge)
    assert [session.field("converge", f) for f in ("who", "need", "insight", "impact")] == [
        "Finance admins",
        "settle a disputed invoice",
        "disputes get lost in email",
        "a dispute takes 19 days",
    ]
    votes.steps.setCurrentWidget(board)  # the merge step catches up when shown
    assert board.form.values()["who"] == "Finance admins"
    assert "Ctrl+M starts from the most-voted draft (3 dots)" in board.draft_hint.text()

    board.form.fields["solved_when"].setFocus()
    keyboard.enter("days to settle fall from 19 to 7 by June")
    asked: list[str] = []

    def answer(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    assert converge.controller is not None
    converge.controller.run(lambda s: commands.set_tally(s, "converge", support, 4))
    keyboard.ctrl(K.Key_M)
    assert asked and "Who, Needs a way to, Because, Today already hold text" in asked[0]
    assert session_of(converge).field("converge", "who") == "Finance admins", "No keeps it"

    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    keyboard.ctrl(K.Key_M)
    session = session_of(converge)
    assert session.field("converge", "who") == "Support agents"
    assert session.field("converge", "impact") == "", "the draft's empty field comes too"
    assert session.field("converge", "solved_when") == (
        "days to settle fall from 19 to 7 by June"
    ), "a field the drafts do not have stays"
