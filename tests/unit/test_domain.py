from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.durations import mmss
from roundtable_desktop.domain.meeting_time import meeting_offset_seconds
from roundtable_desktop.domain.model import AgendaItem, Session, meeting_zone
from roundtable_desktop.domain.sdgs import ordered_sdgs, parse_sdgs


def test_fixed_offsets_and_iana_zones_are_understood():
    assert meeting_zone("UTC+2").utcoffset(None) == timedelta(hours=2)
    assert meeting_zone("UTC-03:30").utcoffset(None) == timedelta(hours=-3, minutes=-30)
    assert meeting_zone("Europe/Zurich").key == "Europe/Zurich"
    assert meeting_zone("Not/AZone").key == "UTC"


def test_a_meeting_across_midnight_still_has_its_length():
    session = Session(title="Late", start_time=time(23, 30), end_time=time(0, 30))
    assert session.planned_minutes == 60


def test_the_focus_sdgs_come_first_then_the_rest_in_order():
    order = ordered_sdgs((17, 3))
    assert order[:2] == [3, 17]
    assert sorted(order) == list(range(1, 18))


def test_sdg_lists_are_read_leniently():
    assert parse_sdgs("SDG 1, 2;17, 99, x") == (1, 2, 17)


@given(st.integers(min_value=-10_000, max_value=10_000))
def test_mmss_reads_back_to_the_same_seconds(seconds: int):
    text = mmss(seconds)
    sign = -1 if text.startswith("-") else 1
    minutes, secs = text.lstrip("-").split(":")
    assert sign * (int(minutes) * 60 + int(secs)) == seconds


def test_the_meeting_clock_runs_from_the_actual_start_else_the_planned_one():
    session = Session(title="M", date=date(2021, 5, 17), start_time=time(15), end_time=time(16),
                      timezone="Europe/Zurich")
    planned = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)
    assert meeting_offset_seconds(session, [], [], planned + timedelta(minutes=5)) == 300
    assert meeting_offset_seconds(session, [], [], planned - timedelta(minutes=5)) is None
    late = AgendaItem(session_id=session.id, title="Opening",
                      actual_start=planned + timedelta(minutes=10))
    assert meeting_offset_seconds(session, [late], [], planned + timedelta(minutes=15)) == 300


def test_a_rehearsal_long_after_the_planned_date_has_no_meeting_time_until_it_starts():
    session = Session(title="M", date=date(2021, 5, 17), start_time=time(15), end_time=time(16),
                      timezone="Europe/Zurich")
    years_later = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert meeting_offset_seconds(session, [], [], years_later) is None
    started = AgendaItem(session_id=session.id, title="Opening",
                         actual_start=years_later - timedelta(minutes=2))
    assert meeting_offset_seconds(session, [started], [], years_later) == 120


def test_a_note_added_long_after_the_meeting_ended_has_no_meeting_time():
    session = Session(title="M", date=date(2021, 5, 17), start_time=time(15), end_time=time(16),
                      timezone="Europe/Zurich")
    began = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)
    held = AgendaItem(session_id=session.id, title="Opening", actual_start=began,
                      actual_end=began + timedelta(hours=1))
    assert meeting_offset_seconds(session, [held], [], began + timedelta(hours=2)) == 7200  # that evening
    assert meeting_offset_seconds(session, [held], [], datetime(2026, 11, 25, 9, 0, tzinfo=UTC)) is None
    again = AgendaItem(session_id=session.id, title="Resumed", actual_start=began + timedelta(days=1))
    assert meeting_offset_seconds(session, [held, again], [], began + timedelta(days=1, minutes=1)) == 86460
