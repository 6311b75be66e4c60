"""Timebox scaling: whole minutes, two at least, summing to the chosen length, in proportion."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.schedule import MIN_PHASE_MIN, scale_timeboxes

PREMORTEM = [5, 2, 7, 12, 8, 5, 8, 12, 5, 4]  # 68 minutes by default
WITHOUT_SUCCESS_MIRROR = [5, 2, 7, 12, 8, 5, 8, 12, 4]  # 63


@pytest.mark.parametrize(
    ("defaults", "total", "expected"),
    [
        # 60/68 of each; 1.76 for the fiasco is lifted to 2, the other nine share 58/66:
        # 4.39 2 6.15 10.55 7.03 4.39 7.03 10.55 4.39 3.52 -> floors sum to 55, the three spare
        # minutes go to the largest fractions (.55, .55, .52).
        (PREMORTEM, 60, [4, 2, 6, 11, 7, 4, 7, 11, 4, 4]),
        # 58/61 of the rest: 4.75 7 .66 11.41 7.61 4.75 7.61 11.41 3.80; floors 53, five spare:
        # .80 .75 .75 .66, then the tie .61/.61 goes to the earlier of the two 8-minute phases.
        (WITHOUT_SUCCESS_MIRROR, 60, [5, 2, 7, 11, 8, 5, 7, 11, 4]),
        (PREMORTEM, 68, PREMORTEM),
        (PREMORTEM, 136, [2 * d for d in PREMORTEM]),
        # 26 minutes: five phases fall under two and get two; 16 left over 7,12,8,8,12 (of 47):
        # 2.38 4.09 2.72 2.72 4.09 -> 2 4 2 2 4 and the two spare go to the .72s.
        (PREMORTEM, 26, [2, 2, 2, 4, 3, 2, 3, 4, 2, 2]),
        # Too short for ten phases: each keeps its two minutes, the schedule runs over.
        (PREMORTEM, 5, [2] * 10),
        ([10, 10], 30.4, [15, 15]),
        ([1], 45, [45]),
    ],
)
def test_hand_computed_schedules(defaults: list[float], total: float, expected: list[int]) -> None:
    assert scale_timeboxes(defaults, total) == expected


def test_a_longer_default_never_gets_less_time() -> None:
    # Taking the rounding surplus from the longest phases used to hand the 28-minute phase 4
    # minutes and the 26-minute ones 5; shares are 4.96 and 4.61.
    scaled = scale_timeboxes([26, 26, 26, 26, 28, 26], 28)
    assert scaled == [5, 5, 5, 4, 5, 4]
    assert scaled[4] == max(scaled)


def test_nothing_to_schedule() -> None:
    assert scale_timeboxes([], 60) == []


def test_defaults_must_be_positive() -> None:
    with pytest.raises(ValueError, match="positive"):
        scale_timeboxes([5, 0], 30)


defaults_st = st.lists(
    st.floats(min_value=0.5, max_value=90, allow_nan=False, allow_infinity=False),
    min_size=1,
    max_size=14,
)


@settings(max_examples=400, database=None, deadline=None)
@given(defaults=defaults_st, total=st.integers(min_value=0, max_value=8 * 60))
def test_sums_to_total_in_whole_minutes_of_two_or_more(defaults: list[float], total: int) -> None:
    scaled = scale_timeboxes(defaults, total)
    assert len(scaled) == len(defaults)
    assert sum(scaled) == max(total, MIN_PHASE_MIN * len(defaults))
    assert all(m >= MIN_PHASE_MIN and m == int(m) for m in scaled)


@settings(max_examples=400, database=None, deadline=None)
@given(defaults=defaults_st, total=st.integers(min_value=5, max_value=8 * 60))
def test_proportional_and_order_preserving(defaults: list[float], total: int) -> None:
    scaled = scale_timeboxes(defaults, total)
    for i, (di, si) in enumerate(zip(defaults, scaled, strict=True)):
        for dj, sj in zip(defaults[i + 1 :], scaled[i + 1 :], strict=True):
            if di > dj:
                assert si >= sj
            elif di < dj:
                assert si <= sj
            else:
                assert abs(si - sj) <= 1
    shares = [d * total / sum(defaults) for d in defaults]
    if min(shares) >= MIN_PHASE_MIN:
        # Nobody needed lifting to the minimum: every phase is within a minute of its share.
        assert all(abs(s - share) < 1 for s, share in zip(scaled, shares, strict=True))
    else:
        # Phases under the minimum get exactly the minimum, never more.
        for s, share in zip(scaled, shares, strict=True):
            if share < MIN_PHASE_MIN:
                assert s == MIN_PHASE_MIN


@settings(max_examples=200, database=None, deadline=None)
@given(
    defaults=st.lists(st.integers(min_value=2, max_value=30), min_size=1, max_size=12),
    factor=st.integers(min_value=1, max_value=4),
)
def test_whole_multiples_scale_exactly(defaults: list[int], factor: int) -> None:
    assert scale_timeboxes(defaults, factor * sum(defaults)) == [factor * d for d in defaults]
