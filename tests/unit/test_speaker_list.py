"""The speaker list: who is next, points of order, reordering, and the agenda items' actual times."""

from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.enums import RequestType, SlotState
from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.model import SpeakerSlot
from roundtable_desktop.domain.speaker_list import SpeakerList
from roundtable_desktop.exchange.demo import demo_meeting


class FakeTimes:
    """A monotonic and a wall clock moving together."""

    def __init__(self) -> None:
        self.monotonic = 50.0
        self.wall = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += timedelta(seconds=seconds)


@pytest.fixture
def times():
    return FakeTimes()


def _list(meeting, times):
    return SpeakerList(meeting.slots, meeting.agenda, lambda: times.monotonic, lambda: times.wall)


def test_running_the_speakers_in_turn_records_items_and_times(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    speakers.toggle()
    first = speakers.current
    assert first is meeting.slots[0] and meeting.agenda[0].actual_start == times.wall
    times.advance(610)
    changes = speakers.end_and_next()
    assert first.state is SlotState.DONE and first.spoken_seconds == 610
    assert meeting.agenda[0].actual_end == times.wall and meeting.agenda[0] in changes.items
    assert speakers.current is meeting.slots[1] and meeting.agenda[1].actual_start == times.wall


def test_a_point_of_order_goes_to_the_head_of_the_queue(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    speakers.toggle()
    point = SpeakerSlot(session_id=meeting.session.id, participant_id=meeting.participants[-1].id,
                        agenda_item_id=meeting.agenda[0].id, request_type=RequestType.POINT_OF_ORDER)
    speakers.insert(point)
    assert speakers.next_up is point
    assert [s.position for s in speakers.slots] == list(range(len(speakers.slots)))


def test_an_intervention_goes_to_the_end_of_its_agenda_item(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    late = SpeakerSlot(session_id=meeting.session.id, participant_id=meeting.participants[-1].id,
                       agenda_item_id=meeting.agenda[1].id)
    speakers.insert(late)
    assert speakers.slots.index(late) == 2


def test_reordering_keeps_spoken_speakers_in_place(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    speakers.toggle()
    last = speakers.slots[-1]
    speakers.move(last.id, 0)
    assert speakers.slots[1] is last and speakers.next_up is last
    speakers.move_by(last.id, 1)
    assert speakers.slots[2] is last
    with pytest.raises(InputError):
        speakers.move(speakers.current.id, 3)


def test_withdraw_and_readd(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    second = speakers.slots[1]
    speakers.withdraw(second.id)
    speakers.toggle()
    times.advance(30)
    speakers.end_and_next()
    assert speakers.current is speakers.slots[1] and speakers.current is not second
    speakers.readd(second.id)
    assert second.state is SlotState.QUEUED and speakers.slots[-1] is second
    first = speakers.slots[0]
    changes = speakers.readd(first.id)
    again = changes.slots[0]
    assert again.participant_id == first.participant_id and again.state is SlotState.QUEUED
    assert again is not first and not again.created_at


def test_adjust_moves_the_limit_of_the_current_speaker(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    speakers.toggle()
    times.advance(100)
    speakers.adjust(30)
    assert speakers.current.limit_seconds == 630 and speakers.reading().remaining == 530


def test_a_list_opened_while_someone_speaks_resumes_their_clock(times):
    meeting = demo_meeting()
    speakers = _list(meeting, times)
    speakers.toggle()
    times.advance(75)
    speakers.toggle()
    speakers.toggle()
    times.advance(25)
    # the app is killed here; 40 s later it starts again
    times.advance(40)
    reopened = _list(meeting, times)
    assert reopened.restored is not None and reopened.restored.spoken_seconds == pytest.approx(140)
    assert reopened.reading().spoken == pytest.approx(140)
