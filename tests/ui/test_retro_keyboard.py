"""A whole joint retrospective from the keyboard alone: it follows the team's pre-mortem, reviews
that pre-mortem's actions and risks, survives a restart mid-phase, and a restart at the end."""

from collections.abc import Callable
from pathlib import Path

from app.methods_catalog import method as load_method
from app.sessions import commit, open_session
from app.storage import Store
from app.ui.boards.actions_board import ActionsBoard
from app.ui.boards.cards_board import CardsBoard
from app.ui.boards.chain_board import ChainBoard
from app.ui.boards.classify_board import ClassifyBoard
from app.ui.boards.cluster_board import ClusterBoard
from app.ui.boards.column_board import ColumnCardsBoard
from app.ui.boards.factory import PanelsBoard
from app.ui.boards.fields_board import FieldsBoard
from app.ui.boards.info_board import InfoBoard
from app.ui.boards.poll_board import PollBoard
from app.ui.boards.review_board import ReviewBoard
from app.ui.boards.vote_board import VoteBoard
from app.ui.main_window import MainWindow
from app.ui.runner import RunnerScreen
from app.ui.setup_screen import SetupScreen
from facilitation import board as commands
from facilitation import lifecycle
from facilitation.lifecycle import ParticipantDraft
from facilitation.roles import Role
from facilitation.session import Session
from tests.fakes import FakeClock
from tests.ui.conftest import Keyboard
from tests.ui.keyboard_steps import (
    ALT,
    CTRL,
    ROLE_KEYS,
    SHIFT,
    K,
    digit_key,
    enter_cards,
    enter_fields,
    next_phase,
    press_digits,
    replace,
    type_counts,
)
from tests.ui.on_screen import column_texts, list_texts, runner_of, session_of, summary_of
from tests.ui.setup_keys import add_participants

TEAM = "Billing"
TITLE = "Retro: self-serve billing launch"
SCOPE = "the self-serve billing launch"
KEY_EVENTS = "Launch on 1 Oct; <i>VAT</i> hotfix on 3 Oct 🚨"
PEOPLE = (("Priya", 0), ("Eli", 1), ("Dana", 2), ("Sam", 1), ("Noor", 0))  # name, Downs to role
# The 90 minutes the method suggests, spread over its phases.
PLANNED_MIN = [3.0, 4.0, 5.0, 12.0, 16.0, 8.0, 4.0, 19.0, 15.0, 4.0]
VAT_NOTE = "Finance checked: الضريبة صحيحة ✅ <b>no</b> refunds"
MOMENTS = (
    (Role.PRODUCT, "1 Oct", "Launch to every EU customer"),
    (Role.ENGINEERING, "3 Oct", "VAT hotfix shipped in 4 hours"),
    (Role.DESIGN, "Week 6", "Sales asked for custom invoice fields"),
)
QUESTION_CARDS = (
    (1, Role.PRODUCT, "Usage pricing was the right call"),
    (1, Role.ENGINEERING, "Nobody used the annual plan toggle"),
    (2, Role.ENGINEERING, "Payment retries saved ~30 failed charges"),
    (2, Role.ENGINEERING, "No load test before launch 🙈"),
    (2, Role.DESIGN, "Error states were guessed: التحقق فشل"),
    (3, Role.PRODUCT, "Pricing changed <b>after</b> the build started"),
    (3, Role.ENGINEERING, "Engineering heard of the EU launch date last"),
    (3, Role.DESIGN, "We paired on the invoice design & it showed"),
)
THREE_QUESTIONS = [[t for c, _, t in QUESTION_CARDS if c == n] for n in (1, 2, 3)]
START_CARD = "Demo to sales every sprint"  # written under Start, moved to the third question
QUESTIONS_AFTER = [*THREE_QUESTIONS[:2], [*THREE_QUESTIONS[2], START_CARD]]
PAIRING = "Pairing works 🤝"
TOP_THEMES = ["Late scope changes", "Launch readiness", "Pricing fit"]
SEAM_KEYS = {"handoff": K.Key_1, "prioritization": K.Key_2, "narrative": K.Key_3}
DIG = (
    (
        "prioritization",
        (
            (Role.PRODUCT, "Sales promised custom fields mid-build"),
            (Role.ENGINEERING, "Nobody owned the scope after the kick-off"),
            (Role.PRODUCT, "Product and sales plan on different calendars"),
        ),
        "Agree a scope freeze with sales before each sprint",
    ),
    (
        "handoff",
        (
            (Role.ENGINEERING, "QA joined the week before launch"),
            (Role.DESIGN, "Error states never left the design file"),
        ),
        "Release checklist owned by both sides; “done” includes a load test",
    ),
    (
        "narrative",
        ((Role.PRODUCT, "We told ourselves annual buyers talk to sales anyway"),),
        "Ask five annual customers how they would like to pay",
    ),
)
ACTIONS = (
    (
        "Hold a scope freeze review with sales before each sprint",
        "Noor",
        "Eli",
        "2026-12-15",
        "two sprints in a row start with a frozen scope",
    ),
    (
        "Add a load test to the release checklist",
        "Priya",
        "Sam",
        "2027-01-10",
        "no release ships without one",
    ),
    (
        "Ask five annual customers how they want to pay",
        "Noor",
        "",
        "2026-12-20",
        "we have five answers written down",
    ),
)
KEEP = "The third question ✨"
CHANGE = "Start on time; fewer <i>slides</i>"
# What each phase really took, as the clock was moved; the three questions include the minute
# Seam was closed.
ELAPSED_S = [200, 285, 370, 660, 930, 485, 220, 1200, 930, 240]


def earlier_premortem(db_path: Path, clock: FakeClock) -> Session:
    """The team's pre-mortem of the launch, six weeks before: two risks sized, two actions."""
    method = load_method("premortem")
    draft = lifecycle.SetupDraft(
        "Pre-mortem: self-serve billing",
        {
            "plan_summary": "Customers upgrade and pay by card without talking to sales.",
            "success_metric": "Self-serve upgrades from 40 to 120 a month",
            "horizon_date": "2026-10-31",
            "failure_definition": "Upgrades flat, refunds up",
        },
        [ParticipantDraft("Priya", Role.PRODUCT), ParticipantDraft("Eli", Role.ENGINEERING)],
        60,
        team=TEAM,
    )
    store = Store(db_path)
    session, change = lifecycle.create_session(method, draft, clock)
    store.commit(session.id, change)
    commit(store, session, lifecycle.start_session(session))
    for name, likelihood, impact in (
        ("Card payments fail on Safari", 4, 5),
        ("Invoices show the wrong VAT", 2, 4),
    ):
        commit(store, session, commands.add_theme(session, name))
        theme = session.ordered_themes()[-1]
        commit(
            store,
            session,
            commands.size_risk(session, theme.id, likelihood=likelihood, impact=impact),
        )
    safari = session.ordered_themes()[0]
    commit(store, session, commands.respond_to_risk(session, safari.id, roam="owned", owner="Eli"))
    for what, owner, due in (
        ("Run the Safari payment tests in CI", "Eli", "2026-10-01"),
        ("Have finance check the VAT rules", "Priya", "2026-10-15"),
    ):
        commit(store, session, commands.add_action(session, what, owner, due))
    store.close()
    clock.advance(6 * 7 * 24 * 3600)  # the retro comes six weeks later
    return session


def start_from_home(keyboard: Keyboard, window: MainWindow) -> None:
    """From the recent sessions, back to the method list, down to the retro (fourth), Ctrl+N."""
    assert keyboard.focused() is window.home.sessions
    keyboard.press(K.Key_Tab, SHIFT)  # the New session button
    keyboard.press(K.Key_Tab, SHIFT)  # the method list
    assert keyboard.focused() is window.home.method_list
    for _ in range(3):
        keyboard.press(K.Key_Down)
    assert window.home.method_list.currentItem().text().startswith("Joint retrospective")
    keyboard.ctrl(K.Key_N)
    assert isinstance(window.screen_widget, SetupScreen)


def fill_setup(keyboard: Keyboard, setup: SetupScreen) -> None:
    """Every field in Tab order; the earlier pre-mortem ticked under Follows with Space."""
    replace(keyboard, TITLE)
    keyboard.tab()
    keyboard.type(SCOPE)
    keyboard.tab()
    keyboard.type("1 September to 15 November")
    keyboard.tab()  # success metrics: left empty, the pre-mortem fills it in
    keyboard.tab()
    keyboard.type(KEY_EVENTS)
    keyboard.tab()
    keyboard.type(TEAM)
    keyboard.tab()
    assert keyboard.focused() is setup.follows
    assert setup.follows.count() == 1
    assert setup.follows.item(0).text().startswith("Pre-mortem · Pre-mortem: self-serve billing")
    keyboard.press(K.Key_Space)
    keyboard.tab()  # the length: 90 minutes, as the method suggests
    keyboard.tab()
    add_participants(keyboard, PEOPLE)


def set_the_stage(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Set the stage: the scope in the prompt, scope and period beside the Prime Directive."""
    assert runner.phase_title.text() == "Phase 1 of 10 · Set the stage"
    assert runner.prompt.text().startswith("Today we look at the self-serve billing launch")
    stage = runner.current_board()
    assert isinstance(stage, InfoBoard)
    assert stage.values["period"].text() == "1 September to 15 November"
    clock.advance(3 * 60 + 20)
    next_phase(keyboard)


def check_in(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Check-in: hands per value, for each side."""
    checkin = runner.current_board()
    assert isinstance(checkin, PollBoard)
    assert checkin.poll.sides == ["product", "engineering", "design"]
    assert keyboard.focused() is checkin.poll.spins[("product", 1)]
    type_counts(keyboard, [0, 0, 0, 1, 1])  # product
    type_counts(keyboard, [0, 1, 1, 0, 0])  # engineering
    type_counts(keyboard, [0, 0, 1, 0, 0])  # design
    assert checkin.poll.totals["all"].text() == "5 people · mean 3.4"
    assert checkin.poll.note.text() == (
        "Product and engineering see it differently: mean 4.5 against 2.5. "
        "Ask each side what they saw."
    )
    clock.advance(4 * 60 + 45)
    next_phase(keyboard)


def review_last_time(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Last time's actions: the pre-mortem's two actions and two sized risks."""
    review = runner.current_board()
    assert isinstance(review, ReviewBoard)
    assert keyboard.focused() is review.action_list
    assert list_texts(review.action_list) == [
        "1. Run the Safari payment tests in CI\nEli · not looked at yet",
        "2. Have finance check the VAT rules\nPriya · not looked at yet",
    ]
    assert review.item_meta.text() == "Owner: Eli · from “Pre-mortem: self-serve billing”"
    keyboard.press(K.Key_D)  # done
    keyboard.press(K.Key_K)  # keep doing it
    keyboard.press(K.Key_Return)
    assert keyboard.focused() is review.note
    keyboard.enter("Runs on every merge since 20 Sept")
    assert keyboard.focused() is review.action_list
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_P)  # partly
    keyboard.press(K.Key_M)  # more of it
    assert list_texts(review.action_list) == [
        "1. Run the Safari payment tests in CI\nEli · Done · Keep\n"
        "Note: Runs on every merge since 20 Sept",
        "2. Have finance check the VAT rules\nPriya · Partly · More",
    ]
    assert review.status_buttons.value() == "partly"
    keyboard.tab()  # to the risks the pre-mortem sized
    assert keyboard.focused() is review.risk_list
    assert review.item_meta.text() == (
        "Sized 20 High · answered “Owned” · owner Eli · from “Pre-mortem: self-serve billing”"
    )
    keyboard.press(K.Key_H)  # it happened
    keyboard.press(K.Key_Down)
    keyboard.press(K.Key_N)  # did not happen
    keyboard.press(K.Key_F2)
    keyboard.enter(VAT_NOTE)
    assert list_texts(review.risk_list) == [
        "1. Card payments fail on Safari\nHappened",
        f"2. Invoices show the wrong VAT\nDid not happen\nNote: {VAT_NOTE}",
    ]
    assert review.item_meta.text() == "Sized 8 Low · from “Pre-mortem: self-serve billing”"
    clock.advance(6 * 60 + 10)
    next_phase(keyboard)


def outcome_and_timeline(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Outcome and timeline: the actuals against the pre-mortem's target, then dated moments."""
    timeline = runner.current_board()
    assert isinstance(timeline, PanelsBoard)
    actuals, moments = timeline.parts
    assert isinstance(actuals, FieldsBoard) and isinstance(moments, CardsBoard)
    assert actuals.shown["success_metrics"].text() == "Self-serve upgrades from 40 to 120 a month"
    assert keyboard.focused() is actuals.form.fields["actuals"]
    keyboard.type("95 upgrades a month by mid-November; refunds flat")
    keyboard.tab()  # keeps the text, on to the first moment's date
    assert keyboard.focused() is moments.when
    for role, when, what in MOMENTS:
        keyboard.ctrl(ROLE_KEYS[role])
        enter_fields(keyboard, (when, what))
    assert moments.count_label.text() == "3 cards · Product 1 · Engineering 1 · Design 1"
    assert [moments.model.data(moments.model.index(r)) for r in range(3)] == [
        f"{when} · {what}" for _, when, what in MOMENTS
    ]
    clock.advance(11 * 60)
    next_phase(keyboard)


def three_questions(keyboard: Keyboard, runner: RunnerScreen) -> None:
    """Three questions: silent writing into the columns, each card tagged with its side; the
    columns switched to Start / Stop / Continue and back."""
    questions = runner.current_board()
    assert isinstance(questions, ColumnCardsBoard)
    assert keyboard.focused() is questions.entry
    assert questions.preset_label.text() == "Columns: Three questions · Ctrl+Shift+P changes them"
    for column, role, text in QUESTION_CARDS:
        keyboard.press(digit_key(column), ALT)
        keyboard.ctrl(ROLE_KEYS[role])
        keyboard.enter(text)
    assert questions.count_label.text() == "8 cards · Product 2 · Engineering 4 · Design 2"
    assert column_texts(questions) == THREE_QUESTIONS

    # Someone asks for Start / Stop / Continue: every card waits in a last column, and comes
    # back to its question when the facilitator switches back.
    keyboard.press(K.Key_P, CTRL | SHIFT)
    assert keyboard.focused() is questions.chooser.list
    assert questions.chooser.list.item(0).text().endswith("(in use)")
    keyboard.press(K.Key_2)
    assert questions.preset_label.text() == (
        "Columns: Start / Stop / Continue · Ctrl+Shift+P changes them"
    )
    assert [c.name for c in questions.columns] == ["Start", "Stop", "Continue"]
    assert questions.stray.isVisible() and questions.stray.model.rowCount() == 8
    assert keyboard.focused() is questions.entry
    keyboard.ctrl(K.Key_1)
    keyboard.enter(START_CARD)  # into Start, the current column
    keyboard.press(K.Key_P, CTRL | SHIFT)
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_Return)  # back to the three questions
    assert questions.preset_label.text() == "Columns: Three questions · Ctrl+Shift+P changes them"
    assert column_texts(questions) == THREE_QUESTIONS
    # The Start card now waits outside the columns; the keyboard walks there and moves it.
    assert questions.stray.model.rowCount() == 1
    keyboard.press(K.Key_Down)  # into the first column
    for _ in range(3):
        keyboard.press(K.Key_Right)
    assert keyboard.focused() is questions.stray.list
    keyboard.press(K.Key_3)
    assert not questions.stray.isVisible()
    assert column_texts(questions) == QUESTIONS_AFTER
    assert questions.count_label.text() == "9 cards · Product 3 · Engineering 4 · Design 2"


def find_the_patterns(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Find the patterns: Ctrl+G names a theme for the selected card, digits move the rest."""
    cluster = runner.current_board()
    assert isinstance(cluster, ClusterBoard)
    assert keyboard.focused() is cluster.unsorted
    keyboard.press(K.Key_Down, SHIFT)  # the first two cards, selected together
    keyboard.ctrl(K.Key_G)
    keyboard.enter("Pricing fit")
    keyboard.ctrl(K.Key_G)
    keyboard.enter("Launch readiness")  # nothing selected: an empty theme, filled by digits
    press_digits(keyboard, (2, 2, 2))
    keyboard.ctrl(K.Key_G)  # the next card is selected: the new theme takes it
    keyboard.enter("Late scope changes")
    keyboard.press(K.Key_3)
    keyboard.ctrl(K.Key_G)
    keyboard.enter(PAIRING)
    keyboard.press(K.Key_3)
    assert cluster.unsorted_model.rowCount() == 0
    assert cluster.unsorted_title.text() == "Not in a theme (0)"
    assert list_texts(cluster.themes) == [
        "1. Pricing fit · 2 (P 1, E 1)",
        "2. Launch readiness · 3 (P 0, E 2)",
        "3. Late scope changes · 3 (P 2, E 1)",
        f"4. {PAIRING} · 1 (P 0, E 0)",
    ]
    clock.advance(8 * 60 + 5)
    next_phase(keyboard)


def choose_what_to_discuss(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Choose what to discuss: 5 people × 5 dots, typed per theme."""
    votes = runner.current_board()
    assert isinstance(votes, VoteBoard)
    assert keyboard.focused() is votes.items
    for count in (K.Key_5, K.Key_8, K.Key_9, K.Key_3):
        keyboard.press(count)
        keyboard.press(K.Key_Down)
    assert votes.budget_label.text() == (
        "5 people × 5 dots = 25 dots · placed 25 · left 0 · at most 3 per person on one theme"
    )
    keyboard.press(K.Key_Plus)  # one more dot than the room has
    assert runner.message.text() == "That would place 26 dots; the room has 25 (5 people × 5)."
    assert list_texts(votes.items) == [
        "1. Pricing fit    ●●●●● 5",
        "2. Launch readiness    ●●●●●●●● 8",
        "3. Late scope changes    ●●●●●●●●● 9",
        f"4. {PAIRING}    ●●● 3",
    ]
    clock.advance(3 * 60 + 40)
    next_phase(keyboard)


def dig_into_the_top_themes(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Dig into the top three themes: which seam, why after why, the discussion's notes."""
    dig = runner.current_board()
    assert isinstance(dig, ChainBoard)
    assert keyboard.focused() is dig.target_list
    assert [dig.target_list.item(r).text() for r in range(3)] == [
        "1. Late scope changes · 9 votes",
        "2. Launch readiness · 8 votes",
        "3. Pricing fit · 5 votes",
    ]
    for number, (seam, whys, notes) in enumerate(DIG):
        if number:
            keyboard.ctrl(K.Key_Down)  # the next theme
        assert dig.heading.text() == TOP_THEMES[number]
        keyboard.press(SEAM_KEYS[seam])
        keyboard.press(K.Key_Return)  # to the entry line
        assert keyboard.focused() is dig.entry
        enter_cards(keyboard, whys)
        assert dig.depth_label.text() == f"{len(whys)} of 5 whys"
        keyboard.tab(2)  # past the whys, to the notes
        assert keyboard.focused() is dig.notes
        keyboard.type(notes)
        keyboard.tab()  # keeps the notes, back to the themes
        assert keyboard.focused() is dig.target_list
    assert [dig.target_list.item(r).text() for r in range(3)] == [
        "1. Late scope changes · 9 votes · Prioritization",
        "2. Launch readiness · 8 votes · Handoff",
        "3. Pricing fit · 5 votes · Narrative",
    ]
    assert list_texts(dig.whys) == ["Why 1: We told ourselves annual buyers talk to sales anyway"]
    assert dig.labels.value() == "narrative"
    clock.advance(20 * 60)
    next_phase(keyboard)


def decide_what_to_do(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Decide: circles for each theme, then at most three actions, each owned in a pair."""
    decide = runner.current_board()
    assert isinstance(decide, PanelsBoard)
    circles, actions = decide.parts
    assert isinstance(circles, ClassifyBoard) and isinstance(actions, ActionsBoard)
    assert keyboard.focused() is circles.list
    press_digits(keyboard, (2, 1, 2, 1))  # each goes to the next unlabelled one
    assert circles.count_label.text() == "4 of 4 classified"
    assert list_texts(circles.list) == [
        "1 Control (2)",
        "    2. Launch readiness · 8 votes",
        f"    4. {PAIRING} · 3 votes",
        "2 Influence (2)",
        "    1. Late scope changes · 9 votes",
        "    3. Pricing fit · 5 votes",
        "3 Soup (0)",
    ]
    keyboard.tab()  # beside the circles, the action form
    assert keyboard.focused() is actions.form.lines["what"]
    for action in ACTIONS:
        enter_fields(keyboard, action)
    assert actions.count_label.text() == "3 of 3 actions · full: drop or merge one to add another"
    assert actions.gaps_label.text() == "Still open: action 3 needs an engineering owner"
    # The missing owner is named on the spot: Down to the list, the third action, F2.
    keyboard.press(K.Key_Down)
    assert keyboard.focused() is actions.list
    keyboard.press(K.Key_End)
    keyboard.press(K.Key_F2)
    keyboard.tab(2)
    assert keyboard.focused() is actions.form.lines["co_owner"]
    keyboard.enter("Sam")
    assert not actions.gaps_label.isVisible()
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_Up)
    keyboard.press(K.Key_Up)  # from the first action back up to the form
    assert keyboard.focused() is actions.form.lines["what"]
    keyboard.enter("Write a one-page launch brief")
    assert runner.message.text() == (
        "Keep at most 3 actions, so they get done: drop or merge one first."
    )
    assert list_texts(actions.list) == [
        "1. Hold a scope freeze review with sales before each sprint\n"
        "Product: Noor · Engineering: Eli · due 15 December 2026\n"
        "Done when two sprints in a row start with a frozen scope",
        "2. Add a load test to the release checklist\n"
        "Product: Priya · Engineering: Sam · due 10 January 2027\n"
        "Done when no release ships without one",
        "3. Ask five annual customers how they want to pay\n"
        "Product: Noor · Engineering: Sam · due 20 December 2026\n"
        "Done when we have five answers written down",
    ]
    keyboard.ctrl(K.Key_A)
    keyboard.press(K.Key_Delete)  # the refused action is given up
    clock.advance(15 * 60 + 30)
    next_phase(keyboard)


def return_on_time_invested(keyboard: Keyboard, runner: RunnerScreen, clock: FakeClock) -> None:
    """Return on time invested, then what to keep and what to change: two steps of one phase."""
    closing = runner.current_board()
    assert isinstance(closing, PanelsBoard)
    roti, plus_delta = closing.parts
    assert isinstance(roti, PollBoard) and isinstance(plus_delta, ColumnCardsBoard)
    assert keyboard.focused() is roti.poll.spins[("product", 1)]
    type_counts(keyboard, [0, 0, 0, 1, 1])  # product
    type_counts(keyboard, [0, 0, 1, 1, 0])  # engineering
    type_counts(keyboard, [0, 0, 0, 0, 1])  # design
    assert roti.poll.totals["all"].text() == "5 people · mean 4.2"
    keyboard.press(K.Key_Tab, CTRL)  # the next step
    assert closing.steps is not None and closing.steps.currentWidget() is plus_delta
    assert keyboard.focused() is plus_delta.entry
    keyboard.enter(KEEP)
    keyboard.press(K.Key_2, ALT)
    keyboard.ctrl(K.Key_2)
    keyboard.enter(CHANGE)
    assert column_texts(plus_delta) == [[KEEP], [CHANGE]]
    clock.advance(4 * 60)
    next_phase(keyboard)  # the last phase: finishes once confirmed


def test_a_whole_retro_from_the_keyboard_follows_up_and_survives_restarts(
    keyboard: Keyboard,
    open_window: Callable[[], MainWindow],
    db_path: Path,
    clock: FakeClock,
    always_yes: None,
) -> None:
    premortem = earlier_premortem(db_path, clock)
    window = open_window()
    start_from_home(keyboard, window)
    setup = window.screen_widget
    assert isinstance(setup, SetupScreen)
    fill_setup(keyboard, setup)
    session = setup.session
    assert session.record.team == TEAM
    assert list(session.links) == [premortem.id]
    # Following the pre-mortem filled the empty success metrics with what it aimed for.
    assert setup.fields["success_metrics"].toPlainText() == (
        "Self-serve upgrades from 40 to 120 a month"
    )
    assert session.record.setup["key_events"] == KEY_EVENTS
    assert [(p.name, p.role) for p in session.ordered_participants()] == [
        ("Priya", Role.PRODUCT),
        ("Eli", Role.ENGINEERING),
        ("Dana", Role.DESIGN),
        ("Sam", Role.ENGINEERING),
        ("Noor", Role.PRODUCT),
    ]
    assert [r.planned_s / 60 for r in session.ordered_runs()] == PLANNED_MIN
    keyboard.press(K.Key_Return, CTRL)
    runner = runner_of(window)
    assert "Retro: self-serve billing launch" in window.windowTitle()

    set_the_stage(keyboard, runner, clock)
    check_in(keyboard, runner, clock)
    review_last_time(keyboard, runner, clock)
    outcome_and_timeline(keyboard, runner, clock)
    three_questions(keyboard, runner)

    # Seam closes in the middle of the writing, with the timer running; the room keeps going.
    clock.advance(9 * 60)
    runner.tick()
    assert runner.timer_view.digits.text() == "7:00"
    window.close()
    clock.advance_wall_only(60)
    window = open_window()
    assert keyboard.focused() is window.home.sessions
    assert window.home.sessions.item(0, 0).text() == TITLE
    keyboard.press(K.Key_Return)
    runner = runner_of(window)
    assert runner.phase_title.text() == "Phase 5 of 10 · Three questions"
    assert runner.timer_view.digits.text() == "6:00"
    assert runner.timer_view.caption.text() == ""  # running, not paused
    questions = runner.current_board()
    assert isinstance(questions, ColumnCardsBoard)
    assert keyboard.focused() is questions.entry
    assert questions.preset_label.text() == "Columns: Three questions · Ctrl+Shift+P changes them"
    assert column_texts(questions) == QUESTIONS_AFTER
    assert questions.count_label.text() == "9 cards · Product 3 · Engineering 4 · Design 2"
    assert not questions.stray.isVisible()
    clock.advance(5 * 60 + 30)
    next_phase(keyboard)

    find_the_patterns(keyboard, runner, clock)
    choose_what_to_discuss(keyboard, runner, clock)
    dig_into_the_top_themes(keyboard, runner, clock)
    decide_what_to_do(keyboard, runner, clock)
    return_on_time_invested(keyboard, runner, clock)

    summary = summary_of(window)
    assert summary.verdict.text() == "Return on time invested: 4.2 of 5"
    assert list_texts(summary.risks) == [
        "Late scope changes: 9 dots · seam: Prioritization",
        "Launch readiness: 8 dots · seam: Handoff",
        "Pricing fit: 5 dots · seam: Narrative",
        f"{PAIRING}: 3 dots",
    ]
    assert [summary.actions_list.item(r).text() for r in range(3)] == [
        "Hold a scope freeze review with sales before each sprint · Noor + Eli · 2026-12-15",
        "Add a load test to the release checklist · Priya + Sam · 2027-01-10",
        "Ask five annual customers how they want to pay · Noor + Sam · 2026-12-20",
    ]
    before = session_of(window).entities()
    window.close()

    # Restart: the retro opens on its summary, every record as it was.
    again = open_window()
    assert again.home.sessions.item(0, 0).text() == TITLE
    keyboard.press(K.Key_Return)
    summary = summary_of(again)
    assert summary.verdict.text() == "Return on time invested: 4.2 of 5"
    assert summary.actions_list.count() == 3
    reopened = session_of(again)
    assert reopened.entities() == before
    assert_stored_retro(reopened)
    # What the room said about last time's actions went back onto the pre-mortem's actions.
    earlier = open_session(again.store, premortem.id, clock)
    assert [(a.what, a.status) for a in earlier.ordered_actions()] == [
        ("Run the Safari payment tests in CI", "done"),
        ("Have finance check the VAT rules", "partly"),
    ]
    assert [p.action.what for p in reopened.history.open_actions] == [
        "Have finance check the VAT rules"
    ]


def assert_stored_retro(session: Session) -> None:
    """The numbers and words the handout is built from, as a restart reads them back."""
    record = session.record
    assert (record.title, record.team, record.status) == (TITLE, TEAM, "completed")
    assert record.setup["scope"] == SCOPE
    assert record.setup["success_metrics"] == "Self-serve upgrades from 40 to 120 a month"
    assert session.poll("checkin", "product") == {4: 1, 5: 1}
    assert session.poll("checkin", "engineering") == {2: 1, 3: 1}
    assert session.poll("checkin", "design") == {3: 1}
    assert session.poll("roti") == {3: 1, 4: 2, 5: 2}
    actions = {r.text: (r.status, r.trend, r.note) for r in session.ordered_reviews("action")}
    assert actions == {
        "Run the Safari payment tests in CI": ("done", "keep", "Runs on every merge since 20 Sept"),
        "Have finance check the VAT rules": ("partly", "more", ""),
    }
    risks = {r.text: (r.status, r.note) for r in session.ordered_reviews("risk")}
    assert risks == {
        "Card payments fail on Safari": ("happened", ""),
        "Invoices show the wrong VAT": ("not_happened", VAT_NOTE),
    }
    assert session.field("timeline", "actuals") == (
        "95 upgrades a month by mid-November; refunds flat"
    )
    moments = session.cards_in("timeline")
    assert [(c.role, c.fields["when"], c.text) for c in moments] == list(MOMENTS)
    themes = {t.name: t for t in session.ordered_themes()}
    votes = session.theme_votes()
    assert {name: votes.get(t.id, 0) for name, t in themes.items()} == {
        "Pricing fit": 5,
        "Launch readiness": 8,
        "Late scope changes": 9,
        PAIRING: 3,
    }
    assert {name: session.label(t.id, "seam") for name, t in themes.items()} == {
        "Pricing fit": "narrative",
        "Launch readiness": "handoff",
        "Late scope changes": "prioritization",
        PAIRING: "",
    }
    assert {name: session.label(t.id, "circle") for name, t in themes.items()} == {
        "Pricing fit": "influence",
        "Launch readiness": "control",
        "Late scope changes": "influence",
        PAIRING: "control",
    }
    for name, (_, whys, notes) in zip(TOP_THEMES, DIG, strict=True):
        theme = themes[name]
        assert [(c.role, c.text) for c in session.children(theme.id)] == list(whys)
        assert session.field(theme.id, "notes") == notes
    assert [c.column for c in session.cards_in("questions")] == [
        *(("right", "well", "together")[n - 1] for n, _, _ in QUESTION_CARDS),
        "together",
    ]
    assert [(c.column, c.text) for c in session.cards_in("roti")] == [
        ("plus", KEEP),
        ("delta", CHANGE),
    ]
    assert [(a.owner, a.co_owner, a.due) for a in session.ordered_actions()] == [
        (product, engineering or "Sam", due) for _, product, engineering, due, _ in ACTIONS
    ]
    runs = session.ordered_runs()
    assert [r.planned_s for r in runs] == [m * 60 for m in PLANNED_MIN]
    assert [round(r.elapsed_s) for r in runs] == ELAPSED_S
    assert all(r.state == "done" for r in runs)
