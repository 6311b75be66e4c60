"""The facilitator's time plan: each phase's planned and used minutes, what comes next, and how
far ahead or behind the session runs, so the last phases are not the ones squeezed.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitation.session import Session


@dataclass(frozen=True)
class PlanRow:
    name: str
    planned_s: float
    used_s: float
    state: str  # pending | active | done | skipped


@dataclass(frozen=True)
class TimePlan:
    rows: tuple[PlanRow, ...]
    current: int  # index of the phase being run
    drift_s: float  # time over plan so far (negative: ahead)
    ends_at: datetime  # when the session ends if the rest keeps to plan

    @property
    def next_row(self) -> PlanRow | None:
        return self.rows[self.current + 1] if self.current + 1 < len(self.rows) else None


def time_plan(session: Session) -> TimePlan:
    rows = []
    drift = 0.0
    left = 0.0
    for run in session.ordered_runs():
        used = session.elapsed_s(run)
        name = session.method.phase(run.phase_id).name
        rows.append(PlanRow(name, run.planned_s, used, run.state))
        if run.state in ("done", "skipped"):
            drift += used - run.planned_s
        elif run.state == "active":
            # The phase under way counts as over only once it has run past its plan.
            drift += max(0.0, used - run.planned_s)
            left += max(0.0, run.planned_s - used)
        else:
            left += run.planned_s
    ends_at = session.clock.now() + timedelta(seconds=left)
    return TimePlan(tuple(rows), session.record.current_phase, drift, ends_at)


def drift_sentence(plan: TimePlan) -> str:
    """ "4 min behind plan", "2 min ahead of plan" or "on plan", in whole minutes."""
    minutes = round(plan.drift_s / 60)
    if minutes > 0:
        return f"{minutes} min behind plan"
    if minutes < 0:
        return f"{-minutes} min ahead of plan"
    return "on plan"
