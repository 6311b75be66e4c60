"""Records from the keyboard: drafts, metric rows and trade-off options with their baseline."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from app.ui.boards.factory import PanelsBoard
from app.ui.boards.records_board import RecordsBoard
from app.ui.main_window import MainWindow
from facilitation import decision_matrix
from facilitation.roles import Role
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import runner_of, session_of

K = Qt.Key


def records_board(window: MainWindow) -> RecordsBoard:
    board = runner_of(window).current_board()
    if isinstance(board, PanelsBoard):
        board = board.parts[0]
    assert isinstance(board, RecordsBoard)
    return board


def lines_of(board: RecordsBoard) -> list[str]:
    return [board.list.item(row).text() for row in range(board.list.count())]


def test_a_draft_starts_from_who_and_reads_as_a_sentence(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "drafts")
    board = records_board(window)
    assert QApplication.focusWidget() is board.entry
    assert board.entry.placeholderText() == "New draft: Who, then Enter"
    keyboard.ctrl(K.Key_2)
    keyboard.enter("Finance admins")
    # The new draft is selected and the keyboard waits in its second field.
    assert QApplication.focusWidget() is board.form.fields["need"]
    keyboard.type("settle a disputed invoice")
    keyboard.tab()
    keyboard.type("disputes get lost in email")
    keyboard.tab()
    keyboard.type("a dispute takes 19 days")
    keyboard.tab()
    keyboard.type("When a customer disputes, I want the history, so I can answer today.")
    keyboard.tab()

    [draft] = session_of(window).cards_in("drafts")
    assert draft.role == Role.ENGINEERING
    assert draft.fields["job_story"].startswith("When a customer disputes")
    assert draft.text == (
        "Finance admins needs a way to settle a disputed invoice because disputes get lost "
        "in email. Today, a dispute takes 19 days."
    )
    assert lines_of(board) == [draft.text], "a job story is a paragraph, not a list line"

    board.entry.setFocus()
    keyboard.press(K.Key_Return)
    assert runner_of(window).message.text() == "Type the who first, then press Enter."
    assert len(session_of(window).cards_in("drafts")) == 1


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_asks_before_a_record_goes(
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton,
) -> None:
    window = open_phase("problem", "drafts")
    board = records_board(window)
    keyboard.enter("Support agents")
    keyboard.press(K.Key_Escape)  # from the form back to the list
    assert QApplication.focusWidget() is board.list
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: answer))
    keyboard.press(K.Key_Delete)
    expected = 0 if answer == QMessageBox.StandardButton.Yes else 1
    assert len(session_of(window).cards_in("drafts")) == expected


def test_options_show_estimate_and_debt_and_keep_a_baseline(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard, always_yes: None
) -> None:
    window = open_phase("tradeoff", "options")
    board = records_board(window)
    assert lines_of(board) == [
        "Constrained and fast\n1–2 weeks · debt: some",
        "Standard\n3–4 weeks · debt: not set",
        "Durable\n8–10 weeks · debt: none",
        "◆ Status quo  (baseline)\n0 weeks · debt: not set",
    ]
    assert "baseline for Pugh: ◆ Status quo" in board.count_label.text()
    assert QApplication.focusWidget() is board.list

    keyboard.press(K.Key_Down)  # Standard
    keyboard.press(K.Key_B, Qt.KeyboardModifier.ControlModifier)
    datum = decision_matrix.datum(session_of(window))
    assert datum is not None and datum.text == "Standard"
    assert lines_of(board)[1].startswith("◆ Standard  (baseline)")
    assert not lines_of(board)[3].startswith("◆")

    keyboard.press(K.Key_F2)  # into the form: the option's name first
    assert QApplication.focusWidget() is board.form.fields["name"]
    keyboard.tab(2)  # past the approach to "Estimate from"
    keyboard.ctrl(K.Key_A)
    keyboard.enter("soon")
    assert "takes a number" in runner_of(window).message.text()
    assert board.form.values()["low_weeks"] == "3", "the screen shows what is kept"
    keyboard.ctrl(K.Key_A)
    keyboard.type("5")
    keyboard.tab()
    keyboard.ctrl(K.Key_A)
    keyboard.type("4")
    keyboard.tab()
    keyboard.type("70")
    keyboard.tab()
    standard = session_of(window).cards_in("options")[1]
    assert standard.fields["low_weeks"] == "5" and standard.fields["confidence"] == "70"
    assert board.warning.text() == "The estimate starts above where it ends: swap the two."
    assert lines_of(board)[1].endswith("5–4 weeks (70% sure) · debt: not set")

    debt = board.form.fields["debt"]
    assert isinstance(debt, QComboBox)
    debt.setFocus()
    keyboard.press(K.Key_Down)  # — → None
    keyboard.press(K.Key_Down)  # None → Some
    assert session_of(window).cards_in("options")[1].fields["debt"] == "some"

    keyboard.press(K.Key_Escape)
    keyboard.press(K.Key_Delete)  # the baseline goes, and with it the pointer to it
    assert decision_matrix.datum(session_of(window)) is None
    assert session_of(window).field("options", "datum") == ""
    assert "no baseline yet" in board.count_label.text()
    assert [c.text for c in session_of(window).cards_in("options")] == [
        "Constrained and fast",
        "Durable",
        "Status quo",
    ]


def test_a_new_option_is_typed_by_name(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("tradeoff", "options")
    board = records_board(window)
    board.entry.setFocus()
    keyboard.enter("Buy a dispute tool")
    assert QApplication.focusWidget() is board.form.fields["approach"]
    assert lines_of(board)[-1] == "Buy a dispute tool\nno estimate yet · debt: not set"


def test_metric_rows_take_a_kind_and_a_real_date(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window = open_phase("problem", "metrics")
    board = records_board(window)
    board.entry.setFocus()
    keyboard.enter("Days to settle a dispute")
    kind = board.form.fields["kind"]
    assert QApplication.focusWidget() is kind and isinstance(kind, QComboBox)
    keyboard.press(K.Key_Down)
    keyboard.tab()
    keyboard.type("19 days")
    keyboard.tab()
    keyboard.type("7 days")
    keyboard.tab()
    keyboard.enter("June")
    assert runner_of(window).message.text() == "By takes a date like 2027-03-31."
    keyboard.ctrl(K.Key_A)
    keyboard.type("2027-06-30")
    keyboard.tab()
    keyboard.type("Priya")
    keyboard.tab()
    [metric] = session_of(window).cards_in("metrics")
    assert metric.fields == {
        "metric": "Days to settle a dispute",
        "kind": "success",
        "baseline": "19 days",
        "target": "7 days",
        "date": "2027-06-30",
        "owner": "Priya",
    }
    assert lines_of(board) == [
        "Days to settle a dispute\nKind: Success · Baseline: 19 days · Target: 7 days · "
        "By: 30 June 2027 · Owner: Priya"
    ]
