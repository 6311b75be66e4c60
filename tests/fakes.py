"""Test doubles shared by every layer: a clock the test moves by hand, and counted ids."""

from datetime import UTC, datetime, timedelta


class FakeClock:
    """Monotonic and wall time that advance only when the test says so."""

    def __init__(self, start: datetime | None = None) -> None:
        self._mono = 1000.0
        self._wall = start or datetime(2026, 11, 21, 9, 0, tzinfo=UTC)

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


class CountingIds:
    def __init__(self, prefix: str = "id") -> None:
        self._prefix = prefix
        self._next = 0

    def __call__(self) -> str:
        self._next += 1
        return f"{self._prefix}{self._next:04d}"
