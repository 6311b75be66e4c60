"""Creating, starting, timing, moving through and finishing a session: what each command stores."""

from dataclasses import replace

import pytest

from facilitation.changes import Put, Remove
from facilitation.entities import Participant, PhaseRun, SessionRecord
from facilitation.errors import DomainError
from facilitation.lifecycle import (
    ParticipantDraft,
    SetupDraft,
    create_session,
    extend_timer,
    finish_session,
    go_to_phase,
    missing_required,
    next_phase,
    previous_phase,
    reopen_session,
    start_session,
    toggle_timer,
    update_setup,
)
from facilitation.method import Method
from facilitation.roles import Role
from facilitation.session import Session
from facilitation.timebox import TimerPhase
from tests.facilitation.helpers import applied, pure
from tests.fakes import CountingIds, FakeClock

START = "2026-11-21T09:00:00.000+00:00"
# 60 of the pre-mortem's 68 default minutes (see test_schedule), in seconds.
PLANNED_60 = [240.0, 120.0, 360.0, 660.0, 420.0, 240.0, 420.0, 660.0, 240.0, 240.0]
PHASE_IDS = [
    "stage",
    "fiasco",
    "reasons",
    "readout",
    "cluster",
    "vote",
    "size",
    "respond",
    "success",
    "verdict",
]


# ----- create ----------------------------------------------------------------------------------


def test_create_stores_record_people_and_scaled_plan(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> None:
    session, change = create_session(premortem, premortem_draft, clock, ids)
    assert all(isinstance(op, Put) for op in change.ops)
    assert change.puts()[0] == SessionRecord(
        id="id0001",
        method_id="premortem",
        title="Checkout redesign",
        status="setup",
        created_at=START,
        updated_at=START,
        total_min=60,
        current_phase=0,
        setup=dict(premortem_draft.fields),
        verdict="",
        verdict_notes="",
    )
    assert change.puts()[1:5] == [
        Participant("id0002", "Priya", Role.PRODUCT, 0),
        Participant("id0003", "Eli", Role.ENGINEERING, 1),
        Participant("id0004", "Dana", Role.DESIGN, 2),
        Participant("id0005", "Sam", Role.ENGINEERING, 3),
    ]
    runs = change.puts()[5:]
    assert runs == [
        PhaseRun(p, i, s) for i, (p, s) in enumerate(zip(PHASE_IDS, PLANNED_60, strict=True))
    ]
    assert sum(r.planned_s for r in runs) == 60 * 60
    assert session.entities() == change.puts()
    assert session.timebox is None


def test_create_can_skip_the_optional_phase(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    draft = replace(premortem_draft, skip_optional=True)
    session, _ = create_session(premortem, draft, clock)
    runs = session.ordered_runs()
    assert [r.phase_id for r in runs] == [p for p in PHASE_IDS if p != "success"]
    assert [r.planned_s / 60 for r in runs] == [5, 2, 7, 11, 8, 5, 7, 11, 4]
    assert [r.position for r in runs] == list(range(9))


def test_create_at_thirty_minutes_scales_down(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    session, _ = create_session(premortem, replace(premortem_draft, total_min=30), clock)
    minutes = [r.planned_s / 60 for r in session.ordered_runs()]
    assert sum(minutes) == 30
    assert min(minutes) == 2


def test_create_cleans_text_and_drops_unnamed_people(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock, ids: CountingIds
) -> None:
    draft = replace(
        premortem_draft,
        title="  Checkout\nredesign ",
        fields={"plan_summary": " One\r\ntwo \x07", "success_metric": "up\n15%"},
        participants=[ParticipantDraft("  ", Role.PRODUCT), ParticipantDraft("Eli", Role.OTHER)],
    )
    session, _ = create_session(premortem, draft, clock, ids)
    assert session.title == "Checkout redesign"
    assert session.record.setup == {
        "plan_summary": "One\ntwo",  # a text field keeps its lines
        "success_metric": "up 15%",  # a line does not
        "horizon_date": "",
        "failure_definition": "",
    }
    assert session.ordered_participants() == [Participant("id0002", "Eli", Role.OTHER, 1)]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"total_min": 4}, "Choose a length between 5 and 480 minutes."),
        ({"total_min": 481}, "Choose a length between 5 and 480 minutes."),
        ({"title": " \n "}, "The session title needs some text."),
    ],
)
def test_create_refuses(
    premortem: Method,
    premortem_draft: SetupDraft,
    clock: FakeClock,
    change: dict[str, object],
    message: str,
) -> None:
    with pytest.raises(DomainError) as caught:
        create_session(premortem, replace(premortem_draft, **change), clock)
    assert str(caught.value) == message


# ----- setup and start -------------------------------------------------------------------------


def test_start_refuses_missing_required_fields(
    premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    fields = {**premortem_draft.fields, "plan_summary": "", "horizon_date": "   "}
    session, _ = create_session(premortem, replace(premortem_draft, fields=fields), clock)
    assert missing_required(premortem, session.record.setup) == ["Plan summary", "Failure horizon"]
    with pytest.raises(DomainError) as caught:
        start_session(session)
    assert str(caught.value) == "Fill in Plan summary, Failure horizon before starting."


def test_start_opens_the_first_phase_running(session: Session, clock: FakeClock) -> None:
    clock.advance(90)  # setup is not timed
    change = pure(session, start_session)
    now = "2026-11-21T09:01:30.000+00:00"
    record, run = change.puts()
    assert record == replace(session.record, status="running", current_phase=0, updated_at=now)
    assert run == PhaseRun("stage", 0, 240.0, 0.0, running=True, anchor=now, state="active")
    session.apply(change)
    assert session.current_phase().id == "stage"
    assert session.timebox is not None
    clock.advance(30)
    assert session.timebox.read().remaining_s == 210
    with pytest.raises(DomainError, match="already started"):
        start_session(session)


def test_update_setup_rescales_only_before_start(
    session: Session, premortem_draft: SetupDraft, clock: FakeClock
) -> None:
    draft = replace(
        premortem_draft,
        title="Checkout v2",
        total_min=68,
        participants=[ParticipantDraft("Ana", Role.PRODUCT)],
    )
    change = applied(session, pure(session, lambda s: update_setup(s, draft)))
    removed = [op.key for op in change.ops if isinstance(op, Remove) and op.kind == "participant"]
    assert removed == [("id0002",), ("id0003",), ("id0004",), ("id0005",)]
    assert [p.name for p in session.ordered_participants()] == ["Ana"]
    assert [r.planned_s / 60 for r in session.ordered_runs()] == [5, 2, 7, 12, 8, 5, 8, 12, 5, 4]
    assert session.record.title == "Checkout v2"
    assert session.record.updated_at == START

    session.apply(start_session(session))
    clock.advance(60)
    change = update_setup(session, replace(draft, total_min=30))
    assert "phase_run" not in change.kinds, "a running session keeps its plan"
    session.apply(change)
    assert session.record.total_min == 30
    assert session.ordered_runs()[1].planned_s == 120.0


# ----- timer -----------------------------------------------------------------------------------


def test_toggle_pauses_and_resumes_recording_elapsed(running: Session, clock: FakeClock) -> None:
    clock.advance(100)
    change = pure(running, toggle_timer)
    (run,) = change.puts()
    assert (run.elapsed_s, run.running, run.anchor) == (
        100.0,
        False,
        "2026-11-21T09:01:40.000+00:00",
    )
    running.apply(change)
    assert running.timebox is not None
    clock.advance(50)
    assert running.timebox.read().phase is TimerPhase.PAUSED
    assert running.timebox.elapsed_s() == 100
    running.apply(pure(running, toggle_timer))
    clock.advance(30)
    assert running.timebox.elapsed_s() == 130
    assert running.timebox.running


def test_extend_adds_minutes_and_keeps_counting(running: Session, clock: FakeClock) -> None:
    clock.advance(100)
    (run,) = applied(running, pure(running, lambda s: extend_timer(s, 2))).puts()
    assert (run.planned_s, run.elapsed_s, run.running) == (360.0, 100.0, True)
    assert running.timebox is not None
    clock.advance(10)
    assert running.timebox.read().remaining_s == 250
    (run,) = applied(running, extend_timer(running, -10)).puts()
    assert run.planned_s == 0.0, "cannot plan less than nothing"
    assert running.timebox.read().phase is TimerPhase.OVERTIME


def test_timer_commands_need_a_running_phase(session: Session) -> None:
    for command in (toggle_timer, lambda s: extend_timer(s, 2), next_phase, finish_session):
        with pytest.raises(DomainError):
            command(session)
    with pytest.raises(DomainError) as caught:
        toggle_timer(session)
    assert str(caught.value) == "No phase is running."


# ----- moving between phases -------------------------------------------------------------------


def test_next_records_actual_time_and_opens_the_next(running: Session, clock: FakeClock) -> None:
    clock.advance(300)  # a minute over the four planned
    change = pure(running, next_phase)
    now = "2026-11-21T09:05:00.000+00:00"
    closed, opened, record = change.puts()
    assert closed == PhaseRun("stage", 0, 240.0, 300.0, running=False, anchor=now, state="done")
    assert opened == PhaseRun("fiasco", 1, 120.0, 0.0, running=True, anchor=now, state="active")
    assert isinstance(record, SessionRecord) and record.current_phase == 1
    running.apply(change)
    assert running.current_phase().id == "fiasco"
    assert running.timebox is not None
    assert running.timebox.read().elapsed_s == 0


def test_skip_marks_the_phase_skipped_with_its_time(running: Session, clock: FakeClock) -> None:
    running.apply(next_phase(running))
    clock.advance(30)
    running.apply(next_phase(running, skipped=True))
    assert [(r.phase_id, r.state, r.elapsed_s) for r in running.ordered_runs()[:3]] == [
        ("stage", "done", 0.0),
        ("fiasco", "skipped", 30.0),
        ("reasons", "active", 0.0),
    ]


def test_previous_resumes_the_earlier_phase_clock(running: Session, clock: FakeClock) -> None:
    clock.advance(300)
    running.apply(next_phase(running))
    clock.advance(20)
    running.apply(pure(running, previous_phase))
    stage, fiasco = running.ordered_runs()[:2]
    assert (stage.state, stage.elapsed_s, stage.running) == ("active", 300.0, True)
    assert (fiasco.state, fiasco.elapsed_s, fiasco.running) == ("done", 20.0, False)
    assert running.record.current_phase == 0
    clock.advance(10)
    assert running.timebox is not None
    assert running.timebox.elapsed_s() == 310


def test_no_phase_before_the_first_or_after_the_last(running: Session) -> None:
    with pytest.raises(DomainError) as caught:
        previous_phase(running)
    assert str(caught.value) == "There is no phase there."
    running.apply(go_to_phase(running, 9))
    with pytest.raises(DomainError, match=r"^There is no phase there\.$"):
        next_phase(running)
    assert go_to_phase(running, 9).ops == ()


def test_moving_needs_a_started_session(session: Session) -> None:
    with pytest.raises(DomainError) as caught:
        go_to_phase(session, 1)
    assert str(caught.value) == "Start the session first."


def test_finish_then_reopen(running: Session, clock: FakeClock) -> None:
    running.apply(go_to_phase(running, 2))
    clock.advance(60)
    change = pure(running, finish_session)
    closed, record = change.puts()
    assert (closed.phase_id, closed.state, closed.elapsed_s, closed.running) == (
        "reasons",
        "done",
        60.0,
        False,
    )
    assert isinstance(record, SessionRecord) and record.status == "completed"
    running.apply(change)
    assert running.timebox is None
    with pytest.raises(DomainError, match=r"^No phase is running\.$"):
        toggle_timer(running)

    clock.advance(3600)
    running.apply(pure(running, reopen_session))
    assert running.record.status == "running"
    run = running.current_run()
    assert run is not None
    assert (run.phase_id, run.state, run.running, run.elapsed_s) == (
        "reasons",
        "active",
        False,
        60.0,
    )
    assert running.timebox is not None
    assert running.timebox.read().phase is TimerPhase.PAUSED
    assert reopen_session(running).ops == (), "only a completed session reopens"


# ----- the live timer survives everything else --------------------------------------------------


def test_board_commands_do_not_wind_the_timer_back(running: Session, clock: FakeClock) -> None:
    from facilitation.board import add_card, add_theme

    clock.advance(120)
    running.apply(add_card(running, "reasons", "Billing slips", Role.ENGINEERING))
    running.apply(add_theme(running, "Billing"))
    assert running.timebox is not None
    assert running.timebox.elapsed_s() == 120
    clock.advance(5)
    assert running.timebox.elapsed_s() == 125
    running.apply(toggle_timer(running))
    clock.advance(5)
    running.apply(add_card(running, "reasons", "Scope creep", Role.PRODUCT))
    assert running.timebox.elapsed_s() == 125
    assert not running.timebox.running
