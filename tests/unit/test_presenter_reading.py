"""The browser view's reading says what the presenter display shows: the chair's message while
its speaker holds the floor, the language of the turn in the display's words, a countdown to
the start before the meeting and the end after the last speaker."""

import time
from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.ids import utc_now
from roundtable_desktop.domain.speaker_list import SpeakerList
from roundtable_desktop.domain.speaker_message import UsualMessage
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.link.presenter_view import presenter_reading
from roundtable_desktop.storage.library import Library


@pytest.fixture
def meeting():
    library = Library.in_memory()
    session_id = library.add_meeting(demo_meeting()).session.id
    yield library, session_id
    library.close()


def _store(library, changes) -> None:
    for slot in changes.slots:
        library.slots.update(slot)
    for item in changes.items:
        library.agenda.update(item)


def _speakers(library, session_id) -> SpeakerList:
    return SpeakerList(library.slots.for_session(session_id), library.agenda.for_session(session_id),
                       time.monotonic, utc_now)


def test_the_chairs_message_is_in_the_reading_until_cleared_or_the_speaker_changes(meeting):
    library, session_id = meeting
    speakers = _speakers(library, session_id)
    _store(library, speakers.toggle())  # F5
    current = speakers.current
    assert presenter_reading(library, session_id)["message"] == ""
    sent = library.speaker_messages.send(session_id, "Please conclude", UsualMessage.CONCLUDE,
                                         current.id, utc_now())
    reading = presenter_reading(library, session_id)
    assert reading["message"] == "Please conclude"
    assert reading["state"] and reading["limit"] > 0  # the countdown is still there
    library.speaker_messages.clear(sent, utc_now())
    assert presenter_reading(library, session_id)["message"] == ""
    library.speaker_messages.send(session_id, "Time is up", UsualMessage.TIME_UP, current.id, utc_now())
    assert presenter_reading(library, session_id)["message"] == "Time is up"
    _store(library, _speakers(library, session_id).end_and_next())  # F6: the next speaker
    assert presenter_reading(library, session_id)["message"] == ""


def test_the_speakers_language_is_said_as_on_the_presenter_display(meeting):
    library, session_id = meeting
    speakers = _speakers(library, session_id)
    _store(library, speakers.toggle())
    person = library.participants.get(speakers.current.participant_id)
    person.language, person.function, person.organisation = "fr", "Minister of ICT", "Rwanda"
    library.participants.update(person)
    reading = presenter_reading(library, session_id)
    assert reading["function"] == "Speaks French \u00b7 Minister of ICT, Rwanda"
    assert reading["language"] == "French"
    slot = library.slots.get(speakers.current.id)
    slot.language = "Kiswahili"  # this turn's own language
    library.slots.update(slot)
    assert presenter_reading(library, session_id)["function"] == \
        "Speaks Kiswahili \u00b7 Minister of ICT, Rwanda"
    person.language, slot.language = "", ""
    library.participants.update(person)
    library.slots.update(slot)
    assert presenter_reading(library, session_id)["function"] == "Minister of ICT, Rwanda"


def test_before_the_meeting_the_reading_counts_down_to_the_start(meeting):
    library, session_id = meeting
    session = library.sessions.get(session_id)
    now = datetime(2026, 5, 17, 12, 55, 48, tzinfo=UTC)
    zurich = now.astimezone(session.zone())
    start = zurich + timedelta(minutes=4, seconds=12)
    session.date, session.start_time = start.date(), start.time().replace(second=0)
    library.sessions.update(session)
    reading = presenter_reading(library, session_id, now)
    expected = (datetime.combine(start.date(), start.time().replace(second=0), tzinfo=session.zone())
                - now).total_seconds()
    assert reading["stage"] == "before"
    assert reading["starts_in"] == expected
    # to the millisecond: the page counts on from it without losing the part of a second
    later = presenter_reading(library, session_id, now + timedelta(seconds=0.25))
    assert later["starts_in"] == expected - 0.25
    assert reading["planned_start"] == start.strftime("%H:%M")
    assert reading["speaker"] == "" and reading["next"]  # the first speaker is named, nobody speaks
    far = presenter_reading(library, session_id, now - timedelta(days=3))
    assert far["starts_in"] is None and far["planned_start"] == start.strftime("%Y-%m-%d %H:%M")


def test_after_the_last_speaker_the_reading_shows_the_end(meeting):
    library, session_id = meeting
    ended = datetime(2021, 5, 17, 14, 2, tzinfo=UTC)
    for slot in library.slots.for_session(session_id):
        slot.state, slot.actual_start, slot.actual_end = SlotState.DONE, ended - timedelta(minutes=5), ended
        library.slots.update(slot)
    reading = presenter_reading(library, session_id)
    assert reading["stage"] == "ended"
    assert reading["ended_at"] == "16:02"  # in the meeting's own zone (Zurich, summer)
    assert reading["speaker"] == "" and reading["next"] == ""
