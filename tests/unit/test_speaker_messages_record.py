"""The chair's messages to the speaker are part of the meeting's record: the session file
carries them out and back (checked as strictly as the rest), an import keeps them tied to their
speakers, and a duplicated meeting starts without them, as without notes (they belong to the
meeting as held)."""

import json
from datetime import timedelta

import pytest

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.speaker_message import MESSAGE_MAX_CHARS, SpeakerMessage, UsualMessage
from roundtable_desktop.exchange.session_json import (
    MAX_PER_MEETING,
    meeting_from_dict,
    meeting_from_json,
    meeting_to_dict,
    read_session_json,
    write_session_json,
)
from roundtable_desktop.storage.library import renumbered
from tests.rehearsed_meeting import MEETING_START, rehearsed_meeting


def with_messages():
    meeting = rehearsed_meeting()
    first, second = meeting.slots[0], meeting.slots[1]
    sent = MEETING_START + timedelta(minutes=8)
    meeting.speaker_messages = [
        SpeakerMessage(meeting.session.id, "Please conclude", sent, UsualMessage.CONCLUDE, first.id,
                       cleared_at=sent + timedelta(seconds=40)),
        SpeakerMessage(meeting.session.id, "Merci de parler plus près du micro",
                       sent + timedelta(minutes=3), UsualMessage.TYPED, second.id),
        SpeakerMessage(meeting.session.id, "Two minutes to the break", sent + timedelta(minutes=4)),
    ]
    return meeting


def test_the_session_file_carries_the_messages_out_and_back(tmp_path):
    meeting = with_messages()
    path = write_session_json(meeting, tmp_path / "meeting.json")
    again = read_session_json(path)
    assert [(m.text, m.usual, m.slot_id, m.sent_at, m.cleared_at) for m in again.speaker_messages] == [
        (m.text, m.usual, m.slot_id, m.sent_at, m.cleared_at) for m in meeting.speaker_messages]
    assert meeting_to_dict(again) == meeting_to_dict(meeting)
    stored = json.loads(path.read_text(encoding="utf-8"))["speaker_messages"][0]
    assert stored["usual"] == "conclude" and stored["sent_at"].startswith("2021-05-17T13:08:00")


def test_a_file_without_messages_is_read_as_before():
    exported = meeting_to_dict(rehearsed_meeting())
    exported.pop("speaker_messages")
    assert meeting_from_dict(exported).speaker_messages == []


@pytest.mark.parametrize("change, message", [
    (lambda m: m.update(text=""), r"speaker_messages\[0\]\.text” must not be empty"),
    (lambda m: m.update(text="x" * (MESSAGE_MAX_CHARS + 1)), f"at most {MESSAGE_MAX_CHARS} characters"),
    (lambda m: m.update(text="Please\nconclude"), "must be one line"),
    (lambda m: m.update(usual="shout"), r"speaker_messages\[0\]\.usual.*must be one of"),
    (lambda m: m.update(slot_id="nobody"), "refers to a speaker slot that is not in the file"),
    (lambda m: m.update(session_id="elsewhere"), "belongs to another meeting"),
    (lambda m: m.pop("sent_at"), "has no “sent_at”"),
    (lambda m: m.update(sent_at="soon"), "not a datetime"),
    (lambda m: m.update(cleared_at="2021-05-17T12:00:00+00:00"), "before it was sent"),
])
def test_a_damaged_message_is_refused_by_name(change, message):
    exported = meeting_to_dict(with_messages())
    change(exported["speaker_messages"][0])
    with pytest.raises(InputError, match=message):
        meeting_from_dict(exported)


def test_a_file_with_more_messages_than_a_meeting_has_is_refused():
    exported = meeting_to_dict(with_messages())
    one = exported["speaker_messages"][2]
    too_many = MAX_PER_MEETING["speaker_messages"] + 1
    exported["speaker_messages"] = [dict(one, id=f"m{i}") for i in range(too_many)]
    with pytest.raises(InputError, match="5,001 records in “speaker_messages”; a meeting has at most 5,000"):
        meeting_from_json(json.dumps(exported))


def test_an_import_keeps_each_message_tied_to_its_speaker(library):
    meeting = with_messages()
    imported = library.add_meeting(renumbered(meeting))  # as the import stores it: fresh ids
    loaded = library.load_meeting(imported.session.id)
    assert [m.text for m in loaded.speaker_messages] == [m.text for m in meeting.speaker_messages]
    slot_ids = {s.id for s in loaded.slots}
    first, second, free = loaded.speaker_messages
    assert first.slot_id in slot_ids and second.slot_id in slot_ids and free.slot_id is None
    assert first.slot_id not in {s.id for s in meeting.slots}
    speaker = next(s for s in loaded.slots if s.id == first.slot_id)
    assert speaker.participant_id == next(
        p.id for p in loaded.participants if p.name == next(
            q.name for q in meeting.participants if q.id == meeting.slots[0].participant_id))
    assert first.cleared_at == meeting.speaker_messages[0].cleared_at


def test_a_duplicated_meeting_has_no_messages_as_it_has_no_notes(library):
    original = library.add_meeting(with_messages())
    copy = library.duplicate_meeting(original.session.id)
    assert library.load_meeting(copy.session.id).speaker_messages == []
    assert library.speaker_messages.for_session(copy.session.id) == []
    assert len(library.load_meeting(original.session.id).speaker_messages) == 3  # the original keeps them
