"""A whole trade-off matrix from the keyboard alone, a restart in the middle of scoring, and a
restart at the end that finds every record, total and rank where the room left it.

The story: a payments squad decides how support agents refund one line of an order. Product and
engineering rank the trade-off sliders apart, weight six criteria, edit the pre-filled options,
scope the standard option with MoSCoW, score every option from both sides, check the top two
for risks, watch the winner turn fragile when one weight moves, and record the decision.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from app.ui.boards.actions_board import ActionsBoard
from app.ui.boards.decision_board import DecisionRecordBoard
from app.ui.boards.factory import PanelsBoard
from app.ui.boards.fields_board import FieldsBoard
from app.ui.boards.matrix_board import MatrixBoard
from app.ui.boards.option_risks_board import OptionRisksBoard
from app.ui.boards.poll_board import PollBoard
from app.ui.boards.rank_board import RankBoard
from app.ui.boards.records_board import RecordsBoard
from app.ui.boards.scope_board import ScopeBoard
from app.ui.boards.sensitivity_board import SensitivityBoard
from app.ui.boards.weights_board import WeightsBoard
from app.ui.main_window import MainWindow
from app.ui.setup_screen import SetupScreen
from facilitation import decision_matrix, option_risks, tradeoff
from facilitation.roles import Role
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.keyboard_steps import (
    CTRL,
    SHIFT,
    K,
    digit_key,
    enter_fields,
    next_phase,
    press_digits,
    replace,
    restart_on_summary,
    type_counts,
)
from tests.ui.on_screen import current_board, runner_of, session_of, summary_of
from tests.ui.setup_keys import add_participants
from widgets.matrix_table import ScoreCell

QUESTION = "How do support agents refund one line of an order?"
CONSTRAINTS = "Live before the <b>spring</b> sale & no card data in our logs"
INFORMED = "فريق الدعم · support leads"  # right-to-left, as the support team writes it

# Criteria in board order: the five the method pre-fills, then one added from the suggestions.
CRITERIA = (
    "User value",
    "Time to ship",
    "Engineering effort",
    "Maintainability",
    "Operational risk",
    "Reversibility",
)
WEIGHTS = (5, 3, 3, 4, 2, 2)
FAST = "Fast: <b>no</b> ledger change"  # markup typed as a name stays text
OPTIONS = (FAST, "Standard", "Durable", "Status quo")
# Scores per criterion, one per option in board order, typed down each criterion's column.
PRODUCT_SCORES = (
    (3, 4, 5, 1),
    (5, 4, 2, 5),
    (4, 3, 2, 5),
    (2, 4, 5, 3),
    (3, 4, 4, 2),
    (4, 4, 2, 5),
)
ENGINEERING_SCORES = (
    (3, 4, 5, 1),
    (5, 3, 1, 5),
    (5, 3, 1, 5),
    (1, 4, 5, 3),
    (2, 4, 5, 2),
    (4, 3, 2, 5),
)
# Standard's features: (text, effort in days, MoSCoW digit: 1 Must, 2 Should, 3 Could, 4 Won't).
FEATURES = (
    ("Refund one line from the order page", "2", 1),
    ("Post the partial refund to the ledger", "4", 1),
    ("Email the customer a credit note", "3", 2),
    ("Refund many lines at once 🧾", "3", 3),
    ("Refund shipping on its own", "2", 4),
)
RATIONALE = "it ships within the sale window and keeps the ledger honest"
# Minutes each phase really took, against its plan (5, 10, 8, 15, 8, 15, 8, 8, 8, 5).
ACTUAL_MIN = (6, 11, 7, 16, 9, 17, 8, 6, 10, 5)


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item else ""


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.accessibleName() if widget else ""


def on_participant_name() -> None:
    assert focused_name() == "Participant name"


def fill_setup(keyboard: Keyboard, window: MainWindow) -> None:
    assert isinstance(window.screen_widget, SetupScreen)
    replace(keyboard, "Partial refunds")
    keyboard.tab()
    assert focused_name() == "Decision question"
    keyboard.type(QUESTION)
    keyboard.tab()
    keyboard.type("Agents refund the whole order and charge the customer again: slow and risky.")
    keyboard.tab()
    keyboard.type("Refund tickets handled in under 10 minutes")
    keyboard.tab()
    assert focused_name() == "Hard constraints"
    keyboard.type(CONSTRAINTS)
    keyboard.tab()
    keyboard.type("The ledger was never built for partial amounts")
    keyboard.tab()
    assert focused_name() == "Driver"
    keyboard.type("Priya")
    keyboard.tab()
    keyboard.type("Dana")
    keyboard.tab()
    keyboard.type("Eli, Sam")
    keyboard.tab()
    keyboard.type(INFORMED)
    keyboard.tab(4)  # keep the default deadline; Tab steps day, month, year
    assert focused_name() == "Team"
    keyboard.type("Payments squad")
    keyboard.tab()
    assert focused_name() == "Session length in minutes"  # 90, the method's default
    keyboard.tab()
    people = (("Priya", 0), ("Eli", 1), ("Dana", 0), ("Sam", 1))
    add_participants(keyboard, people, before_each=on_participant_name)


def matrix_on_screen(board: MatrixBoard) -> list[object]:
    """Every row's name, cells and totals as the table shows them."""
    table = board.table
    return [
        (table.row_texts(row), [table.cell_at(row, c) for c in range(len(CRITERIA))])
        for row in range(table.rowCount())
    ]


def mean_scores(option: int, criterion: int) -> float:
    return (PRODUCT_SCORES[criterion][option] + ENGINEERING_SCORES[criterion][option]) / 2


def test_whole_tradeoff_from_the_keyboard_survives_restarts(
    keyboard: Keyboard,
    open_window: Callable[[], MainWindow],
    clock: FakeClock,
    always_yes: None,
) -> None:
    window = open_window()
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Down)  # the trade-off matrix, third in the list
    keyboard.ctrl(K.Key_N)
    fill_setup(keyboard, window)
    session = session_of(window)
    assert session.method.id == "tradeoff"
    assert session.record.setup["constraints"] == CONSTRAINTS
    assert session.record.setup["informed"] == INFORMED
    assert session.record.setup["deadline"] == "2027-02-01"
    assert [(p.name, p.role) for p in session.ordered_participants()] == [
        ("Priya", Role.PRODUCT),
        ("Eli", Role.ENGINEERING),
        ("Dana", Role.PRODUCT),
        ("Sam", Role.ENGINEERING),
    ]
    keyboard.press(K.Key_Return, CTRL)
    runner = runner_of(window)
    assert runner.phase_title.text() == "Phase 1 of 10 · Frame the decision"
    assert runner.prompt.text().startswith(f"We are deciding: “{QUESTION}” Dana makes the final")
    assert "by 1 February 2027" in runner.prompt.text()

    # Frame: the approver moves the deadline; a date that is not one is refused and said why.
    assert isinstance(runner.current_board(), FieldsBoard)
    assert focused_name() == "Decision question"
    keyboard.tab(5)
    assert focused_name() == "Decide by"
    replace(keyboard, "after the sale")
    keyboard.press(K.Key_Return)
    assert runner.message.text() == "Decide by takes a date like 2027-03-31."
    assert session.record.setup["deadline"] == "2027-02-01"
    replace(keyboard, "2027-01-15")
    keyboard.press(K.Key_Return)
    assert session.record.setup["deadline"] == "2027-01-15"
    assert runner.prompt.text().endswith(
        "Dana makes the final call, by 15 January 2027. Today we want to see the options and "
        "their costs side by side, not to settle “feasible or not”."
    )
    clock.advance(ACTUAL_MIN[0] * 60)

    # Sliders: product, then engineering, then the agreed order; a digit ranks and moves down.
    next_phase(keyboard)
    sliders = current_board(window, RankBoard)
    press_digits(keyboard, (2, 1, 4, 5, 3))  # product: scope is the most flexible
    keyboard.press(K.Key_Right)
    for _ in range(4):
        keyboard.press(K.Key_Up)
    press_digits(keyboard, (1, 3, 5, 2, 4))  # engineering: time is the most flexible
    keyboard.press(K.Key_Right)
    for _ in range(4):
        keyboard.press(K.Key_Up)
    press_digits(keyboard, (1, 2, 5, 4, 3))  # agreed
    assert sliders.gaps.text().splitlines()[0] == (
        "Performance and user experience: product 5, engineering 2, 3 apart"
    )
    assert cell_text(sliders.table, 2, 3) == "5"  # quality agreed least flexible
    clock.advance(ACTUAL_MIN[1] * 60)

    # Criteria: a digit weights the selected one; a suggestion joins with Enter.
    next_phase(keyboard)
    weights = current_board(window, WeightsBoard)
    assert weights.warning.text() == "None has a weight yet."
    for weight in WEIGHTS[:4]:
        keyboard.press(digit_key(weight))
        keyboard.press(K.Key_Down)
    keyboard.press(K.Key_1)
    keyboard.press(K.Key_Plus)  # operational risk: 1, then a step up to 2
    keyboard.tab()
    assert focused_name() == "Suggested criteria: Enter adds one"
    assert weights.suggestions.currentItem().text() == "Performance and UX"
    keyboard.press(K.Key_Down)
    assert weights.suggestions.currentItem().text() == "Reversibility"
    keyboard.press(K.Key_Return)
    assert weights.warning.text() == "No weight yet: Reversibility."
    keyboard.press(K.Key_Tab, SHIFT)
    assert focused_name() == "Criteria and their weights"
    keyboard.press(K.Key_2)
    assert weights.count_label.text() == "6 criteria"
    assert not weights.warning.isVisible()
    assert [weights.weights.item(row).text() for row in range(weights.weights.count())] == [
        f"{n}. {name}" for n, name in enumerate(CRITERIA, start=1)
    ]
    assert [weights.weights.weight_shown(row) for row in range(6)] == list(WEIGHTS)
    clock.advance(ACTUAL_MIN[2] * 60)

    # Options: the fast one renamed; the standard one gets a wider estimate and a confidence.
    next_phase(keyboard)
    options = current_board(window, RecordsBoard)
    assert options.count_label.text() == "4 options · baseline for Pugh: ◆ Status quo"
    assert focused_name() == "Options"
    keyboard.press(K.Key_Return)
    assert focused_name() == "Option"
    replace(keyboard, FAST)
    keyboard.press(K.Key_Return)
    assert options.form_title.text() == f"Option: {FAST}"
    assert options.form_title.textFormat() == Qt.TextFormat.PlainText
    keyboard.press(K.Key_Escape)
    assert options.list.item(0).text() == f"{FAST}\n1–2 weeks · debt: some"
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Return)
    assert focused_name() == "Option"
    keyboard.tab(2)
    assert focused_name() == "Estimate from (weeks)"
    keyboard.tab()
    replace(keyboard, "6")
    keyboard.tab()
    assert focused_name() == "Confidence (%)"
    keyboard.type("70")
    keyboard.tab()
    assert focused_name() == "In scope"
    keyboard.type("Single lines paid by card")
    keyboard.tab()
    keyboard.type("Shipping, gift cards")
    keyboard.tab()
    assert focused_name() == "Debt created"
    keyboard.press(K.Key_Down)  # debt: "None"
    keyboard.press(K.Key_Down)  # debt: "Some"
    keyboard.press(K.Key_Escape)
    assert focused_name() == "Options"
    assert options.list.currentItem().text() == "Standard\n3–6 weeks (70% sure) · debt: some"
    clock.advance(ACTUAL_MIN[3] * 60)

    # Scope: the standard option's features with their effort, sorted with one digit each.
    next_phase(keyboard)
    scope_board = current_board(window, ScopeBoard)
    assert focused_name() == "New feature"
    keyboard.press(K.Key_Tab, CTRL)
    assert scope_board.tabs.tabText(scope_board.tabs.currentIndex()) == "Standard · 0 features"
    keyboard.ctrl(K.Key_2)  # engineering names the features
    for text, effort, _ in FEATURES:
        enter_fields(keyboard, (text, effort))
    assert scope_board.tabs.tabText(scope_board.tabs.currentIndex()) == "Standard · 5 features"
    keyboard.press(K.Key_Down)
    for _ in range(len(FEATURES) - 1):
        keyboard.press(K.Key_Up)
    press_digits(keyboard, (digit for _, _, digit in FEATURES))
    labels = [cell_text(scope_board.table, row, 2) for row in range(len(FEATURES))]
    assert labels == ["Must", "Must", "Should", "Could", "Won't (this time)"]
    breakdown = scope_board.breakdown.text()
    assert "6</td><td align='right'>&nbsp;&nbsp;50%" in breakdown
    assert scope_board.warning.text() == ""
    assert scope_board.uncounted.text() == ""
    keyboard.press(K.Key_Tab, CTRL)  # from the table to an option not scoped yet: type there
    assert scope_board.tabs.tabText(scope_board.tabs.currentIndex()) == "Durable · 0 features"
    assert focused_name() == "New feature"
    clock.advance(ACTUAL_MIN[4] * 60)

    # Score: product first, down each criterion; a restart in the middle of the phase.
    next_phase(keyboard)
    matrix = current_board(window, MatrixBoard)
    assert "Product" in matrix.side_label.text()
    for column in PRODUCT_SCORES:
        press_digits(keyboard, column)
    assert matrix.table.row_texts(1) == ["Standard", "73", "77%", "1"]  # product's alone
    clock.advance(9 * 60)
    shown = matrix_on_screen(matrix)
    planned = session.ordered_runs()[5].planned_s
    window.close()
    clock.advance_wall_only(2 * 60)  # the laptop restarted; the room kept talking

    window = open_window()
    keyboard.press(K.Key_Return)  # the session, first among the recent ones
    runner = runner_of(window)
    session = session_of(window)
    assert runner.phase_title.text() == "Phase 6 of 10 · Score the options"
    matrix = current_board(window, MatrixBoard)
    assert matrix_on_screen(matrix) == shown
    reading = session.timebox.read() if session.timebox else None
    assert reading is not None and reading.running
    assert reading.remaining_s == planned - 11 * 60
    runner.tick()
    assert runner.timer_view.digits.text() == "4:00"

    keyboard.press(K.Key_S)
    assert "Engineering" in matrix.side_label.text()
    keyboard.press(K.Key_Home, CTRL)
    for column in ENGINEERING_SCORES:
        press_digits(keyboard, column)
    assert matrix.table.row_texts(1) == ["Standard", "70.5", "74%", "1"]
    assert matrix.table.row_texts(2) == ["Durable", "67", "71%", "2"]
    time_gap = matrix.table.cell_at(2, 1)
    assert isinstance(time_gap, ScoreCell) and (time_gap.product, time_gap.engineering) == (2, 1)

    # Pugh: each option against the status quo, then back to the weighted view.
    keyboard.press(K.Key_P)
    assert "Pugh view: each option against <b>Status quo</b>" in matrix.mode_label.text()
    assert matrix.table.row_texts(1) == ["Standard", "3", "0", "3", "0"]
    assert matrix.table.row_texts(0) == [FAST, "2", "1", "3", "−1"]
    assert matrix.table.row_texts(3)[0] == "Status quo (datum)"
    keyboard.press(K.Key_P)
    assert matrix.table.row_texts(1) == ["Standard", "70.5", "74%", "1"]
    clock.advance((ACTUAL_MIN[5] - 11) * 60)

    # Risks: two for each of the two leading options, likelihood then impact.
    next_phase(keyboard)
    risks = current_board(window, OptionRisksBoard)
    assert [risks.tabs.tabText(i) for i in range(risks.tabs.count())] == [
        "1. Standard · 0 risks",
        "2. Durable · 0 risks",
    ]
    assert risks.standing.text() == "Rank 1 by weighted total: 70.5 (74% of the maximum)."
    option_risks_typed = (
        (
            ("Ledger rounding differs from the payment provider", 4, 4),
            ("Agents refund twice", 2, 5),
        ),
        (("The new ledger slips past the sale", 4, 5), ("مراجعة الامتثال تتأخر", 3, 3)),
    )
    for number, typed in enumerate(option_risks_typed):
        if number:
            keyboard.press(K.Key_Tab, CTRL)  # from the table to an option without risks
        assert focused_name() == "New risk"
        for text, _, _ in typed:
            keyboard.enter(text)
        keyboard.press(K.Key_Down)
        keyboard.press(K.Key_Up)
        for _, likelihood, impact in typed:
            press_digits(keyboard, (likelihood, impact))
    assert [risks.tabs.tabText(i) for i in range(risks.tabs.count())] == [
        "1. Standard · 2 risks, worst 16 High",
        "2. Durable · 2 risks, worst 20 High",
    ]
    assert cell_text(risks.table, 1, 0) == "2. مراجعة الامتثال تتأخر"
    assert cell_text(risks.table, 1, 3) == "9 Medium"
    clock.advance(ACTUAL_MIN[6] * 60)

    # Sensitivity: one weight down a step, and the winner turns fragile.
    next_phase(keyboard)
    sensitivity = current_board(window, SensitivityBoard)
    assert sensitivity.sentence.text() == (
        "Standard leads. Lowering Time to ship from 3 to 1 would make Durable the winner."
    )
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Minus)  # engineering effort, 3 → 2
    stored = decision_matrix.matrix(session)
    names = {c.id: c.text for c in decision_matrix.criteria(session)}
    options_by_id = {o.id: o.text for o in decision_matrix.options(session)}
    change = tradeoff.sensitivity(stored)
    assert change is not None and change.fragile and change.new_winner is None
    tied = [
        options_by_id[s.option]
        for s in tradeoff.ranking(stored.with_weight(change.criterion, change.to_weight))
        if s.rank == 1
    ]
    top = tradeoff.winner(stored)
    assert top is not None
    assert sensitivity.sentence.text() == (
        f"Fragile: {options_by_id[top]} leads, but one step changes that. Lowering "
        f"{names[change.criterion]} from {change.from_weight} to {change.to_weight} would tie "
        f"{' and '.join(tied)} at the top."
    )
    assert sensitivity.sentence.text() == (
        "Fragile: Standard leads, but one step changes that. Lowering Time to ship from 3 to 2 "
        "would tie Standard and Durable at the top."
    )
    clock.advance(ACTUAL_MIN[7] * 60)

    # Decide: the top option, the record, why not the others, then the fist of five.
    next_phase(keyboard)
    decide = current_board(window, PanelsBoard)
    record, consent = decide.parts
    assert isinstance(record, DecisionRecordBoard) and isinstance(consent, PollBoard)
    keyboard.press(K.Key_3)  # the fast option first: the board says it is not the top one
    assert cell_text(record.table, 2, 0) == f"3. ✓ {FAST}"
    assert record.note.text() == f"{FAST} is not the top-scored option: say why in the rationale."
    assert record.note.textFormat() == Qt.TextFormat.PlainText
    keyboard.press(K.Key_1)
    assert cell_text(record.table, 0, 0) == "1. ✓ Standard"
    assert record.note.text() == ""
    keyboard.tab()
    assert focused_name() == "Decision"
    keyboard.type("We will refund single lines through the standard ledger flow")
    keyboard.tab()
    keyboard.type(RATIONALE)
    keyboard.tab()
    keyboard.type("Agents stop re-charging customers")
    keyboard.tab()
    keyboard.type("Bulk refunds wait for a later release")
    keyboard.tab()
    keyboard.type("A second refund path in the ledger; merge it by Q3")
    keyboard.tab()
    keyboard.type("refund tickets still take over 10 minutes by March")
    keyboard.tab()
    assert focused_name() == "Status"
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_Down)  # Accepted
    why_nots = (
        (f"Why not {FAST}", "Refunds outside the ledger 🙈"),
        ("Why not Durable", "Eight weeks misses the <i>sale</i> & the gap was one step"),
        ("Why not Status quo", "Re-charging customers is what we are here to stop"),
    )
    for name, text in why_nots:
        keyboard.tab()
        assert focused_name() == name
        label = record.why_not_form.labelForField(keyboard.focused())
        assert isinstance(label, QLabel) and label.text() == name
        assert label.textFormat() == Qt.TextFormat.PlainText
        keyboard.type(text)
    keyboard.tab()  # keeps the last reason
    keyboard.press(K.Key_Tab, CTRL)  # the consent step
    assert focused_name() == "People showing 0"
    type_counts(keyboard, [0, 0, 1, 1, 3, 1])
    assert consent.poll.note.text() == (
        "1 at 2 or below: they speak first, then the room votes again (Ctrl+R clears the counts)."
    )
    clock.advance(ACTUAL_MIN[8] * 60)

    # Actions: what, owner, due and "done when", Enter adds.
    next_phase(keyboard)
    actions = current_board(window, ActionsBoard)
    for action in (
        (
            "Spike the ledger's partial-refund call",
            "Eli",
            "2026-11-27",
            "one line posts in staging",
        ),
        (
            "Tell the support leads what we chose",
            "Priya",
            "2026-11-23",
            "the leads have the record",
        ),
    ):
        enter_fields(keyboard, action)
    assert actions.count_label.text() == "2 actions"
    assert not actions.gaps_label.isVisible()
    clock.advance(ACTUAL_MIN[9] * 60)

    next_phase(keyboard)  # the last phase: finishes after the confirmation
    assert summary_of(window).verdict.text() == f"Decision: Standard, because {RATIONALE}"

    # Restart: the summary and every record come back as they were.
    again = restart_on_summary(keyboard, window, open_window)
    summary = summary_of(again)
    assert summary.verdict.text() == f"Decision: Standard, because {RATIONALE}"
    reopened = session_of(again)

    # The totals and ranks, by hand: Σ weight × the mean of the two sides' scores.
    final_weights = (5, 3, 2, 4, 2, 2)  # engineering effort lowered in the sensitivity phase
    by_hand = [
        sum(w * mean_scores(option, c) for c, w in enumerate(final_weights))
        for option in range(len(OPTIONS))
    ]
    assert by_hand[1] == 5 * 4 + 3 * 3.5 + 2 * 3 + 4 * 4 + 2 * 4 + 2 * 3.5 == 67.5
    assert by_hand[2] == 5 * 5 + 3 * 1.5 + 2 * 1.5 + 4 * 5 + 2 * 4.5 + 2 * 2 == 65.5
    standings = {s.option: s for s in tradeoff.ranking(decision_matrix.matrix(reopened))}
    ids = [o.id for o in decision_matrix.options(reopened)]
    assert [o.text for o in decision_matrix.options(reopened)] == list(OPTIONS)
    maximum = sum(final_weights) * 5
    for option, option_id in enumerate(ids):
        assert standings[option_id].total == by_hand[option]
        assert standings[option_id].percent == 100 * by_hand[option] / maximum
    assert [standings[i].rank for i in ids] == [3, 1, 2, 4]
    assert list(summary.summary.items) == [
        "1. Standard: 67.5 (75% of the maximum)",
        "2. Durable: 65.5 (73% of the maximum)",
        f"3. {FAST}: 58 (64% of the maximum)",
        "4. Status quo: 56 (62% of the maximum)",
    ]

    # Every score as typed, each side apart, and the weights the ranking used.
    criterion_ids = [c.id for c in decision_matrix.criteria(reopened)]
    for side, scores in ((Role.PRODUCT, PRODUCT_SCORES), (Role.ENGINEERING, ENGINEERING_SCORES)):
        assert decision_matrix.side_scores(reopened, side.value) == {
            (option_id, criterion_id): scores[c][o]
            for c, criterion_id in enumerate(criterion_ids)
            for o, option_id in enumerate(ids)
        }
    assert [decision_matrix.weights(reopened)[c] for c in criterion_ids] == list(final_weights)

    # What else the room decided, as stored.
    agreed = {"time": 1, "scope": 2, "quality": 5, "experience": 4, "cost": 3}
    assert reopened.scores_by("sliders", "") == agreed
    assert reopened.scores_by("sliders", Role.PRODUCT.value)["scope"] == 1
    assert reopened.scores_by("sliders", Role.ENGINEERING.value)["time"] == 1
    assert reopened.poll("consent") == {2: 1, 3: 1, 4: 3, 5: 1}
    assert reopened.field("decide", "status") == "accepted"
    assert reopened.field("decide", "chosen") == ids[1]
    assert [reopened.field(ids[n], "why_not") for n in (0, 2, 3)] == [t for _, t in why_nots]
    standard = reopened.cards[ids[1]].fields
    assert [standard[f] for f in ("low_weeks", "high_weeks", "confidence", "debt")] == [
        "3",
        "6",
        "70",
        "some",
    ]
    features = reopened.children(ids[1], "scope")
    assert [(f.text, f.fields["effort"], f.role) for f in features] == [
        (text, effort, Role.ENGINEERING) for text, effort, _ in FEATURES
    ]
    assert [reopened.label(f.id, "moscow") for f in features] == [
        "must",
        "must",
        "should",
        "could",
        "wont",
    ]
    sized = {
        option: [
            (r.card.text, r.likelihood, r.impact)
            for r in option_risks.risks_of(reopened, "risks", ids[option])
        ]
        for option in (1, 2)
    }
    assert sized == {1: list(option_risks_typed[0]), 2: list(option_risks_typed[1])}
    assert list(summary.summary.actions) == [
        "Spike the ledger's partial-refund call · Eli · 2026-11-27",
        "Tell the support leads what we chose · Priya · 2026-11-23",
    ]
    runs = reopened.ordered_runs()
    assert [r.planned_s for r in runs] == [m * 60 for m in (5, 10, 8, 15, 8, 15, 8, 8, 8, 5)]
    assert [r.elapsed_s for r in runs] == [m * 60 for m in ACTUAL_MIN]
    assert all(r.state == "done" for r in runs)
