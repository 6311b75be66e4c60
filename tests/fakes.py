"""Test doubles shared by every layer: a clock the test moves by hand, and counted ids."""

from datetime import UTC, datetime

from facilitation.clock import ManualClock


class FakeClock(ManualClock):
    """A manual clock starting at 09:00 UTC on 21 November 2026, unless told otherwise."""

    def __init__(self, start: datetime | None = None) -> None:
        super().__init__(start or datetime(2026, 11, 21, 9, 0, tzinfo=UTC), monotonic_start=1000.0)


class CountingIds:
    def __init__(self, prefix: str = "id") -> None:
        self._prefix = prefix
        self._next = 0

    def __call__(self) -> str:
        self._next += 1
        return f"{self._prefix}{self._next:04d}"
