"""The timebox against a fake clock: countdown, pauses, extensions, warning and overtime."""

import pytest

from facilitation.timebox import (
    Timebox,
    TimerCue,
    TimerPhase,
    cue_between,
    format_clock,
    format_minutes,
)
from tests.fakes import FakeClock


def test_counts_down_only_while_running(clock: FakeClock) -> None:
    box = Timebox(300, clock)
    assert box.read().phase is TimerPhase.READY
    clock.advance(50)
    assert box.read().remaining_s == 300
    box.start()
    clock.advance(100)
    assert box.read().remaining_s == 200
    box.pause()
    clock.advance(1000)
    reading = box.read()
    assert reading.remaining_s == 200
    assert reading.phase is TimerPhase.PAUSED
    box.start()
    clock.advance(10)
    assert box.read().remaining_s == 190


def test_one_minute_warning_then_overtime_counts_up(clock: FakeClock) -> None:
    box = Timebox(120, clock)
    box.start()
    clock.advance(59)
    assert box.read().phase is TimerPhase.RUNNING
    clock.advance(2)
    assert box.read().phase is TimerPhase.WARNING
    clock.advance(60)
    reading = box.read()
    assert reading.phase is TimerPhase.OVERTIME
    assert reading.remaining_s == 0
    assert reading.overtime_s == 1
    clock.advance(30)
    assert box.read().overtime_s == 31
    assert box.running, "the timer never stops by itself"


def test_extend_adds_time_even_in_overtime(clock: FakeClock) -> None:
    box = Timebox(60, clock)
    box.start()
    clock.advance(90)
    box.extend(120)
    reading = box.read()
    assert reading.phase is TimerPhase.RUNNING
    assert reading.remaining_s == 90
    clock.advance(31)
    assert box.read().phase is TimerPhase.WARNING


def test_resumes_from_stored_elapsed(clock: FakeClock) -> None:
    box = Timebox(600, clock, elapsed_s=250, running=True)
    clock.advance(50)
    assert box.elapsed_s() == 300


def test_clock_text_rounds_up_so_zero_means_time_is_up() -> None:
    assert format_clock(600) == "10:00"
    assert format_clock(59.2) == "1:00"
    assert format_clock(0.4) == "0:01"
    assert format_clock(0) == "0:00"


def test_negative_plan_is_refused(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="negative"):
        Timebox(-1, clock)


def test_toggle_and_warning_while_paused(clock: FakeClock) -> None:
    box = Timebox(90, clock)
    box.toggle()
    clock.advance(45)
    box.toggle()
    reading = box.read()
    assert (reading.elapsed_s, reading.running, reading.phase) == (45, False, TimerPhase.WARNING)
    box.start()
    box.start()  # starting a running timer changes nothing
    clock.advance(5)
    assert box.elapsed_s() == 50


def test_extend_never_plans_below_zero(clock: FakeClock) -> None:
    box = Timebox(60, clock)
    box.extend(-120)
    assert box.planned_s == 0
    assert box.read().phase is TimerPhase.READY, "not started, nothing counted"
    box.start()
    clock.advance(1)
    assert box.read().phase is TimerPhase.OVERTIME


def test_minutes_for_the_handout() -> None:
    assert format_minutes(90) == "1.5"
    assert format_minutes(594) == "9.9"
    assert format_minutes(599) == "10", "never 10.0 next to 10"
    assert format_minutes(600) == "10"
    assert format_minutes(754) == "13"


def test_cues_sound_once_at_one_minute_and_once_at_zero(clock: FakeClock) -> None:
    box = Timebox(150, clock)
    box.start()
    cues = []
    before = box.read()
    # Irregular ticks across both marks and on into overtime.
    for step in (40, 45, 7, 0.3, 30, 27.5, 0.2, 0.2, 5, 60):
        clock.advance(step)
        after = box.read()
        cue = cue_between(before, after)
        if cue:
            cues.append((cue, round(after.elapsed_s, 1)))
        before = after
    assert cues == [(TimerCue.ONE_MINUTE, 92.0), (TimerCue.TIME_UP, 150.0)]


def test_no_cue_when_paused_opened_late_or_given_more_time(clock: FakeClock) -> None:
    box = Timebox(120, clock)
    box.start()
    clock.advance(50)
    before = box.read()
    box.pause()
    clock.advance(100)
    assert cue_between(before, box.read()) is None  # paused: nothing crosses
    late = Timebox(120, clock, elapsed_s=200, running=True)
    assert cue_between(None, late.read()) is None  # reopened in overtime: no chime
    box.start()
    clock.advance(65)
    before = box.read()  # 5 s left
    box.extend(120)
    clock.advance(10)
    assert cue_between(before, box.read()) is None  # more time: back above the mark
    clock.advance(120)
    assert cue_between(before, box.read()) is TimerCue.TIME_UP
