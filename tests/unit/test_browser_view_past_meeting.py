"""The browser view reads the same figures as the presenter display for a meeting of another
day: last year's demo never started shows its planned date (no "About to begin"), and a
meeting held then shows its end, never a countdown or a stale speaker."""

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.link.presenter_view import presenter_reading
from roundtable_desktop.storage.library import Library

TODAY = datetime(2026, 12, 2, 0, 40, tzinfo=UTC)
START = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)


def test_last_year_s_demo_shows_its_planned_date_in_the_browser():
    library = Library.in_memory()
    session_id = library.add_meeting(demo_meeting()).session.id
    reading = presenter_reading(library, session_id, TODAY)
    assert reading["stage"] == "before" and reading["starts_in"] is None
    assert reading["planned_start"] == "2021-05-17 15:00"
    library.close()


def test_a_meeting_held_in_2021_left_with_its_queue_shows_its_end_in_the_browser():
    library = Library.in_memory()
    session_id = library.add_meeting(demo_meeting()).session.id
    first = sorted(library.slots.for_session(session_id), key=lambda s: s.position)[0]
    library.slots.update(replace(first, state=SlotState.DONE, spoken_seconds=600.0, actual_start=START,
                                 actual_end=START + timedelta(minutes=10)))
    reading = presenter_reading(library, session_id, TODAY)
    assert reading["stage"] == "ended" and reading["ended_at"] == "15:10"
    assert reading["starts_in"] is None
    library.close()
