"""The clock the domain reads, injected so tests and benchmarks control time."""

import time
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Monotonic seconds for timing, wall time for records."""

    def monotonic(self) -> float: ...

    def now(self) -> datetime: ...


class SystemClock:
    """The real clock."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return datetime.now(UTC)


class ManualClock:
    """Time that moves only when told: the demo's scripted meeting, and every test."""

    def __init__(self, start: datetime, monotonic_start: float = 0.0) -> None:
        self._mono = monotonic_start
        self._wall = start

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._wall += timedelta(seconds=seconds)

    def advance_wall_only(self, seconds: float) -> None:
        """Time passing while Seam is closed: a new process has a new monotonic origin."""
        self._wall += timedelta(seconds=seconds)


def iso(moment: datetime) -> str:
    """The stored form of a wall-clock instant: UTC, ISO 8601, millisecond precision."""
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def parse_iso(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
