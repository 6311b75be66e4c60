"""Recording the decision from the keyboard: the choice beside the ranking, fields, why-nots."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.sessions import open_session
from app.storage import Store
from app.ui.boards.decision_board import DecisionRecordBoard
from app.ui.boards.factory import PanelsBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation import decision_matrix, records
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import session_of
from widgets.committing_fields import CommittingLineEdit, CommittingTextEdit

K = Qt.Key


def open_decide(
    open_phase: Callable[[str, str], MainWindow],
) -> tuple[MainWindow, DecisionRecordBoard]:
    window = open_phase("tradeoff", "decide")
    assert isinstance(window.screen_widget, RunnerScreen)
    panels = window.screen_widget.current_board()
    assert isinstance(panels, PanelsBoard)  # the consent poll sits beside the record
    board = panels.parts[0]
    assert isinstance(board, DecisionRecordBoard)
    return window, board


def score(window: MainWindow, totals: dict[str, int]) -> None:
    """Weight the first criterion 3 and score the named options on it, both sides alike."""
    controller = window.controller
    assert controller is not None
    criterion = decision_matrix.criteria(controller.session)[0]
    controller.run(lambda s: records.set_score(s, criterion.id, "weight", 3, scale=range(1, 6)))
    for option in decision_matrix.options(controller.session):
        if option.text in totals:
            for side in ("product", "engineering"):
                controller.run(
                    lambda s, o=option.id, v=totals[option.text], d=side: records.set_score(
                        s, o, criterion.id, v, scale=range(1, 6), side=d
                    )
                )


def ranking(board: DecisionRecordBoard) -> list[tuple[str, str]]:
    table = board.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def by_name(window: MainWindow, name: str) -> str:
    return next(o.id for o in decision_matrix.options(session_of(window)) if o.text == name)


TOTALS = {"Constrained and fast": 3, "Standard": 4, "Durable": 5, "Status quo": 1}


def test_the_ranking_stands_beside_the_choice_and_a_digit_chooses(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_decide(open_phase)
    score(window, TOTALS)
    assert ranking(board) == [
        ("1. Durable", "15 · #1"),
        ("2. Standard", "12 · #2"),
        ("3. Constrained and fast", "9 · #3"),
        ("4. Status quo", "3 · #4"),
    ]
    assert keyboard.focused() is board.table
    keyboard.press(K.Key_2)
    session = session_of(window)
    assert session.field("decide", "chosen") == by_name(window, "Standard")
    assert ranking(board)[1][0] == "2. ✓ Standard"
    assert board.note.text() == ("Standard is not the top-scored option: say why in the rationale.")
    keyboard.press(K.Key_1)
    assert session.field("decide", "chosen") == by_name(window, "Durable")
    assert ranking(board)[0][0] == "1. ✓ Durable"
    assert board.note.text() == ""
    keyboard.press(K.Key_0)
    assert session.field("decide", "chosen") == ""
    assert all("✓" not in name for name, _ in ranking(board))
    keyboard.press(K.Key_5)
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert runner.message.text() == (
        "There are 4 options: choose 1 to 4, or 0 to take the choice back."
    )
    assert session.field("decide", "chosen") == ""


def test_before_scoring_the_board_says_there_is_nothing_to_compare(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_decide(open_phase)
    assert [total for _, total in ranking(board)] == ["–"] * 4
    assert board.note.text() == (
        "Nothing is scored yet, so there is no ranking to compare the choice with."
    )
    keyboard.press(K.Key_Return)  # Enter chooses the selected option too
    assert session_of(window).field("decide", "chosen") == by_name(window, "Constrained and fast")


def test_the_record_is_typed_field_by_field_with_tab(
    db_path: Path,
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    clock: FakeClock,
) -> None:
    window, board = open_decide(open_phase)
    score(window, TOTALS)
    keyboard.press(K.Key_2)
    keyboard.tab()
    assert keyboard.focused() is board.fields["title"]
    keyboard.type("We will build the standard dispute flow")
    keyboard.tab()
    assert keyboard.focused() is board.fields["rationale"]
    keyboard.type("It meets the June date; durable lands in August.")
    keyboard.tab(4)  # good, bad, debt, on to "revisit if"
    keyboard.type("Fewer than 30% of disputes filed in the app by September")
    keyboard.tab()
    status = board.fields["status"]
    assert isinstance(status, QComboBox) and keyboard.focused() is status
    keyboard.press(K.Key_Down)  # Not set → Proposed
    keyboard.press(K.Key_Down)  # → Accepted
    keyboard.tab()
    durable = board.why_not[by_name(window, "Durable")]
    assert list(board.why_not) == [
        by_name(window, "Constrained and fast"),
        by_name(window, "Durable"),
        by_name(window, "Status quo"),
    ]
    keyboard.tab()  # past the fast option's reason
    assert keyboard.focused() is durable
    keyboard.enter("Eight weeks misses the June commitment")

    store = Store(db_path)
    try:
        stored = open_session(store, session_of(window).id, clock)
    finally:
        store.close()
    assert stored.field("decide", "chosen") == by_name(window, "Standard")
    assert stored.field("decide", "title") == "We will build the standard dispute flow"
    assert stored.field("decide", "rationale") == (
        "It meets the June date; durable lands in August."
    )
    assert stored.field("decide", "revisit") == (
        "Fewer than 30% of disputes filed in the app by September"
    )
    assert stored.field("decide", "status") == "accepted"
    assert stored.field(by_name(window, "Durable"), "why_not") == (
        "Eight weeks misses the June commitment"
    )


def test_a_too_long_title_is_refused_and_the_typing_kept(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_decide(open_phase)
    title = board.fields["title"]
    assert isinstance(title, CommittingLineEdit)
    title.setFocus()
    keyboard.type("We will " + "x" * 200)
    keyboard.tab()
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert runner.message.text().startswith("Decision holds at most 200 characters")
    assert session_of(window).field("decide", "title") == ""
    assert title.text().startswith("We will xxx")


def test_text_fields_keep_markup_and_right_to_left_as_typed(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_decide(open_phase)
    good = board.fields["good"]
    assert isinstance(good, CommittingTextEdit)
    good.setFocus()
    keyboard.type("<i>Fewer</i> emails & calls; نزاعات أقل")
    keyboard.tab()
    assert session_of(window).field("decide", "good") == ("<i>Fewer</i> emails & calls; نزاعات أقل")
