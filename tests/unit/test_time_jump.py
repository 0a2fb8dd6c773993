"""Time trouble while a speaker's clock runs: a sleep or a wall clock that was set is noticed."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.time_jump import (
    TimeJump,
    TimeMark,
    TimeTrouble,
    TimeWatch,
    corrected_spoken,
    detect_time_jump,
    offered_correction,
)

T0 = datetime(2026, 5, 17, 13, 0, tzinfo=UTC)


def mark(monotonic: float, wall_seconds: float, boot: float | None = None) -> TimeMark:
    return TimeMark(monotonic, T0 + timedelta(seconds=wall_seconds), boot)


@given(st.floats(0, 36_000), st.floats(-1.5, 1.5))
def test_clocks_that_agree_within_the_tolerance_report_nothing(elapsed, drift):
    assert detect_time_jump(mark(0, 0, 0), mark(elapsed, elapsed + drift, elapsed)) is None


@given(st.floats(0, 600), st.floats(5, 36_000))
def test_a_sleep_adds_the_missed_seconds_to_the_spoken_time(awake, asleep):
    jump = detect_time_jump(mark(0, 0, 0), mark(awake, awake + asleep, awake + asleep))
    assert jump.trouble is TimeTrouble.SLEPT
    assert abs(jump.missed_seconds - asleep) < 1e-6
    assert abs(corrected_spoken(120.0, jump) - (120.0 + asleep)) < 1e-6


@given(st.floats(0, 600), st.floats(3, 7200), st.booleans())
def test_a_wall_clock_set_forward_or_back_keeps_the_spoken_time(awake, shift, forward):
    shift = shift if forward else -shift
    jump = detect_time_jump(mark(0, 0, 0), mark(awake, awake + shift, awake))
    assert jump.trouble is TimeTrouble.CLOCK_SET
    assert abs(jump.wall_shift - shift) < 1e-6
    assert corrected_spoken(95.0, jump) == 95.0


def test_without_a_sleep_counting_clock_a_forward_jump_is_taken_for_a_sleep():
    assert detect_time_jump(mark(0, 0), mark(10, 310)).trouble is TimeTrouble.SLEPT
    assert detect_time_jump(mark(0, 0), mark(10, -3590)).trouble is TimeTrouble.CLOCK_SET


def test_the_watch_reports_a_jump_once_at_the_tick_after_it():
    now = {"mono": 0.0, "wall": 0.0}
    watch = TimeWatch(lambda: now["mono"], lambda: T0 + timedelta(seconds=now["wall"]))
    for _ in range(10):
        now["mono"] += 0.2
        now["wall"] += 0.2
        assert watch.check() is None
    now["mono"] += 0.2
    now["wall"] += 600.2  # the lid was closed for ten minutes
    jump = watch.check()
    assert isinstance(jump, TimeJump) and round(jump.missed_seconds) == 600
    now["mono"] += 0.2
    now["wall"] += 0.2
    assert watch.check() is None


@given(st.floats(0, 600), st.floats(5, 36_000), st.floats(0, 3600))
def test_the_correction_offered_for_a_sleep_counts_it(awake, asleep, spoken):
    jump = detect_time_jump(mark(0, 0, 0), mark(awake, awake + asleep, awake + asleep))
    assert abs(offered_correction(spoken, jump) - corrected_spoken(spoken, jump)) < 1e-6
    assert abs(offered_correction(spoken, jump) - (spoken + jump.stored_offset)) < 1e-6


@given(st.floats(0, 600), st.floats(3, 7200), st.booleans(), st.floats(0, 3600))
def test_the_correction_offered_for_a_clock_set_follows_it_and_never_goes_below_zero(
        awake, shift, forward, spoken):
    shift = shift if forward else -shift
    jump = detect_time_jump(mark(0, 0, 0), mark(awake, awake + shift, awake))
    offered = offered_correction(spoken, jump)
    assert offered >= 0.0
    assert abs(offered - max(0.0, spoken + shift)) < 1e-6
