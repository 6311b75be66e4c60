"""A phase's timebox: planned time, pauses and overtime, computed from an injected clock."""

from dataclasses import dataclass
from enum import StrEnum

from facilitation.clock import Clock

WARNING_SECONDS = 60.0


class TimerPhase(StrEnum):
    """What the room should read from the timer's colour."""

    READY = "ready"  # not started yet
    RUNNING = "running"
    WARNING = "warning"  # running or paused with a minute or less left
    PAUSED = "paused"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class TimerReading:
    """One look at the timer, everything a view needs to draw it."""

    planned_s: float
    elapsed_s: float
    running: bool
    phase: TimerPhase

    @property
    def remaining_s(self) -> float:
        return max(0.0, self.planned_s - self.elapsed_s)

    @property
    def overtime_s(self) -> float:
        return max(0.0, self.elapsed_s - self.planned_s)


class Timebox:
    """Counts down `planned_s`; never stops by itself, overtime counts up past zero."""

    def __init__(
        self, planned_s: float, clock: Clock, *, elapsed_s: float = 0.0, running: bool = False
    ) -> None:
        if planned_s < 0:
            raise ValueError("planned time cannot be negative")
        self._clock = clock
        self._planned_s = float(planned_s)
        self._banked_s = float(elapsed_s)  # time counted before the current run
        self._run_started: float | None = clock.monotonic() if running else None

    @property
    def planned_s(self) -> float:
        return self._planned_s

    @property
    def running(self) -> bool:
        return self._run_started is not None

    def elapsed_s(self) -> float:
        if self._run_started is None:
            return self._banked_s
        return self._banked_s + max(0.0, self._clock.monotonic() - self._run_started)

    def start(self) -> None:
        """Start or resume; a running timer is left alone."""
        if self._run_started is None:
            self._run_started = self._clock.monotonic()

    def pause(self) -> None:
        if self._run_started is not None:
            self._banked_s = self.elapsed_s()
            self._run_started = None

    def toggle(self) -> None:
        if self.running:
            self.pause()
        else:
            self.start()

    def extend(self, seconds: float) -> None:
        """Give the phase more time (the +1 / +2 minute buttons)."""
        self._planned_s = max(0.0, self._planned_s + seconds)

    def read(self) -> TimerReading:
        elapsed = self.elapsed_s()
        remaining = self._planned_s - elapsed
        if remaining < 0:
            phase = TimerPhase.OVERTIME
        elif elapsed == 0 and not self.running:
            phase = TimerPhase.READY
        elif remaining <= WARNING_SECONDS:
            phase = TimerPhase.WARNING
        elif self.running:
            phase = TimerPhase.RUNNING
        else:
            phase = TimerPhase.PAUSED
        return TimerReading(self._planned_s, elapsed, self.running, phase)


class TimerCue(StrEnum):
    """A moment the room should notice without looking: one minute left, then time is up."""

    ONE_MINUTE = "one_minute"
    TIME_UP = "time_up"


def cue_between(before: TimerReading | None, after: TimerReading) -> TimerCue | None:
    """The cue for the step from one look at the timer to the next, if it crossed a mark.

    Only a running timer crosses a mark; a phase opened late, a pause or more time does not.
    """
    if before is None or not after.running:
        return None
    if before.remaining_s > 0 and after.elapsed_s >= after.planned_s:
        return TimerCue.TIME_UP
    if before.remaining_s > WARNING_SECONDS >= after.remaining_s > 0:
        return TimerCue.ONE_MINUTE
    return None


def format_clock(seconds: float) -> str:
    """M:SS for the big countdown; whole seconds, rounded up so 0:00 means time is really up."""
    whole = int(-(-seconds // 1)) if seconds > 0 else 0
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


def format_minutes(seconds: float) -> str:
    """Minutes for the handout's planned-vs-actual table, to one decimal when under ten."""
    minutes = seconds / 60
    # Compare what is printed: 9.96 minutes would otherwise read "10.0" beside a plain "10".
    return f"{minutes:.1f}" if round(minutes, 1) < 10 else f"{minutes:.0f}"
