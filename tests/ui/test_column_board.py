"""Column cards from the keyboard: columns picked, cards moved, column sets switched safely."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui.boards.column_board import ColumnCardsBoard
from app.ui.boards.factory import PanelsBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board, message
from widgets.card_column import CardColumn

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def board_at(window: MainWindow) -> ColumnCardsBoard:
    return current_board(window, ColumnCardsBoard)


def shown(board: ColumnCardsBoard, column: int) -> list[str]:
    model = board.views[column].model
    return [str(model.data(model.index(row))) for row in range(model.rowCount())]


def stored(window: MainWindow, phase_id: str) -> list[tuple[str, Role, str]]:
    assert window.controller is not None
    return [(c.column, c.role, c.text) for c in window.controller.session.cards_in(phase_id)]


@pytest.fixture
def questions(open_phase: Callable[[str, str], MainWindow]) -> MainWindow:
    return open_phase("retro", "questions")


def test_cards_go_to_the_column_the_keyboard_picks_with_their_role(
    questions: MainWindow, keyboard: Keyboard
) -> None:
    board = board_at(questions)
    assert [v.list.accessibleName() for v in board.views] == [
        "Did we build the right thing?",
        "Did we build it well?",
        "Did we build it well together?",
    ]
    assert "Value, users, metrics." in board.views[0].header.text()
    assert "▶" in board.views[0].header.text(), "the first column takes new cards"
    keyboard.enter("Users wanted invoices by email")
    keyboard.press(K.Key_2, ALT)
    keyboard.ctrl(K.Key_2)
    keyboard.enter("Billing API slipped three weeks")
    keyboard.press(K.Key_Right, CTRL)
    keyboard.ctrl(K.Key_3)
    keyboard.enter("Design review came after the build")
    keyboard.press(K.Key_Right, CTRL)  # wraps round to the first column
    keyboard.ctrl(K.Key_1)
    keyboard.enter("Usage pricing was the right call")

    assert stored(questions, "questions") == [
        ("right", Role.PRODUCT, "Users wanted invoices by email"),
        ("well", Role.ENGINEERING, "Billing API slipped three weeks"),
        ("together", Role.DESIGN, "Design review came after the build"),
        ("right", Role.PRODUCT, "Usage pricing was the right call"),
    ]
    assert shown(board, 0) == ["Users wanted invoices by email", "Usage pricing was the right call"]
    assert "2 cards" in board.views[0].header.text()
    assert "P 2" in board.views[0].header.text()
    assert "E 1" in board.views[1].header.text()
    assert "no cards yet" not in board.views[2].header.text()
    assert board.count_label.text() == "4 cards · Product 2 · Engineering 1 · Design 1"
    assert "“Did we build the right thing?”" in board.entry.placeholderText()


def test_a_selected_card_moves_edits_retags_and_goes_from_the_keyboard(
    questions: MainWindow, keyboard: Keyboard
) -> None:
    board = board_at(questions)
    keyboard.press(K.Key_3, ALT)
    keyboard.enter("Scope changed and QA heard last")
    keyboard.enter("We paired on the spec")
    keyboard.press(K.Key_Down)  # into the third column, its last card
    assert QApplication.focusWidget() is board.views[2].list
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_1)  # the first card moves to column 1, the keyboard with it
    assert stored(questions, "questions")[0][0] == "right"
    assert QApplication.focusWidget() is board.views[0].list
    keyboard.press(K.Key_Right, CTRL | SHIFT)  # carried one column over
    assert stored(questions, "questions")[0][0] == "well"
    assert shown(board, 1) == ["Scope changed and QA heard last"]
    keyboard.ctrl(K.Key_2)  # re-tag the selected card
    assert stored(questions, "questions")[0][1] == Role.ENGINEERING

    keyboard.press(K.Key_F2)
    assert QApplication.focusWidget() is board.entry
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Scope changed; QA heard of it last")
    assert stored(questions, "questions")[0] == (
        "well",
        Role.ENGINEERING,
        "Scope changed; QA heard of it last",
    )
    assert QApplication.focusWidget() is board.views[1].list

    keyboard.press(K.Key_Right)  # plain arrows walk to the next column with cards
    assert QApplication.focusWidget() is board.views[2].list
    keyboard.press(K.Key_Delete)
    assert [text for _, _, text in stored(questions, "questions")] == [
        "Scope changed; QA heard of it last"
    ]


def test_switching_columns_asks_and_keeps_every_card(
    questions: MainWindow,
    keyboard: Keyboard,
    monkeypatch: pytest.MonkeyPatch,
    open_window: Callable[[], MainWindow],
) -> None:
    board = board_at(questions)
    keyboard.enter("Users wanted email")
    keyboard.press(K.Key_2, ALT)
    keyboard.enter("Flaky deploys")
    keyboard.enter("Good test coverage")
    asked: list[str] = []

    def answer(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))

    keyboard.press(K.Key_P, CTRL | SHIFT)
    assert board.chooser.isVisible()
    assert QApplication.focusWidget() is board.chooser.list
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Return)  # Start / Stop / Continue, but the answer is No
    assert "3 cards sit in columns that Start / Stop / Continue does not have" in asked[0]
    assert "1 in Did we build the right thing?, 2 in Did we build it well?" in asked[0]
    assert board.views[0].list.accessibleName() == "Did we build the right thing?"
    assert questions.controller is not None
    assert questions.controller.session.field("questions", "preset") == ""

    keyboard.press(K.Key_P, CTRL | SHIFT)
    keyboard.press(K.Key_2)  # a digit chooses at once; this time the answer is Yes
    session = questions.controller.session
    assert session.field("questions", "preset") == "start_stop_continue"
    assert [v.list.accessibleName() for v in board.views] == ["Start", "Stop", "Continue"]
    assert "Columns: Start / Stop / Continue" in board.preset_label.text()
    drawn = [
        v for v in board.findChildren(CardColumn) if isinstance(v, CardColumn) and v.isVisible()
    ]
    assert len(drawn) == 4, "three new columns and the stray one; the old ones are gone"
    assert len(session.cards_in("questions")) == 3, "nothing is lost"
    assert board.stray.isVisible()
    model = board.stray.model
    assert [model.data(model.index(r)) for r in range(model.rowCount())] == [
        "Did we build the right thing? · Users wanted email",
        "Did we build it well? · Flaky deploys",
        "Did we build it well? · Good test coverage",
    ]
    assert "3 cards" in board.stray.header.text()

    board.stray.list.setFocus()
    board.stray.select(1)
    keyboard.press(K.Key_2)  # into Stop
    assert [t for c, _, t in stored(questions, "questions") if c == "stop"] == ["Flaky deploys"]
    assert board.stray.model.rowCount() == 2

    questions.close()
    again = open_window()
    keyboard.press(K.Key_Return)  # resume the session
    reopened = board_at(again)
    assert [v.list.accessibleName() for v in reopened.views] == ["Start", "Stop", "Continue"]
    assert shown(reopened, 1) == ["Flaky deploys"]
    assert reopened.stray.model.rowCount() == 2


def test_switching_without_stranded_cards_does_not_ask(
    questions: MainWindow, keyboard: Keyboard, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: object, **_k: object) -> None:
        raise AssertionError("nothing to ask about")

    monkeypatch.setattr(QMessageBox, "question", staticmethod(refuse))
    board = board_at(questions)
    keyboard.press(K.Key_P, CTRL | SHIFT)
    keyboard.press(K.Key_5)  # Sailboat
    assert [v.list.accessibleName() for v in board.views] == ["Wind", "Anchors", "Rocks"]
    assert "What pushed us forward." in board.views[0].header.text()
    assert "▶" in board.views[0].header.text()
    keyboard.enter("Clear launch date")
    assert stored(questions, "questions") == [("wind", Role.PRODUCT, "Clear launch date")]
    keyboard.press(K.Key_P, CTRL | SHIFT)
    assert not board.holder.isVisible(), "the choice takes the columns' place"
    keyboard.press(K.Key_Escape)
    assert not board.chooser.isVisible() and board.holder.isVisible()
    assert QApplication.focusWidget() is board.entry
    keyboard.press(K.Key_P, CTRL | SHIFT)
    keyboard.tab()  # leaving the choice is a "no" too
    assert not board.chooser.isVisible() and board.holder.isVisible()
    assert board.session.field("questions", "preset") == "sailboat"


def test_bad_cards_get_a_sentence_and_markup_stays_text(
    questions: MainWindow, keyboard: Keyboard
) -> None:
    board = board_at(questions)
    board.entry.setText("x" * 501)
    keyboard.press(K.Key_Return)
    assert "at most 500 characters" in message(questions)
    assert stored(questions, "questions") == []
    assert board.entry.text() == "x" * 501, "the typing is kept to shorten"
    board.entry.clear()
    keyboard.enter("<b>Ship</b> & 🙈 التحقق فشل")
    assert shown(board, 0) == ["<b>Ship</b> & 🙈 التحقق فشل"]


def test_roti_keeps_doing_and_changing_after_the_poll(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("retro", "roti")
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    frame = runner.current_board()
    assert isinstance(frame, PanelsBoard)
    board = frame.parts[1]
    assert isinstance(board, ColumnCardsBoard)
    assert frame.steps is not None  # rate first, then comment: one step each
    frame.steps.setCurrentWidget(board)
    assert [v.list.accessibleName() for v in board.views] == ["Keep doing", "Change next time"]
    assert not board.preset_label.isVisible(), "one set of columns: nothing to switch"
    board.focus_entry()
    keyboard.enter("The third question")
    keyboard.press(K.Key_Right, CTRL)
    keyboard.ctrl(K.Key_2)
    keyboard.enter("Start on time")
    keyboard.press(K.Key_P, CTRL | SHIFT)
    assert not board.chooser.isVisible()
    assert stored(window, "roti") == [
        ("plus", Role.PRODUCT, "The third question"),
        ("delta", Role.ENGINEERING, "Start on time"),
    ]


def test_w4_board_has_four_columns_with_their_questions(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "w4")
    board = board_at(window)
    assert [v.list.accessibleName() for v in board.views] == ["Who", "What", "Why", "Where"]
    assert "What does it cost them, or us?" in board.views[2].header.text()
    keyboard.press(K.Key_4, ALT)
    keyboard.enter("Only on invoices over 10k")
    keyboard.press(K.Key_9, ALT)  # no ninth column: nothing changes
    keyboard.enter("Mostly at month end")
    assert [c for c, _, _ in stored(window, "w4")] == ["where", "where"]
