"""The forecast: the end time if the queue keeps to its targets, and floor requests that fit."""

from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.enums import AgendaKind, SlotState
from roundtable_desktop.domain.forecast import forecast, meeting_window
from roundtable_desktop.exchange.demo import demo_meeting

ZURICH_15H = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)  # 15.00 CEST


def _spoken(slot):
    return slot.spoken_seconds


def test_the_demo_before_it_starts_ends_on_time_with_room_for_six_floor_requests():
    meeting = demo_meeting()
    result = forecast(meeting.session, meeting.agenda, meeting.slots, _spoken, None,
                      ZURICH_15H - timedelta(minutes=20))
    # 10 + 5 + 4 x 5 min of speakers, 5 min closing: 40 of 60 min; 20 min left = 6 of 3 min
    assert result.end == ZURICH_15H + timedelta(minutes=40)
    assert result.label == "on time"
    assert result.floor_requests_fit == 6


def test_a_running_meeting_that_overruns_is_forecast_late():
    meeting = demo_meeting()
    started = ZURICH_15H
    for slot in meeting.slots[:2]:
        slot.state, slot.spoken_seconds = SlotState.DONE, 900
    meeting.agenda[0].actual_start = started
    now = started + timedelta(minutes=50)
    result = forecast(meeting.session, meeting.agenda, meeting.slots, _spoken, started, now)
    # still to come: 4 discussants x 5 min + closing 5 min = 25 min -> 16.15, 15 min late
    assert result.end == started + timedelta(minutes=75)
    assert result.late_minutes == 15 and result.label == "15 min late"
    assert result.floor_requests_fit == 0


def test_the_current_speaker_counts_only_the_rest_of_their_target():
    meeting = demo_meeting()
    current = meeting.slots[0]
    current.state = SlotState.SPEAKING
    live = {current.id: 240.0}
    now = ZURICH_15H + timedelta(minutes=4)
    result = forecast(meeting.session, meeting.agenda, meeting.slots,
                      lambda s: live.get(s.id, s.spoken_seconds), ZURICH_15H, now)
    assert result.end == now + timedelta(minutes=6 + 5 + 20 + 5)


def test_floor_requests_fill_the_interactive_discussion():
    meeting = demo_meeting()
    floor = next(i for i in meeting.agenda if i.kind is AgendaKind.INTERACTIVE_DISCUSSION)
    template = meeting.slots[-1]
    from dataclasses import replace

    for _ in range(5):
        meeting.slots.append(replace(template, id=f"floor{_}", agenda_item_id=floor.id,
                                     target_seconds=180, limit_seconds=180))
    result = forecast(meeting.session, meeting.agenda, meeting.slots, _spoken, None,
                      ZURICH_15H - timedelta(minutes=1))
    assert result.end == ZURICH_15H + timedelta(minutes=55)
    assert result.floor_requests_fit == 1


def test_a_rehearsal_on_another_day_keeps_the_planned_length():
    meeting = demo_meeting()
    started = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    window = meeting_window(meeting.session, started, started + timedelta(minutes=3))
    assert window.end - window.start == timedelta(minutes=60)
    not_started = meeting_window(meeting.session, None, started)  # never started: as planned
    assert not_started.start == meeting.session.planned_start()
