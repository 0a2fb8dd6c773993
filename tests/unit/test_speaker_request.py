"""Requests to speak as the assistant types them, and where they land in the queue."""

from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.enums import RequestType, Role, SlotState
from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.speaker_list import SpeakerList
from roundtable_desktop.domain.speaker_request import (
    POINT_OF_ORDER_TIMES,
    SpeakerRequest,
    default_item,
    plan_request,
)
from roundtable_desktop.domain.statistics import meeting_statistics, overrun_words
from roundtable_desktop.exchange.demo import demo_meeting


class Times:
    def __init__(self) -> None:
        self.monotonic = 10.0
        self.wall = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)

    def advance(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += timedelta(seconds=seconds)


@pytest.fixture
def meeting():
    return demo_meeting()


@pytest.fixture
def times():
    return Times()


def _speakers(meeting, times) -> SpeakerList:
    return SpeakerList(meeting.slots, meeting.agenda, lambda: times.monotonic, lambda: times.wall)


def _plan(meeting, speakers, **fields):
    return plan_request(SpeakerRequest(**fields), meeting.session.id, meeting.participants, speakers)


def test_a_new_name_becomes_a_participant_with_the_official_country_name(meeting, times):
    speakers = _speakers(meeting, times)
    planned = _plan(meeting, speakers, who="Ms. Kim Ji-woo, Ambassador, South Korea",
                    role=Role.MEMBER_STATE)
    person = planned.new_participant
    assert person is not None and planned.slot.participant_id == person.id
    assert (person.name, person.function, person.organisation, person.role) == (
        "Ms. Kim Ji-woo", "Ambassador", "Republic of Korea", Role.MEMBER_STATE)


def test_a_participant_is_found_by_name_or_description(meeting, times):
    speakers = _speakers(meeting, times)
    known = meeting.participants[2]
    assert _plan(meeting, speakers, who=known.name.upper()).new_participant is None
    assert _plan(meeting, speakers, who=known.description).slot.participant_id == known.id


def test_an_empty_name_is_refused_in_words(meeting, times):
    with pytest.raises(InputError, match="name"):
        _plan(meeting, _speakers(meeting, times), who="  , Minister")


def test_a_point_of_order_has_its_own_short_time_and_joins_the_item_under_way(meeting, times):
    speakers = _speakers(meeting, times)
    speakers.toggle()
    planned = _plan(meeting, speakers, who="Delegate of Chile", request_type=RequestType.POINT_OF_ORDER,
                    agenda_item_id=meeting.agenda[3].id)
    assert (planned.slot.target_seconds, planned.slot.limit_seconds) == POINT_OF_ORDER_TIMES
    assert POINT_OF_ORDER_TIMES[1] == 120
    assert planned.slot.agenda_item_id == meeting.agenda[0].id


def test_a_speaker_added_between_items_joins_the_item_about_to_go_on(meeting, times):
    """After Shift+F6 nobody speaks: the new speaker goes with the next speaker's item, at the end
    of its queue, not back into the finished presentation ahead of everyone."""
    speakers = _speakers(meeting, times)
    speakers.toggle()
    speakers.end_current()  # the presentation is over; the co-chair's remarks come next
    item = default_item(speakers, floor=False)
    assert item is meeting.agenda[1]
    planned = _plan(meeting, speakers, who="Mr. Late Comer", agenda_item_id=item.id)
    speakers.insert(planned.slot)
    assert [s.agenda_item_id for s in speakers.queued()[:2]] == [item.id, item.id]
    assert speakers.queue_place(planned.slot) == 2


def test_a_speaker_added_during_an_item_joins_the_end_of_its_queue(meeting, times):
    speakers = _speakers(meeting, times)
    for _ in range(3):
        speakers.end_and_next()  # discussant 1 speaks, discussants 2-4 wait
    item = default_item(speakers, floor=False)
    assert item is meeting.agenda[2]
    floor = _plan(meeting, speakers, who="Delegate of Chile", agenda_item_id=meeting.agenda[3].id)
    speakers.insert(floor.slot)
    planned = _plan(meeting, speakers, who="Mr. Late Comer", agenda_item_id=item.id)
    speakers.insert(planned.slot)
    assert speakers.queued()[-2:] == [planned.slot, floor.slot]
    assert speakers.queue_place(planned.slot) == 4


def test_a_floor_request_goes_to_the_interactive_discussion(meeting, times):
    speakers = _speakers(meeting, times)
    assert default_item(speakers, floor=True).kind.value == "interactive_discussion"


def test_changing_a_waiting_request_to_a_point_of_order_moves_it_to_the_head(meeting, times):
    speakers = _speakers(meeting, times)
    speakers.toggle()
    last = speakers.queued()[-1]
    speakers.change_request(last.id, 90, 120, RequestType.POINT_OF_ORDER, None)
    assert speakers.next_up is last
    assert [s.position for s in speakers.slots] == list(range(len(speakers.slots)))
    speakers.change_request(last.id, 90, 120, RequestType.POINT_OF_ORDER, None)
    assert speakers.next_up is last


def test_editing_the_current_speaker_moves_their_clock(meeting, times):
    speakers = _speakers(meeting, times)
    speakers.toggle()
    current = speakers.current
    speakers.change_request(current.id, 60, 90, current.request_type, None)
    times.advance(70)
    assert speakers.reading().phase.value == "wrap_up"


def test_plus_thirty_seconds_on_the_next_speaker_moves_target_and_limit(meeting, times):
    speakers = _speakers(meeting, times)
    following = speakers.next_up
    before = (following.target_seconds, following.limit_seconds)
    speakers.adjust(30)
    assert (following.target_seconds, following.limit_seconds) == (before[0] + 30, before[1] + 30)


@pytest.mark.parametrize(("spoken", "target", "limit", "words"), [
    (52, 300, 30, "0:22 past the limit"),
    (452, 300, 420, "0:32 past the limit"),
    (330, 300, 420, "0:30 past the target, within the limit"),
    (240, 300, 420, "1:00 under the target"),
    (20, 300, 30, "0:10 under the target"),
])
def test_over_and_under_are_told_against_the_limit_and_the_target(spoken, target, limit, words):
    assert overrun_words(spoken, target, limit) == words


def test_points_of_order_have_their_own_line_in_the_statistics(meeting, times):
    speakers = _speakers(meeting, times)
    speakers.toggle()
    planned = _plan(meeting, speakers, who="Delegate of Chile", request_type=RequestType.POINT_OF_ORDER)
    speakers.insert(planned.slot)
    times.advance(100)
    speakers.end_and_next()
    times.advance(50)
    speakers.end_current()
    people = [*meeting.participants, planned.new_participant]
    stats = meeting_statistics(meeting.agenda, speakers.slots, people, lambda s: s.spoken_seconds,
                               times.wall)
    assert stats.points_of_order == 1
    by_request = {g.label: g.interventions for g in stats.by_request}
    assert by_request == {"Intervention": 1, "Point of order": 1}
    point = next(s for s in stats.slots if s.is_point_of_order)
    assert point.state is SlotState.DONE and point.actual_seconds == 50
