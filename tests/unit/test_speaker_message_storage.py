"""Messages to the speaker are kept in the meeting's record, with their times, through the one
change path."""

from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.changes import RecordKind
from roundtable_desktop.domain.model import Meeting
from roundtable_desktop.domain.speaker_message import UsualMessage, shown_message
from roundtable_desktop.storage.library import Library

AT = datetime(2026, 3, 2, 9, 5, tzinfo=UTC)


def test_a_sent_message_is_stored_with_its_time_and_announced(library: Library, demo: Meeting) -> None:
    heard = []
    library.feed.subscribe(heard.append)
    slot = demo.slots[0]
    library.speaker_messages.send(demo.session.id, "Please conclude", UsualMessage.CONCLUDE,
                                  slot.id, AT)
    [stored] = library.speaker_messages.for_session(demo.session.id)
    assert (stored.text, stored.usual, stored.slot_id, stored.sent_at) == (
        "Please conclude", UsualMessage.CONCLUDE, slot.id, AT)
    assert heard[-1].touches(RecordKind.SPEAKER_MESSAGE)


def test_a_new_message_clears_the_one_shown_and_clearing_is_stored(library: Library,
                                                                   demo: Meeting) -> None:
    sid, slot = demo.session.id, demo.slots[0].id
    messages = library.speaker_messages
    first = messages.send(sid, "One minute left", UsualMessage.ONE_MINUTE, slot, AT)
    second = messages.send(sid, "Please conclude", UsualMessage.CONCLUDE, slot,
                           AT + timedelta(seconds=40))
    stored = {m.id: m for m in messages.for_session(sid)}
    assert stored[first.id].cleared_at == AT + timedelta(seconds=40)
    messages.clear(stored[second.id], AT + timedelta(seconds=60))
    assert shown_message(messages.for_session(sid), slot) is None
    assert messages.get(second.id).cleared_at == AT + timedelta(seconds=60)


def test_messages_survive_reopening_the_library(library_path, demo: Meeting, library: Library) -> None:
    library.speaker_messages.send(demo.session.id, "Time is up", UsualMessage.TIME_UP,
                                  demo.slots[0].id, AT)
    library.close()
    again = Library.open(library_path)
    try:
        shown = shown_message(again.speaker_messages.for_session(demo.session.id), demo.slots[0].id)
        assert shown is not None and shown.text == "Time is up"
    finally:
        again.close()


def test_removing_the_meeting_removes_its_messages(library: Library, demo: Meeting) -> None:
    library.speaker_messages.send(demo.session.id, "Time is up", UsualMessage.TIME_UP, None, AT)
    library.sessions.delete(demo.session.id)
    assert library.speaker_messages.for_session(demo.session.id) == []
