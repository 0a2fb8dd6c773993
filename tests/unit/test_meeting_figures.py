"""The meeting clock's figures as a chair expects them, for a meeting in the past never started,
today's meeting before its start, running, ended, and one dated next year: planned times until
the chair starts, figures from that start, what was held once it is over. Never bounded by the
distance to today (last year's meeting used to show "48587:09:20 elapsed", "2915182 min late")."""

from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.meeting_figures import LEFT_RUNNING, Progress, meeting_figures
from roundtable_desktop.domain.meeting_stage import Stage, counts_down, meeting_stage
from roundtable_desktop.exchange.demo import demo_meeting

START = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)  # the demo: 15.00-16.00 CEST
END = START + timedelta(hours=1)
TODAY = datetime(2026, 12, 2, 0, 40, tzinfo=UTC)


def _spoken(slot):
    return slot.spoken_seconds


def _figures(meeting, now):
    return meeting_figures(meeting.session, meeting.agenda, meeting.slots, _spoken, now)


def _stage(meeting, now):
    return meeting_stage(meeting.session, meeting.agenda, meeting.slots, now)


def _hold(meeting, started, lengths, finish=True):
    """The first speakers speak ``lengths`` seconds one after the other from ``started``."""
    moment = started
    for slot, seconds in zip(meeting.slots, lengths, strict=False):
        slot.actual_start, slot.spoken_seconds = moment, float(seconds)
        moment += timedelta(seconds=seconds)
        slot.actual_end, slot.state = moment, SlotState.DONE
    if finish:
        for slot in meeting.slots[len(lengths):]:
            slot.state = SlotState.WITHDRAWN
    return moment


def test_a_past_meeting_never_started_shows_its_planned_times_and_nothing_late():
    meeting = demo_meeting()
    figures = _figures(meeting, TODAY)
    assert figures.progress is Progress.PLANNED
    assert (figures.elapsed_seconds, figures.remaining_seconds) == (None, None)
    outlook = figures.forecast
    assert outlook.planned_end == END and not outlook.started
    assert outlook.late_seconds == 0 and outlook.is_on_time
    assert outlook.end == START + timedelta(minutes=40)  # the plan: 40 of 60 min of speakers
    assert outlook.floor_requests_fit == 6
    stage = _stage(meeting, TODAY)
    assert stage.stage is Stage.BEFORE and stage.planned_start == START
    assert not counts_down(stage)  # its planned date, not "About to begin"


def test_today_s_meeting_before_its_start_counts_down_and_is_not_late():
    meeting = demo_meeting()
    figures = _figures(meeting, START - timedelta(minutes=20))
    assert figures.progress is Progress.PLANNED and figures.elapsed_seconds is None
    assert figures.forecast.end == START + timedelta(minutes=40) and figures.forecast.late_seconds == 0
    stage = _stage(meeting, START - timedelta(minutes=20))
    assert counts_down(stage) and stage.seconds_to_start == 20 * 60
    late = _figures(meeting, START + timedelta(minutes=10))  # the chair has not started yet
    assert late.forecast.late_seconds == 0 and late.elapsed_seconds is None
    assert _stage(meeting, START + timedelta(minutes=10)).seconds_to_start == 0  # about to begin


def test_a_running_meeting_counts_from_the_chair_s_start():
    meeting = demo_meeting()
    started = START + timedelta(minutes=10)  # ten minutes late
    _hold(meeting, started, [1800], finish=False)  # the presentation took 30 of its 10 minutes
    now = started + timedelta(minutes=30)
    figures = _figures(meeting, now)
    assert figures.progress is Progress.RUNNING
    assert figures.elapsed_seconds == 30 * 60
    assert figures.remaining_seconds == int((END - now).total_seconds())
    # the rest of the programme: 5 + 4 x 5 + 5 min from now
    assert figures.forecast.end == now + timedelta(minutes=30)
    assert figures.forecast.late_minutes == 10
    assert _stage(meeting, now).stage is Stage.UNDER_WAY


def test_an_ended_meeting_shows_what_was_held_years_later():
    meeting = demo_meeting()
    ended = _hold(meeting, START, [600, 330, 400, 290, 450, 300])
    figures = _figures(meeting, TODAY)
    assert figures.progress is Progress.HELD
    assert figures.elapsed_seconds == int((ended - START).total_seconds()) == 2370
    assert figures.remaining_seconds is None
    assert figures.forecast.held and figures.forecast.end == ended
    assert figures.forecast.is_on_time and figures.forecast.floor_requests_fit == 0
    stage = _stage(meeting, TODAY)
    assert stage.stage is Stage.ENDED and stage.ended_at == ended


def test_a_meeting_of_another_day_left_with_its_queue_is_held_not_running():
    meeting = demo_meeting()
    last = _hold(meeting, START, [600, 2400], finish=False)  # four discussants never called
    figures = _figures(meeting, TODAY)
    assert figures.progress is Progress.HELD
    assert figures.elapsed_seconds == 3000
    assert figures.forecast.late_minutes == round((last - END).total_seconds() / 60) == -10
    assert _stage(meeting, TODAY).ended_at == last


def test_a_meeting_dated_next_year_shows_its_date_and_no_countdown():
    meeting = demo_meeting()
    meeting.session.date = date(2027, 5, 17)
    figures = _figures(meeting, TODAY)
    assert figures.progress is Progress.PLANNED and figures.elapsed_seconds is None
    assert figures.forecast.late_seconds == 0
    assert figures.forecast.planned_end == END.replace(year=2027)
    stage = _stage(meeting, TODAY)
    assert stage.stage is Stage.BEFORE and not counts_down(stage)


def test_a_rehearsal_started_today_keeps_the_planned_length_from_its_start():
    meeting = demo_meeting()
    started = TODAY - timedelta(minutes=5)
    _hold(meeting, started, [120], finish=False)
    figures = _figures(meeting, TODAY)
    assert figures.elapsed_seconds == 300
    assert figures.remaining_seconds == 55 * 60
    assert abs(figures.forecast.late_seconds) < 3600


MOMENTS = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                       timezones=st.just(UTC))


@settings(max_examples=300, deadline=None)
@given(meeting_day=st.dates(min_value=date(2015, 1, 1), max_value=date(2035, 1, 1)),
       now=MOMENTS, start_offset=st.integers(-7200, 4 * 3600),
       lengths=st.lists(st.integers(0, 3600), max_size=8),
       finish=st.booleans(), speaking=st.booleans())
def test_figures_are_bounded_by_the_meeting_s_own_times_never_by_the_distance_to_today(
        meeting_day, now, start_offset, lengths, finish, speaking):
    meeting = demo_meeting()
    meeting.session.date = meeting_day
    planned = meeting.session.planned_start()
    started = planned + timedelta(seconds=start_offset)
    last = _hold(meeting, started, lengths, finish=finish) if lengths else started
    if speaking and len(lengths) < len(meeting.slots):
        current = meeting.slots[len(lengths)]
        current.state, current.actual_start = SlotState.SPEAKING, last
    own = [planned, meeting.session.planned_end(), started, last]
    targets = sum(slot.target_seconds for slot in meeting.slots) + 3600
    bound = (max(own) - min(own)).total_seconds() + targets + LEFT_RUNNING.total_seconds()
    figures = _figures(meeting, now)
    for seconds in (figures.elapsed_seconds, figures.remaining_seconds, figures.forecast.late_seconds):
        assert seconds is None or abs(seconds) <= bound
    outlook = figures.forecast
    assert outlook.floor_requests_fit * outlook.floor_seconds <= targets + bound
    stage = _stage(meeting, now)
    assert not counts_down(stage) or (stage.seconds_to_start or 0) < 24 * 3600
    if figures.progress is Progress.PLANNED:
        assert outlook.late_seconds == 0 and figures.elapsed_seconds is None
