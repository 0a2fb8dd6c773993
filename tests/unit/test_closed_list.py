"""A closed list of speakers admits only points of order, unless the chair overrides; the
forecast then counts only the speakers on it."""

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.closed_list import ListClosedError, check_open
from roundtable_desktop.domain.enums import AgendaKind, RequestType
from roundtable_desktop.domain.forecast import forecast
from roundtable_desktop.domain.model import AgendaItem, Meeting
from roundtable_desktop.domain.speaker_list import SpeakerList
from roundtable_desktop.domain.speaker_request import SpeakerRequest, plan_request
from roundtable_desktop.exchange.demo import demo_meeting

CLOSED_AT = datetime(2021, 5, 17, 13, 30, tzinfo=UTC)


def closed(item: AgendaItem) -> AgendaItem:
    return replace(item, list_closed_at=CLOSED_AT)


@given(st.sampled_from(list(RequestType)), st.booleans(), st.booleans())
def test_only_a_point_of_order_or_an_override_passes_a_closed_list(
        request_type: RequestType, is_closed: bool, override: bool) -> None:
    item = AgendaItem("m", "Interactive discussion")
    item = closed(item) if is_closed else item
    allowed = not is_closed or override or request_type is RequestType.POINT_OF_ORDER
    if allowed:
        check_open(item, request_type, override)
    else:
        with pytest.raises(ListClosedError, match="Interactive discussion"):
            check_open(item, request_type, override)


def meeting_with_closed_floor() -> tuple[Meeting, SpeakerList]:
    meeting = demo_meeting()
    meeting.agenda = [closed(i) if i.kind is AgendaKind.INTERACTIVE_DISCUSSION else i
                      for i in meeting.agenda]
    return meeting, SpeakerList(meeting.slots, meeting.agenda, lambda: 0.0, lambda: CLOSED_AT)


def test_a_floor_request_to_a_closed_floor_is_refused_and_nothing_is_queued() -> None:
    meeting, speakers = meeting_with_closed_floor()
    floor = speakers.interactive_item()
    assert floor is not None
    planned = plan_request(SpeakerRequest("Ms. A, Delegate, Chile", agenda_item_id=floor.id),
                           meeting.session.id, meeting.participants, speakers)
    before = len(speakers.slots)
    with pytest.raises(ListClosedError):
        speakers.insert(planned.slot)
    assert len(speakers.slots) == before
    speakers.insert(planned.slot, override_closed=True)
    assert planned.slot in speakers.slots


def test_a_closed_floor_leaves_no_room_for_more_floor_requests_in_the_forecast() -> None:
    meeting, speakers = meeting_with_closed_floor()
    session = replace(meeting.session, date=None)  # a meeting of planned length from now
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    open_items = demo_meeting().agenda
    opened = forecast(session, open_items, meeting.slots, lambda s: 0.0, now, now)
    shut = forecast(session, speakers.items, meeting.slots, lambda s: 0.0, now, now)
    assert shut.floor_closed and shut.floor_requests_fit == 0
    assert not opened.floor_closed


def test_a_closed_item_without_speakers_counts_nothing_more() -> None:
    meeting = demo_meeting()
    empty = AgendaItem(meeting.session.id, "Open consultations", planned_minutes=20, position=99)
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    session = replace(meeting.session, date=None)
    with_open = forecast(session, [*meeting.agenda, empty], meeting.slots, lambda s: 0.0, now, now)
    with_closed = forecast(session, [*meeting.agenda, closed(empty)], meeting.slots,
                           lambda s: 0.0, now, now)
    assert (with_open.end - with_closed.end).total_seconds() == 20 * 60
