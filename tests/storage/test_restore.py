"""Reopening a session resumes it: the phase it was in, and a timer that counted on while Seam was
closed for a short while (STALE_AFTER) or comes back paused after a long one."""

from datetime import timedelta
from pathlib import Path

import pytest

from app.sessions import commit
from app.storage import Store
from facilitation import board
from facilitation.entities import PhaseRun
from facilitation.lifecycle import (
    SetupDraft,
    finish_session,
    next_phase,
    reopen_session,
    start_session,
    toggle_timer,
)
from facilitation.method import Method
from facilitation.roles import Role
from facilitation.session import STALE_AFTER, Session
from facilitation.timebox import TimerPhase
from tests.fakes import FakeClock
from tests.storage.helpers import reopened, stored_session


@pytest.fixture
def started(
    store: Store, premortem: Method, premortem_draft: SetupDraft, clock: FakeClock
) -> Session:
    session = stored_session(store, premortem, premortem_draft, clock)
    commit(store, session, start_session(session))
    return session


def paused_and_resumed(store: Store, session: Session, clock: FakeClock) -> None:
    """90 s, a pause, a resume (stored: elapsed 90 at 09:01:30), then 30 s more before closing."""
    clock.advance(90)
    commit(store, session, toggle_timer(session))
    commit(store, session, toggle_timer(session))
    clock.advance(30)
    assert session.timebox is not None and session.timebox.elapsed_s() == 120


def test_stale_after_is_half_an_hour() -> None:
    assert timedelta(minutes=30) == STALE_AFTER


def test_a_short_gap_is_counted_and_the_timer_runs_on(
    store: Store, db_path: Path, started: Session, clock: FakeClock
) -> None:
    paused_and_resumed(store, started, clock)
    clock.advance_wall_only(600)  # Seam was closed for ten minutes
    again = reopened(db_path, started.id, clock)
    assert again.timebox is not None
    reading = again.timebox.read()
    assert (reading.elapsed_s, reading.running) == (90 + 30 + 600, True)
    clock.advance(15)
    assert again.timebox.elapsed_s() == 735
    check = Store(db_path)
    (run,) = [e for e in check.load(started.id) if isinstance(e, PhaseRun) and e.state == "active"]
    check.close()
    assert (run.elapsed_s, run.anchor) == (90.0, "2026-11-21T09:01:30.000+00:00"), (
        "reopening only reads; the stored snapshot stays as it was"
    )


def test_a_long_gap_brings_it_back_paused_at_the_stored_time(
    store: Store, db_path: Path, started: Session, clock: FakeClock
) -> None:
    paused_and_resumed(store, started, clock)
    clock.advance_wall_only(2 * 3600)
    again = reopened(db_path, started.id, clock)
    assert again.timebox is not None
    reading = again.timebox.read()
    assert (reading.elapsed_s, reading.running, reading.phase) == (90, False, TimerPhase.PAUSED)
    clock.advance(60)
    assert again.timebox.elapsed_s() == 90


@pytest.mark.parametrize(
    ("gap_s", "elapsed_s", "running"),
    [(1800, 1800, True), (1801, 0, False)],
    ids=["exactly-stale-after", "one-second-more"],
)
def test_the_gap_limit_is_inclusive(
    db_path: Path, started: Session, clock: FakeClock, gap_s: int, elapsed_s: int, running: bool
) -> None:
    clock.advance_wall_only(gap_s)
    again = reopened(db_path, started.id, clock)
    assert again.timebox is not None
    assert (again.timebox.elapsed_s(), again.timebox.running) == (elapsed_s, running)


@pytest.mark.parametrize("gap_s", [600, 7200])
def test_a_paused_timer_ignores_any_gap(
    store: Store, db_path: Path, started: Session, clock: FakeClock, gap_s: int
) -> None:
    clock.advance(90)
    commit(store, started, toggle_timer(started))
    clock.advance_wall_only(gap_s)
    again = reopened(db_path, started.id, clock)
    assert again.timebox is not None
    assert (again.timebox.elapsed_s(), again.timebox.running) == (90, False)


def test_board_work_after_the_last_timer_change_keeps_the_timer_alive(
    store: Store, db_path: Path, started: Session, clock: FakeClock
) -> None:
    # Forty minutes of typing cards with no timer command: the last snapshot is from the start.
    for n in range(8):
        clock.advance(300)
        commit(store, started, board.add_card(started, "stage", f"card {n}", Role.PRODUCT))
    assert started.timebox is not None and started.timebox.elapsed_s() == 2400
    clock.advance_wall_only(60)  # a crash and a one-minute restart
    again = reopened(db_path, started.id, clock)
    assert again.timebox is not None
    assert (again.timebox.elapsed_s(), again.timebox.running) == (2460, True)

    clock.advance_wall_only(2 * 3600)  # ...or the next morning: paused at the last card
    later = reopened(db_path, started.id, clock)
    assert later.timebox is not None
    assert (later.timebox.elapsed_s(), later.timebox.running) == (2400, False)


def test_a_clock_set_back_comes_back_paused(
    store: Store, db_path: Path, started: Session, clock: FakeClock
) -> None:
    paused_and_resumed(store, started, clock)
    clock.advance_wall_only(-3600)
    again = reopened(db_path, started.id, clock)
    assert again.timebox is not None
    assert (again.timebox.elapsed_s(), again.timebox.running) == (90, False)


def test_the_current_phase_and_every_run_come_back(
    store: Store, db_path: Path, started: Session, clock: FakeClock
) -> None:
    for seconds, skipped in ((200, False), (10, True), (400, False), (500, False)):
        clock.advance(seconds)
        commit(store, started, next_phase(started, skipped=skipped))
    again = reopened(db_path, started.id, clock)
    assert again.current_phase().id == "cluster"
    assert again.record.current_phase == 4
    assert [(r.phase_id, r.state, r.elapsed_s) for r in again.ordered_runs()[:6]] == [
        ("stage", "done", 200.0),
        ("fiasco", "skipped", 10.0),
        ("reasons", "done", 400.0),
        ("readout", "done", 500.0),
        ("cluster", "active", 0.0),
        ("vote", "pending", 0.0),
    ]
    assert again.entities() == started.entities()


def test_a_completed_session_reopens_completed_then_resumes_paused(
    store: Store, db_path: Path, started: Session, clock: FakeClock
) -> None:
    clock.advance(100)
    commit(store, started, next_phase(started))
    clock.advance(50)
    commit(store, started, finish_session(started))
    clock.advance_wall_only(86400)
    again = reopened(db_path, started.id, clock)
    assert (again.record.status, again.timebox) == ("completed", None)
    assert again.entities() == started.entities()
    store2 = Store(db_path)
    commit(store2, again, reopen_session(again))
    store2.close()
    assert again.timebox is not None
    assert (again.current_phase().id, again.timebox.elapsed_s(), again.timebox.running) == (
        "fiasco",
        50,
        False,
    )
