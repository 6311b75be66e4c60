"""The console's time plan: planned against used, the next phase, and the drift from plan."""

from collections.abc import Callable
from datetime import UTC, datetime

from facilitation import lifecycle
from facilitation.session import Session
from facilitation.time_plan import drift_sentence, time_plan
from tests.facilitation.helpers import applied
from tests.fakes import FakeClock


def test_drift_counts_finished_phases_and_the_current_one_only_once_over(
    started: Callable[[str], Session], clock: FakeClock
) -> None:
    session = started("premortem")
    runs = session.ordered_runs()
    first, second = runs[0].planned_s, runs[1].planned_s
    clock.advance(first + 240)  # the first phase runs four minutes over
    applied(session, lifecycle.next_phase(session))
    assert session.timebox is not None and session.timebox.running, "a new phase starts its timer"
    clock.advance(30)
    plan = time_plan(session)
    assert plan.current == 1
    assert plan.rows[0].state == "done" and plan.rows[0].actual_s == first + 240
    assert plan.drift_s == 240
    assert drift_sentence(plan) == "4 min behind plan"
    assert plan.next_row is not None and plan.next_row.name == session.method.phases[2].name
    rest = sum(r.planned_s for r in runs[2:]) + second - 30
    start = datetime(2026, 11, 21, 9, 0, tzinfo=UTC)
    assert (plan.ends_at - start).total_seconds() == first + 240 + 30 + rest


def test_skipping_a_phase_puts_the_session_ahead(
    started: Callable[[str], Session], clock: FakeClock
) -> None:
    session = started("premortem")
    planned = session.ordered_runs()[0].planned_s
    applied(session, lifecycle.next_phase(session, skipped=True))
    plan = time_plan(session)
    assert plan.drift_s == -planned
    assert drift_sentence(plan) == f"{round(planned / 60)} min ahead of plan"
