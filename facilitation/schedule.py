"""Scaling phase timeboxes to the session length the facilitator chose."""

from collections.abc import Sequence

MIN_PHASE_MIN = 2.0


def scale_timeboxes(defaults_min: Sequence[float], total_min: float) -> list[float]:
    """Phase minutes in proportion to their defaults, each at least two minutes, summing to total.

    Whole minutes, because the room reads them off a schedule; rounding error goes to the longest
    phases so short phases keep their shape.
    """
    if not defaults_min:
        return []
    floor_total = MIN_PHASE_MIN * len(defaults_min)
    total = max(float(round(total_min)), floor_total)
    base = sum(defaults_min)
    scaled = [max(MIN_PHASE_MIN, float(round(d * total / base))) for d in defaults_min]
    order = sorted(range(len(scaled)), key=lambda i: -defaults_min[i])
    step = 1.0 if sum(scaled) < total else -1.0
    guard = 0
    while sum(scaled) != total and guard < 10_000:
        for i in order:
            if sum(scaled) == total:
                break
            if step < 0 and scaled[i] - 1 < MIN_PHASE_MIN:
                continue
            scaled[i] += step
        guard += 1
    return scaled
