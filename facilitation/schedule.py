"""Scaling phase timeboxes to the session length the facilitator chose."""

import math
from collections.abc import Sequence

MIN_PHASE_MIN = 2.0


def scale_timeboxes(defaults_min: Sequence[float], total_min: float) -> list[float]:
    """Phase minutes in proportion to their defaults, each at least two minutes, summing to total.

    Whole minutes, because the room reads them off a schedule. Phases whose share would fall under
    the minimum get the minimum and the others share what is left; each of those gets its share
    rounded down, and the minutes still over go to the largest fractions (ties to the longer
    default). So every phase is within a minute of its share and a longer default never gets less.
    """
    count = len(defaults_min)
    if not count:
        return []
    if any(d <= 0 for d in defaults_min):
        raise ValueError("default timeboxes must be positive")
    total = max(float(round(total_min)), MIN_PHASE_MIN * count)
    at_minimum: set[int] = set()
    while True:
        free = [i for i in range(count) if i not in at_minimum]
        left = total - MIN_PHASE_MIN * len(at_minimum)
        base = sum(defaults_min[i] for i in free)
        short = {i for i in free if defaults_min[i] * left / base < MIN_PHASE_MIN}
        if not short:
            break
        at_minimum |= short
    shares = {i: defaults_min[i] * left / base for i in free}
    minutes = [MIN_PHASE_MIN] * count
    for i in free:
        minutes[i] = float(math.floor(shares[i]))
    spare = round(left - sum(minutes[i] for i in free))
    by_fraction = sorted(free, key=lambda i: (math.floor(shares[i]) - shares[i], -defaults_min[i]))
    for i in by_fraction[:spare]:
        minutes[i] += 1
    return minutes
