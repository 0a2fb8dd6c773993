"""The speaker clock: spoken time is read from the time source, whatever the sequence of actions."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.model import SpeakerSlot
from roundtable_desktop.domain.speaker_clock import (
    Phase,
    SpeakerClock,
    countdown_text,
    phase_for,
    restored_spoken_seconds,
    shown_interval,
    wrap_up_from,
)


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


OPERATIONS = ("toggle", "start", "pause", "resume", "more", "less", "end")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(OPERATIONS),
                          st.integers(min_value=0, max_value=8 * 600)), max_size=60),
       st.integers(min_value=0, max_value=900), st.integers(min_value=0, max_value=900))
def test_spoken_time_is_the_sum_of_the_speaking_intervals(steps, target, extra):
    time = FakeTime()
    clock = SpeakerClock(time, target, target + extra)
    expected_spoken, expected_target, expected_limit = 0.0, target, target + extra
    for operation, eighths in steps:
        step = eighths / 8
        if clock.state is SlotState.SPEAKING:
            expected_spoken += step
        time.advance(step)
        before = clock.state
        try:
            {"toggle": clock.toggle, "start": clock.start, "pause": clock.pause,
             "resume": clock.resume, "more": lambda: clock.adjust(30),
             "less": lambda: clock.adjust(-30), "end": clock.end}[operation]()
        except InputError:
            assert clock.state is before
        else:
            if operation == "more":
                expected_target, expected_limit = expected_target + 30, expected_limit + 30
            elif operation == "less":
                expected_target = max(0, expected_target - 30)
                expected_limit = max(0, expected_limit - 30)
        reading = clock.read()
        assert reading.spoken == expected_spoken
        assert (clock.target, clock.limit) == (expected_target, expected_limit)
        assert reading.remaining == expected_limit - expected_spoken
        assert reading.phase is phase_for(expected_spoken, expected_target, expected_limit)
        if reading.phase is Phase.OVER:
            assert reading.text.startswith("+")


def test_a_thousand_hours_of_speaking_and_pausing_do_not_drift():
    """Steps in eighths of a second are exact in binary floating point: no error may appear."""
    time = FakeTime()
    clock = SpeakerClock(time, 300, 420)
    clock.start()
    minutes = 1000 * 60
    for minute in range(minutes):
        time.advance(59.875)
        if minute % 7 == 6:
            clock.pause()
            time.advance(45.125)
            clock.resume()
        if minute % 600 == 0:
            assert clock.spoken() == (minute + 1) * 59.875
    assert clock.spoken() == minutes * 59.875
    assert time.now - 1000.0 >= 1000 * 3600 * 0.99


def test_phases_follow_target_and_limit():
    time = FakeTime()
    clock = SpeakerClock(time, target=300, limit=420)
    clock.start()
    time.advance(299)
    assert clock.read().phase is Phase.NORMAL and clock.read().text == "2:01"
    time.advance(1)
    assert clock.read().phase is Phase.WRAP_UP and clock.read().text == "2:00"
    time.advance(120)
    assert clock.read().phase is Phase.OVER and clock.read().text == "+0:00"
    time.advance(65.5)
    assert clock.read().text == "+1:05"


def test_thirty_seconds_move_target_and_limit_together_not_the_spoken_time():
    time = FakeTime()
    clock = SpeakerClock(time, target=120, limit=180)
    clock.start()
    time.advance(170)
    clock.adjust(30)
    assert clock.spoken() == 170 and (clock.target, clock.limit) == (150, 210)
    assert clock.read().phase is Phase.WRAP_UP
    clock.adjust(-30)
    clock.adjust(-30)
    assert (clock.target, clock.limit) == (90, 150) and clock.read().phase is Phase.OVER


def test_taking_time_off_a_long_target_still_warns_before_red():
    """Target 5:00 with the limit taken down to 0:30: amber comes before red, never straight red."""
    time = FakeTime()
    clock = SpeakerClock(time, target=300, limit=30)
    clock.start()
    phases = []
    for _ in range(31):
        phases.append(clock.read().phase)
        time.advance(1)
    assert phases[0] is Phase.NORMAL and phases[-1] is Phase.OVER
    assert Phase.WRAP_UP in phases
    assert phases.index(Phase.WRAP_UP) < phases.index(Phase.OVER)


@pytest.mark.parametrize("limit", [30, 120, 180, 300, 600, 900])
def test_a_target_equal_to_the_limit_gives_a_wrap_up_window(limit):
    assert phase_for(limit - 1, limit, limit) is Phase.WRAP_UP
    assert phase_for(limit * 0.5, limit, limit) is Phase.NORMAL
    assert limit - wrap_up_from(limit, limit) <= 60


@given(st.integers(min_value=0, max_value=3600), st.integers(min_value=1, max_value=3600))
def test_amber_always_comes_before_red(target, limit):
    assert wrap_up_from(target, limit) < limit
    assert phase_for(limit - 0.5, target, limit) is Phase.WRAP_UP


def test_pause_stops_the_clock_and_resume_goes_on():
    time = FakeTime()
    clock = SpeakerClock(time, 300, 420)
    clock.toggle()
    time.advance(10)
    clock.toggle()
    time.advance(1000)
    assert clock.state is SlotState.PAUSED and clock.spoken() == 10
    clock.toggle()
    time.advance(5)
    clock.end()
    time.advance(50)
    assert clock.state is SlotState.DONE and clock.spoken() == 15
    with pytest.raises(InputError):
        clock.toggle()


def test_a_slot_stored_while_speaking_resumes_from_its_wall_clock_start():
    wall = datetime(2026, 5, 17, 13, 10, tzinfo=UTC)
    slot = SpeakerSlot(session_id="s", participant_id="p", state=SlotState.SPEAKING,
                       spoken_seconds=100.0, last_started_at=wall - timedelta(seconds=42))
    time = FakeTime()
    clock = SpeakerClock.from_slot(slot, time, wall)
    assert clock.spoken() == pytest.approx(142)
    assert restored_spoken_seconds(slot, wall) == pytest.approx(142)
    time.advance(8)
    assert clock.spoken() == pytest.approx(150)


def test_storing_the_clock_keeps_what_a_restart_needs():
    time = FakeTime()
    wall = datetime(2026, 5, 17, 13, 0, tzinfo=UTC)
    slot = SpeakerSlot(session_id="s", participant_id="p", target_seconds=60, limit_seconds=90)
    clock = SpeakerClock.from_slot(slot, time, wall)
    clock.start()
    clock.store_on(slot, wall)
    assert (slot.state, slot.spoken_seconds, slot.last_started_at, slot.actual_start) == (
        SlotState.SPEAKING, 0.0, wall, wall)
    time.advance(20)
    clock.pause()
    clock.store_on(slot, wall + timedelta(seconds=20))
    assert slot.spoken_seconds == 20 and slot.last_started_at is None
    clock.resume()
    clock.store_on(slot, wall + timedelta(seconds=30))
    time.advance(5)
    clock.end()
    clock.store_on(slot, wall + timedelta(seconds=35))
    assert slot.spoken_seconds == 25 and slot.actual_end == wall + timedelta(seconds=35)
    assert slot.actual_start == wall


@given(st.floats(min_value=-7200, max_value=7200, allow_nan=False))
def test_the_countdown_text_covers_the_true_remaining_time(remaining):
    low, high = shown_interval(countdown_text(remaining))
    assert low - 1e-6 <= remaining <= high + 1e-6


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(("toggle", "more", "less", "end")),
                          st.integers(min_value=0, max_value=8 * 300)), max_size=30),
       st.integers(min_value=0, max_value=8 * 3600))
def test_what_is_stored_after_any_action_restores_the_same_clock(steps, downtime):
    """Killed at any moment and started again ``downtime`` later, the clock goes on exactly."""
    time = FakeTime()
    start_wall = datetime(2026, 5, 17, 13, 0, tzinfo=UTC)

    def wall() -> datetime:
        return start_wall + timedelta(seconds=time.now - 1000.0)

    slot = SpeakerSlot(session_id="s", participant_id="p", target_seconds=300, limit_seconds=420)
    clock = SpeakerClock.from_slot(slot, time, wall())
    for operation, eighths in steps:
        time.advance(eighths / 8)
        try:
            {"toggle": clock.toggle, "more": lambda: clock.adjust(30),
             "less": lambda: clock.adjust(-30), "end": clock.end}[operation]()
        except InputError:
            continue
        clock.store_on(slot, wall())
    time.advance(downtime / 8)
    restarted = SpeakerClock.from_slot(slot, FakeTime(), wall())
    assert restarted.state is clock.state and restarted.limit == clock.limit
    assert restarted.spoken() == pytest.approx(clock.spoken(), abs=1e-6)
