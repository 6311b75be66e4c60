"""The assumption map from the keyboard: place by evidence and importance, tag, test the leaps."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.sessions import open_session
from app.storage import Store
from app.ui.boards.plot_board import PlotBoard, key_letters
from app.ui.main_window import MainWindow
from facilitation import assumptions
from facilitation import board as commands
from facilitation.roles import Role
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.on_screen import current_board, message, session_of
from widgets.plot_2x2 import Plot2x2, PlotAxis, PlotFrame, PlotPoint

K = Qt.Key


def open_map(
    open_phase: Callable[[str, str], MainWindow],
) -> tuple[MainWindow, PlotBoard]:
    window = open_phase("problem", "assumptions")
    return window, current_board(window, PlotBoard)


def items(board: PlotBoard) -> list[str]:
    return [board.list.item(i).text() for i in range(board.list.count())]


def test_the_map_lists_the_assumptions_of_the_evidence_phase(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_map(open_phase)
    controller = window.controller
    assert controller is not None
    controller.run(
        lambda s: commands.add_card(
            s, "evidence", "40 disputes a week", Role.PRODUCT, column="know"
        )
    )
    controller.run(
        lambda s: commands.add_card(
            s, "evidence", "Customers dispute in the app", Role.PRODUCT, column="assume"
        )
    )
    assert items(board) == [
        "1. Customers dispute in the app\nEvidence – · Importance – · not tagged"
    ]
    assert keyboard.focused() is board.entry
    keyboard.enter("The ledger can hold an invoice")
    assert items(board)[1].startswith("2. The ledger can hold an invoice\n")
    added = session_of(window).cards_in("evidence")[-1]
    assert (added.text, added.column) == ("The ledger can hold an invoice", "assume")


def test_digits_place_evidence_then_importance_and_a_leap_gets_its_test(
    db_path: Path,
    open_phase: Callable[[str, str], MainWindow],
    keyboard: Keyboard,
    clock: FakeClock,
) -> None:
    window, board = open_map(open_phase)
    keyboard.enter("Customers will dispute in the app")
    keyboard.enter("Admins read the weekly email")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Up)  # the first assumption
    assert "Typing sets <b>Evidence</b>" in board.keys_label.text()
    keyboard.press(K.Key_1)
    assert "Typing sets <b>Importance</b>" in board.keys_label.text()
    keyboard.press(K.Key_4)  # then on to the second
    keyboard.press(K.Key_4)
    keyboard.press(K.Key_1)
    assert items(board) == [
        "1. Customers will dispute in the app\nEvidence 1 · Importance 4 · not tagged",
        "2. Admins read the weekly email\nEvidence 4 · Importance 1 · not tagged",
    ]
    assert board.plot.placed() == [PlotPoint(1, 1, 4), PlotPoint(2, 4, 1)]
    assert board.plot.accessibleDescription() == (
        "1: Evidence 1, Importance 4, Test first: leaps of faith; "
        "2: Evidence 4, Importance 1, Safe to park"
    )
    assert list(board.tests) == [board.placements[0].card.id]
    assert not board.no_leaps.isVisible()
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_T)
    assert keyboard.focused() is board.tests[board.placements[0].card.id]
    keyboard.enter("Fake-door button on one invoice in ten, for two weeks")

    store = Store(db_path)
    try:
        stored = open_session(store, session_of(window).id, clock)
    finally:
        store.close()
    panel = stored.method.phase("assumptions").panels[0]
    leap, safe = assumptions.placements(stored, panel)
    assert (leap.x, leap.y, leap.leap_of_faith) == (1, 4, True)
    assert leap.test == "Fake-door button on one invoice in ten, for two weeks"
    assert (safe.x, safe.y, safe.quadrant) == (4, 1, assumptions.BOTTOM_RIGHT)


def test_axis_letters_pick_the_axis_and_tag_letters_toggle_the_tag(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_map(open_phase)
    keyboard.enter("Finance accepts a reason list")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_I)
    keyboard.press(K.Key_3)  # importance first this time
    keyboard.press(K.Key_E)
    keyboard.press(K.Key_2)
    keyboard.press(K.Key_V)
    card_id = board.placements[0].card.id
    session = session_of(window)
    assert (session.score(card_id, "evidence"), session.score(card_id, "importance")) == (2, 3)
    assert session.label(card_id, "dvf") == "viable"
    assert items(board)[0].endswith("Evidence 2 · Importance 3 · Viable")
    keyboard.press(K.Key_F)
    assert session.label(card_id, "dvf") == "feasible"
    keyboard.press(K.Key_F)  # the same letter again takes the tag off
    assert session.label(card_id, "dvf") == ""
    assert "D/V/F tags" in board.keys_label.text()


def test_refusals_are_said_and_change_nothing(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_map(open_phase)
    keyboard.enter("Legal needs no review")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_5)
    assert message(window) == "Choose a value from 1 to 4."
    assert board.placements[0].x == 0
    keyboard.press(K.Key_T)  # not a leap of faith: no test to write
    assert message(window).startswith("Only a leap of faith needs a test")
    assert keyboard.focused() is board.list
    keyboard.press(K.Key_Up)
    keyboard.enter("x" * 501)
    assert message(window).startswith("A card holds at most 500 characters")
    assert len(items(board)) == 1


def test_f2_edits_and_delete_removes_an_assumption(
    open_phase: Callable[[str, str], MainWindow], keyboard: Keyboard
) -> None:
    window, board = open_map(open_phase)
    keyboard.enter("Custmers dispute in app")
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_F2)
    assert keyboard.focused() is board.entry
    keyboard.ctrl(K.Key_A)
    keyboard.enter("Customers dispute in the app 🙂 يعترضون")
    assert items(board)[0].startswith("1. Customers dispute in the app 🙂 يعترضون\n")
    assert keyboard.focused() is board.list
    keyboard.press(K.Key_Delete)
    assert items(board) == []
    assert session_of(window).cards_in("evidence") == []


def test_key_letters_take_the_first_free_letter() -> None:
    assert key_letters(["Evidence", "Importance", "Desirable", "Viable", "Feasible"]) == [
        "E",
        "I",
        "D",
        "V",
        "F",
    ]
    assert key_letters(["Value", "Volume", "Test"]) == ["V", "O", "E"]  # T is taken by tests


FRAMES = [
    assumptions.scale_of({"scale_min": 1, "scale_max": 4}),
    assumptions.scale_of({"scale_min": 1, "scale_max": 5}),
    assumptions.scale_of({"scale_min": 0, "scale_max": 10}),
]


@pytest.mark.parametrize("scale", FRAMES)
def test_the_plot_draws_the_quadrants_the_domain_computes(qtbot: QtBot, scale: range) -> None:
    frame = PlotFrame(
        PlotAxis("Evidence", "None", "Strong"),
        PlotAxis("Importance", "Minor", "Critical"),
        scale,
        ("Test first", "Known", "Watch", "Park"),
        assumptions.x_high_from(scale),
        assumptions.y_high_from(scale),
        ("Desirable", "Viable", "Feasible"),
        emphasis=0,
    )
    plot = Plot2x2(frame)
    qtbot.addWidget(plot)
    plot.resize(400, 400)
    points = [
        PlotPoint(i, x, y, i % 4 - 1)
        for i, (x, y) in enumerate([(x, y) for x in scale for y in scale], start=1)
    ]
    plot.show_points(points)
    for point in points:
        assert frame.quadrant(point.x, point.y) == assumptions.quadrant(point.x, point.y, scale)
        cell = plot.cell_rect(point.x, point.y)
        assert plot.plot_rect().contains(cell.center())
    plot.grab()  # paints every marker shape and the legend without error
    plot.show_points([PlotPoint(1, scale[0] - 1, 2), PlotPoint(2, 2, scale[-1] + 1)])
    assert plot.placed() == []
    assert plot.accessibleDescription() == "nothing placed yet"
