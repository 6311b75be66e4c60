"""The risk check from the keyboard: the leading options, their risks, L then I, and the grid."""

from collections.abc import Callable

from PySide6.QtCore import Qt

from app.ui.boards.option_risks_board import OptionRisksBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from facilitation import decision_matrix, records
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board
from widgets.risk_grid import PlacedRisk

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def open_risks(
    open_phase: Callable[[str, str], MainWindow],
) -> tuple[MainWindow, OptionRisksBoard]:
    window = open_phase("tradeoff", "risks")
    return window, current_board(window, OptionRisksBoard)


def score(window: MainWindow, totals: dict[str, int]) -> None:
    """Weight the first criterion 2 and score each named option on it, as the score phase would."""
    controller = window.controller
    assert controller is not None
    session = controller.session
    criterion = decision_matrix.criteria(session)[0]
    controller.run(lambda s: records.set_score(s, criterion.id, "weight", 2, scale=range(1, 6)))
    for option in decision_matrix.options(session):
        if option.text in totals:
            value = totals[option.text]
            controller.run(
                lambda s, o=option.id, v=value: records.set_score(
                    s, o, criterion.id, v, scale=range(1, 6), side="engineering"
                )
            )


def tabs(board: OptionRisksBoard) -> list[str]:
    return [board.tabs.tabText(i) for i in range(board.tabs.count())]


def rows(board: OptionRisksBoard) -> list[tuple[str, ...]]:
    table = board.table
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_before_scoring_the_first_two_options_stand_in_and_the_board_says_so(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    _window, board = open_risks(open_phase)
    assert tabs(board) == ["1. Constrained and fast · 0 risks", "2. Standard · 0 risks"]
    assert board.standing.text() == (
        "Nothing is scored yet, so these are the first 2 options on the board, not the top-scored."
    )


def test_the_top_two_by_weighted_total_lead(
    open_phase: Callable[[str, str], MainWindow],
) -> None:
    window, board = open_risks(open_phase)
    score(window, {"Constrained and fast": 2, "Standard": 4, "Durable": 5, "Status quo": 1})
    assert tabs(board) == ["1. Durable · 0 risks", "2. Standard · 0 risks"]
    assert board.standing.text() == "Rank 1 by weighted total: 10 (100% of the maximum)."
    board.tabs.step(1)
    assert board.standing.text() == "Rank 2 by weighted total: 8 (80% of the maximum)."


def test_risks_are_typed_then_sized_likelihood_then_impact(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_risks(open_phase)
    assert keyboard.focused() is board.entry
    keyboard.enter("Ledger row locks at month end")
    keyboard.enter("Finance rejects a second queue")
    keyboard.press(K.Key_Down)
    assert keyboard.focused() is board.table
    keyboard.press(K.Key_Up)  # to the first risk
    assert "Typing sets <b>likelihood</b>" in board.axis_label.text()
    keyboard.press(K.Key_4)
    assert "Typing sets <b>impact</b>" in board.axis_label.text()
    keyboard.press(K.Key_5)  # impact, then on to the next risk
    keyboard.press(K.Key_I)
    keyboard.press(K.Key_3)
    keyboard.press(K.Key_L)
    keyboard.press(K.Key_2)
    assert rows(board) == [
        ("1. Ledger row locks at month end", "4", "5", "20 High"),
        ("2. Finance rejects a second queue", "2", "3", "6 Low"),
    ]
    assert board.grid.placed() == [PlacedRisk(1, 4, 5), PlacedRisk(2, 2, 3)]
    assert tabs(board)[0] == "1. Constrained and fast · 2 risks, worst 20 High"
    session = window.controller.session
    fast = decision_matrix.options(session)[0]
    lock = session.children(fast.id, "risks")[0]
    assert (session.score(lock.id, "likelihood"), session.score(lock.id, "impact")) == (4, 5)


def test_out_of_scale_digits_get_a_sentence_and_zero_clears(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_risks(open_phase)
    keyboard.enter("Safari breaks the upload")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_7)
    runner = window.screen_widget
    assert isinstance(runner, RunnerScreen)
    assert runner.message.text() == "Likelihood goes from 1 to 5."
    keyboard.press(K.Key_3)
    assert rows(board)[0][1] == "3"
    keyboard.press(K.Key_L)
    keyboard.press(K.Key_0)
    assert rows(board)[0][1] == "–"
    assert window.controller.session.score(board.row_ids[0], "likelihood") == 0


def test_ctrl_tab_adds_risks_to_the_other_leading_option(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_risks(open_phase)
    keyboard.press(K.Key_Tab, CTRL)
    keyboard.enter("Migration takes twice as long 🙈")
    session = window.controller.session
    standard = decision_matrix.options(session)[1]
    assert [c.text for c in session.children(standard.id, "risks")] == [
        "Migration takes twice as long 🙈"
    ]
    assert tabs(board) == ["1. Constrained and fast · 0 risks", "2. Standard · 1 risk"]
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_F2)
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Migration of old disputes takes twice as long")
    assert rows(board)[0][0] == "1. Migration of old disputes takes twice as long"
    keyboard.press(K.Key_Delete)
    assert rows(board) == []
    assert session.children(standard.id, "risks") == []
