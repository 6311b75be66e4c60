"""The facilitator's time plan: each phase's planned and used minutes (the handout's phase times),
what comes next, and how far ahead or behind the session runs, so the last phases are not the
ones squeezed.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitation.report_readers import PhaseTime, phase_times
from facilitation.session import Session


@dataclass(frozen=True)
class TimePlan:
    rows: tuple[PhaseTime, ...]
    current: int  # index of the phase being run
    drift_s: float  # time over plan so far (negative: ahead)
    ends_at: datetime  # when the session ends if the rest keeps to plan

    @property
    def next_row(self) -> PhaseTime | None:
        return self.rows[self.current + 1] if self.current + 1 < len(self.rows) else None


def time_plan(session: Session) -> TimePlan:
    rows = phase_times(session)
    drift = 0.0
    left = 0.0
    for row in rows:
        if row.state in ("done", "skipped"):
            drift += row.actual_s - row.planned_s
        elif row.state == "active":
            # The phase under way counts as over only once it has run past its plan.
            drift += max(0.0, row.actual_s - row.planned_s)
            left += max(0.0, row.planned_s - row.actual_s)
        else:
            left += row.planned_s
    ends_at = session.clock.now() + timedelta(seconds=left)
    return TimePlan(rows, session.record.current_phase, drift, ends_at)


def drift_sentence(plan: TimePlan) -> str:
    """ "4 min behind plan", "2 min ahead of plan" or "on plan", in whole minutes."""
    minutes = round(plan.drift_s / 60)
    if minutes > 0:
        return f"{minutes} min behind plan"
    if minutes < 0:
        return f"{-minutes} min ahead of plan"
    return "on plan"
