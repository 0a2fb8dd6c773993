"""Which turn held the floor at a moment of the meeting (the chair's record of the turns)."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.floor import ONE_SECOND, floor_holder, held_floor, speaker_at
from roundtable_desktop.domain.model import AgendaItem, SpeakerSlot

START = datetime(2026, 5, 17, 15, 0, tzinfo=UTC)


def _turns(gaps_and_lengths: list[tuple[int, int]], last_running: bool) -> list[SpeakerSlot]:
    """Turns one after the other, each after a gap (seconds), the last one still running."""
    turns, at = [], START
    for number, (gap, length) in enumerate(gaps_and_lengths):
        begins = at + timedelta(seconds=gap)
        ends = begins + timedelta(seconds=length)
        running = last_running and number == len(gaps_and_lengths) - 1
        turns.append(SpeakerSlot("s", f"p{number}", position=number, actual_start=begins,
                                 state=SlotState.SPEAKING if running else SlotState.DONE,
                                 actual_end=None if running else ends))
        at = ends
    return turns


meetings = st.lists(st.tuples(st.integers(0, 120), st.integers(1, 600)), min_size=0, max_size=8)


@given(meetings, st.booleans(), st.integers(-60, 6000))
def test_the_turn_found_held_the_floor_for_the_whole_second(shape, last_running, offset):
    turns = _turns(shape, last_running)
    since = START + timedelta(seconds=offset)
    holder = floor_holder(turns, since, since + ONE_SECOND)
    covering = [t for t in turns if held_floor(t, since, since + ONE_SECOND)]
    if holder is None:
        assert covering == []  # turns follow one another: none covered the second
    else:
        assert covering == [holder]
        assert holder.actual_start is not None and holder.actual_start <= since
        assert holder.actual_end is None or since + ONE_SECOND <= holder.actual_end


@given(meetings, st.booleans(), st.data())
def test_every_second_inside_a_turn_finds_that_turn(shape, last_running, data):
    turns = _turns(shape, last_running)
    if not turns:
        return
    turn = data.draw(st.sampled_from(turns))
    assert turn.actual_start is not None
    length = int(((turn.actual_end or turn.actual_start + timedelta(hours=1)) - turn.actual_start)
                 .total_seconds())
    second = data.draw(st.integers(0, length - 1))
    since = turn.actual_start + timedelta(seconds=second)
    assert floor_holder(turns, since, since + ONE_SECOND) is turn


def test_a_second_across_a_change_of_speaker_or_in_a_gap_finds_nobody():
    first, second = _turns([(0, 60), (0, 60)], last_running=False)
    across = START + timedelta(seconds=59.5)
    assert floor_holder([first, second], across, across + ONE_SECOND) is None
    gap_turns = _turns([(0, 60), (30, 60)], last_running=False)
    in_gap = START + timedelta(seconds=70)
    assert floor_holder(gap_turns, in_gap, in_gap + ONE_SECOND) is None


def test_queued_and_withdrawn_turns_never_held_the_floor():
    queued = SpeakerSlot("s", "p", actual_start=START, state=SlotState.QUEUED)
    withdrawn = SpeakerSlot("s", "q", actual_start=START, state=SlotState.WITHDRAWN)
    assert floor_holder([queued, withdrawn], START, START + ONE_SECOND) is None


def test_a_paused_turn_keeps_the_floor():
    paused = SpeakerSlot("s", "p", actual_start=START, state=SlotState.PAUSED)
    later = START + timedelta(minutes=3)
    assert floor_holder([paused], later, later + ONE_SECOND) is paused


def test_the_speaker_at_a_notes_meeting_time_counts_from_the_meetings_start():
    item = AgendaItem("s", "Discussion", actual_start=START - timedelta(minutes=5))
    first, second = _turns([(0, 300), (0, 300)], last_running=True)
    assert speaker_at([item], [first, second], 5 * 60 + 10) is first  # 15:00:10
    assert speaker_at([item], [first, second], 10 * 60 + 10) is second  # 15:05:10
    assert speaker_at([item], [first, second], 60) is None  # before the first turn
    assert speaker_at([item], [first, second], None) is None  # a note without a meeting time
    assert speaker_at([], [], 10) is None  # a meeting not started
