"""The timebox against a fake clock: countdown, pauses, extensions, warning and overtime."""

from facilitation.timebox import Timebox, TimerPhase, format_clock
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
