"""A whole pre-mortem from the keyboard alone, then a restart that finds everything in place."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.boards.cards_board import CardsBoard
from app.ui.boards.cluster_board import ClusterBoard
from app.ui.boards.response_board import ResponseBoard
from app.ui.boards.risk_board import RiskBoard
from app.ui.boards.verdict_board import VerdictBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from app.ui.setup_screen import SetupScreen
from app.ui.summary_screen import SummaryScreen
from facilitation.roles import Role
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.setup_keys import add_participants

K = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier

REASONS = [
    (Role.PRODUCT, "Nobody asked for a single-page checkout"),
    (Role.PRODUCT, "Sales promised <b>custom</b> fields & nobody told us"),
    (Role.ENGINEERING, "Payment provider SDK breaks on Safari"),
    (Role.ENGINEERING, "Load test never ran before launch 🙈"),
    (Role.DESIGN, "Error states were guessed: التحقق فشل"),
]


def runner_of(window: MainWindow) -> RunnerScreen:
    assert isinstance(window.screen_widget, RunnerScreen)
    return window.screen_widget


def board_of(window: MainWindow) -> object:
    return runner_of(window).current_board()


def next_phase(keyboard: Keyboard) -> None:
    keyboard.press(K.Key_PageDown, Qt.KeyboardModifier.ControlModifier)


def fill_setup(keyboard: Keyboard, window: MainWindow) -> None:
    assert isinstance(window.screen_widget, SetupScreen)
    keyboard.ctrl(K.Key_A)
    keyboard.type("Checkout redesign")
    keyboard.tab()
    keyboard.type("One page instead of three, shipping in March.")
    keyboard.tab()
    keyboard.type("Completion from 61% to 70%")
    keyboard.tab(4)  # keep the default failure horizon; Tab steps day, month, year
    keyboard.type("Completion flat, tickets doubled")
    keyboard.tab()
    keyboard.type("Checkout squad")
    keyboard.tab()  # length
    keyboard.ctrl(K.Key_A)
    keyboard.type("45")
    keyboard.tab(2)  # past the optional-phases checkbox to the participant name
    add_participants(keyboard, (("Priya", 0), ("Eli", 1), ("Dana", 2), ("Sam", 1)))


def test_whole_premortem_from_the_keyboard_survives_a_restart(
    qtbot: QtBot,
    keyboard: Keyboard,
    open_window: Callable[[], MainWindow],
    clock: FakeClock,
    always_yes: None,
) -> None:
    window = open_window()
    keyboard.press(K.Key_Down)  # the pre-mortem, second in the list
    keyboard.ctrl(K.Key_N)
    fill_setup(keyboard, window)
    setup = window.screen_widget
    assert isinstance(setup, SetupScreen)
    session = window.controller.session if window.controller else None
    assert session is not None
    assert session.record.team == "Checkout squad"
    assert [p.role for p in session.ordered_participants()] == [
        Role.PRODUCT,
        Role.ENGINEERING,
        Role.DESIGN,
        Role.ENGINEERING,
    ]
    assert sum(r.planned_s for r in session.ordered_runs()) == 45 * 60
    keyboard.press(K.Key_Return, Qt.KeyboardModifier.ControlModifier)
    runner = runner_of(window)
    assert window.windowTitle().startswith("Seam")
    assert "Checkout redesign" in window.windowTitle()
    assert runner.phase_title.text() == "Phase 1 of 10 · Set the stage"

    # Timer: runs, pauses with Ctrl+Space, gains a minute with Ctrl+T.
    clock.advance(30)
    runner.tick()
    assert runner.timer_view.digits.text() == "2:30"
    keyboard.press(K.Key_Space, Qt.KeyboardModifier.ControlModifier)
    clock.advance(100)
    runner.tick()
    assert runner.timer_view.caption.text() == "paused"
    keyboard.ctrl(K.Key_T)
    runner.tick()
    assert runner.timer_view.digits.text() == "3:30"
    keyboard.press(K.Key_Space, Qt.KeyboardModifier.ControlModifier)

    next_phase(keyboard)
    assert "Checkout redesign shipped, and it failed" in runner.prompt.text()
    next_phase(keyboard)

    # Silent writing: type cards, switch the role tag with Ctrl+1..4.
    board = board_of(window)
    assert isinstance(board, CardsBoard)
    role_keys = {Role.PRODUCT: K.Key_1, Role.ENGINEERING: K.Key_2, Role.DESIGN: K.Key_3}
    for role, text in REASONS:
        keyboard.ctrl(role_keys[role])
        keyboard.enter(text)
    assert board.count_label.text() == "5 cards · Product 2 · Engineering 2 · Design 1"
    clock.advance(7 * 60 + 40)

    # Read-out: mark the first card read and the last a duplicate.
    next_phase(keyboard)
    readout = board_of(window)
    assert isinstance(readout, CardsBoard) and readout.readout
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Home)
    keyboard.press(K.Key_R)
    keyboard.press(K.Key_End)
    keyboard.press(K.Key_D)

    # Cluster: two themes, cards moved in with number keys.
    next_phase(keyboard)
    cluster = board_of(window)
    assert isinstance(cluster, ClusterBoard)
    keyboard.ctrl(K.Key_G)
    keyboard.enter("Wrong problem")
    keyboard.ctrl(K.Key_G)
    keyboard.enter("Launch breaks")
    assert cluster.themes.count() == 2
    cluster.unsorted.setFocus()
    cluster.unsorted.setCurrentIndex(cluster.unsorted_model.index(0))
    for theme_number in (1, 1, 2, 2, 2):
        keyboard.press(getattr(K, f"Key_{theme_number}"))
    assert cluster.unsorted_model.rowCount() == 0

    # Votes: 4 people × 3 dots; type the counts per theme.
    next_phase(keyboard)
    votes = board_of(window)
    assert isinstance(votes, VoteBoard)
    keyboard.press(K.Key_5)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_7)
    assert "placed 12 · left 0" in votes.budget_label.text()
    keyboard.press(K.Key_Plus)
    assert "the room has 12" in runner.message.text()

    # Size: likelihood then impact for each of the two themes.
    next_phase(keyboard)
    sizing = board_of(window)
    assert isinstance(sizing, RiskBoard)
    for digit in (K.Key_4, K.Key_5, K.Key_2, K.Key_3):
        keyboard.press(digit)
    assert sizing.table.item(0, 0).text() == "1. Launch breaks"
    assert sizing.table.item(0, 4).text() == "20 High"
    assert sizing.table.item(1, 4).text() == "6 Low"

    # Respond: ROAM by mnemonic, fields by Tab, an action with owner and date.
    next_phase(keyboard)
    response = board_of(window)
    assert isinstance(response, ResponseBoard)
    keyboard.press(K.Key_M, ALT)
    # A mnemonic "animates" the click, which lands on a later turn of the event loop.
    qtbot.waitUntil(lambda: any(r.roam == "mitigated" for r in session.risks.values()))
    assert "Still needs: owner, follow-up date" in response.gaps.text()
    keyboard.tab()
    keyboard.type("Load test in staging every sprint")
    keyboard.tab()
    keyboard.type("p95 above 800 ms in staging")
    keyboard.tab()
    keyboard.type("Eli")
    keyboard.tab()
    keyboard.type("2027-01-15")
    keyboard.tab()
    keyboard.type("Book the load-test environment")
    keyboard.tab()
    keyboard.type("Sam")
    keyboard.tab()
    keyboard.enter("2026-12-01")
    assert response.action_list.count() == 1
    assert response.gaps.text() == ""

    next_phase(keyboard)  # success mirror
    keyboard.enter("Support joined the spec review")
    next_phase(keyboard)

    # Verdict: 2 picks "Go with conditions"; conditions and the fist of five by Tab.
    verdict = board_of(window)
    assert isinstance(verdict, VerdictBoard)
    keyboard.press(K.Key_2)
    keyboard.tab()
    keyboard.type("Load test passes before launch")
    keyboard.tab()
    for count in ("0", "0", "1", "1", "2", "0"):
        keyboard.ctrl(K.Key_A)
        keyboard.type(count)
        keyboard.tab()
    assert "1 at 2 or below" in verdict.concerns.text()

    next_phase(keyboard)  # finishes after confirmation
    assert isinstance(window.screen_widget, SummaryScreen)
    summary = window.screen_widget
    assert "Go with conditions" in summary.verdict.text()
    before = window.controller.session.entities() if window.controller else []
    window.close()

    # Restart: everything that was on screen is still there.
    again = open_window()
    keyboard.press(K.Key_Return)
    assert isinstance(again.screen_widget, SummaryScreen)
    reopened = again.controller.session if again.controller else None
    assert reopened is not None
    assert reopened.entities() == before
    assert [c.text for c in reopened.cards_in("reasons")] == [t for _, t in REASONS]
    assert reopened.cards_in("reasons")[0].mark == "read"
    assert reopened.cards_in("reasons")[-1].mark == "duplicate"
    assert reopened.record.verdict == "Go with conditions"
    assert reopened.poll("confidence") == {2: 1, 3: 1, 4: 2}
    risk = next(r for r in reopened.risks.values() if r.roam)
    assert (risk.roam, risk.owner, risk.due) == ("mitigated", "Eli", "2027-01-15")
    assert [a.what for a in reopened.ordered_actions()] == ["Book the load-test environment"]
    runs = reopened.ordered_runs()
    assert runs[2].elapsed_s == 7 * 60 + 40
    assert all(r.state == "done" for r in runs)
