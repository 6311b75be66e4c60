"""A whole pre-mortem from the keyboard alone, then a restart that finds everything in place."""

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from app.ui.boards.cards_board import CardsBoard
from app.ui.boards.cluster_board import ClusterBoard
from app.ui.boards.response_board import ResponseBoard
from app.ui.boards.risk_board import RiskBoard
from app.ui.boards.verdict_board import VerdictBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.main_window import MainWindow
from app.ui.setup_screen import SetupScreen
from facilitation.roles import Role
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.keyboard_steps import (
    ALT,
    CTRL,
    K,
    enter_cards,
    enter_fields,
    next_phase,
    press_digits,
    replace,
    restart_on_summary,
    type_counts,
)
from tests.ui.on_screen import current_board, runner_of, session_of, summary_of
from tests.ui.setup_keys import add_participants

REASONS = [
    (Role.PRODUCT, "Nobody asked for a single-page checkout"),
    (Role.PRODUCT, "Sales promised <b>custom</b> fields & nobody told us"),
    (Role.ENGINEERING, "Payment provider SDK breaks on Safari"),
    (Role.ENGINEERING, "Load test never ran before launch 🙈"),
    (Role.DESIGN, "Error states were guessed: التحقق فشل"),
]


def fill_setup(keyboard: Keyboard, window: MainWindow) -> None:
    assert isinstance(window.screen_widget, SetupScreen)
    replace(keyboard, "Checkout redesign")
    keyboard.tab()
    keyboard.type("One page instead of three, shipping in March.")
    keyboard.tab()
    keyboard.type("Completion from 61% to 70%")
    keyboard.tab(4)  # keep the default failure horizon; Tab steps day, month, year
    keyboard.type("Completion flat, tickets doubled")
    keyboard.tab()
    keyboard.type("Checkout squad")
    keyboard.tab()  # length
    replace(keyboard, "45")
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
    assert isinstance(window.screen_widget, SetupScreen)
    session = session_of(window)
    assert session.record.team == "Checkout squad"
    assert [p.role for p in session.ordered_participants()] == [
        Role.PRODUCT,
        Role.ENGINEERING,
        Role.DESIGN,
        Role.ENGINEERING,
    ]
    assert sum(r.planned_s for r in session.ordered_runs()) == 45 * 60
    keyboard.press(K.Key_Return, CTRL)
    runner = runner_of(window)
    assert window.windowTitle().startswith("Seam")
    assert "Checkout redesign" in window.windowTitle()
    assert runner.phase_title.text() == "Phase 1 of 10 · Set the stage"

    # Timer: runs, pauses with Ctrl+Space, gains a minute with Ctrl+T.
    clock.advance(30)
    runner.tick()
    assert runner.timer_view.digits.text() == "2:30"
    keyboard.press(K.Key_Space, CTRL)
    clock.advance(100)
    runner.tick()
    assert runner.timer_view.caption.text() == "paused"
    keyboard.ctrl(K.Key_T)
    runner.tick()
    assert runner.timer_view.digits.text() == "3:30"
    keyboard.press(K.Key_Space, CTRL)

    next_phase(keyboard)
    assert "Checkout redesign shipped, and it failed" in runner.prompt.text()
    next_phase(keyboard)

    # Silent writing: type cards, switch the role tag with Ctrl+1..4.
    board = current_board(window, CardsBoard)
    enter_cards(keyboard, REASONS)
    assert board.count_label.text() == "5 cards · Product 2 · Engineering 2 · Design 1"
    clock.advance(7 * 60 + 40)

    # Read-out: mark the first card read and the last a duplicate.
    next_phase(keyboard)
    readout = current_board(window, CardsBoard)
    assert readout.readout
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Home)
    keyboard.press(K.Key_R)
    keyboard.press(K.Key_End)
    keyboard.press(K.Key_D)

    # Cluster: two themes, cards moved in with number keys.
    next_phase(keyboard)
    cluster = current_board(window, ClusterBoard)
    keyboard.ctrl(K.Key_G)
    keyboard.enter("Wrong problem")
    keyboard.ctrl(K.Key_G)
    keyboard.enter("Launch breaks")
    assert cluster.themes.count() == 2
    cluster.unsorted.setFocus()
    cluster.unsorted.setCurrentIndex(cluster.unsorted_model.index(0))
    press_digits(keyboard, (1, 1, 2, 2, 2))  # each card into its theme, by number
    assert cluster.unsorted_model.rowCount() == 0

    # Votes: 4 people × 3 dots; type the counts per theme.
    next_phase(keyboard)
    votes = current_board(window, VoteBoard)
    keyboard.press(K.Key_5)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_7)
    assert "placed 12 · left 0" in votes.budget_label.text()
    keyboard.press(K.Key_Plus)
    assert "the room has 12" in runner.message.text()

    # Size: likelihood then impact for each of the two themes.
    next_phase(keyboard)
    sizing = current_board(window, RiskBoard)
    press_digits(keyboard, (4, 5, 2, 3))
    assert sizing.table.item(0, 0).text() == "1. Launch breaks"
    assert sizing.table.item(0, 4).text() == "20 High"
    assert sizing.table.item(1, 4).text() == "6 Low"

    # Respond: ROAM by mnemonic, fields by Tab, an action with owner and date.
    next_phase(keyboard)
    response = current_board(window, ResponseBoard)
    keyboard.press(K.Key_M, ALT)
    # A mnemonic "animates" the click, which lands on a later turn of the event loop.
    qtbot.waitUntil(lambda: any(r.roam == "mitigated" for r in session.risks.values()))
    assert "Still needs: owner, follow-up date" in response.gaps.text()
    keyboard.tab()
    enter_fields(
        keyboard,
        (
            "Load test in staging every sprint",  # mitigation, early-warning sign, owner, due
            "p95 above 800 ms in staging",
            "Eli",
            "2027-01-15",
            "Book the load-test environment",  # then an action: what, owner, due
            "Sam",
            "2026-12-01",
        ),
    )
    assert response.action_list.count() == 1
    assert response.gaps.text() == ""

    next_phase(keyboard)  # success mirror
    keyboard.enter("Support joined the spec review")
    next_phase(keyboard)

    # Verdict: 2 picks "Go with conditions"; conditions and the fist of five by Tab.
    verdict = current_board(window, VerdictBoard)
    keyboard.press(K.Key_2)
    keyboard.tab()
    keyboard.type("Load test passes before launch")
    keyboard.tab()
    type_counts(keyboard, [0, 0, 1, 1, 2, 0])
    assert "1 at 2 or below" in verdict.concerns.text()

    next_phase(keyboard)  # finishes after confirmation
    assert "Go with conditions" in summary_of(window).verdict.text()

    # Restart: everything that was on screen is still there.
    again = restart_on_summary(keyboard, window, open_window)
    reopened = session_of(again)
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
