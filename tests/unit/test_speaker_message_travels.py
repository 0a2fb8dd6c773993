"""The chair's messages to the speaker travel to the other laptop with their ids (meeting file and
live link): row versions and tombstones like every other record of a meeting, and a message
changed on both laptops is kept as on the chair's, which owns it."""

import json
from datetime import timedelta

import pytest

from roundtable_desktop.domain.ids import utc_now
from roundtable_desktop.domain.speaker_message import UsualMessage, shown_message
from roundtable_desktop.exchange.meeting_file import changes_from_json, write_meeting_file
from roundtable_desktop.storage.meeting_rows import changes_since
from tests.merge_support import meeting_file, receive, send, speaker_messages, two_laptops


@pytest.fixture
def laptops():
    pair = two_laptops()
    yield pair
    pair.close()


def _speaking_slot(library, session_id):
    return library.load_meeting(session_id).slots[0]


def test_a_message_reaches_the_other_laptop_with_its_id_and_time(laptops, tmp_path):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    slot = _speaking_slot(chair, session_id)
    chair.speaker_messages.send(session_id, "Please conclude", UsualMessage.CONCLUDE, slot.id, utc_now())
    sent = chair.speaker_messages.for_session(session_id)[0]  # as stored, to the millisecond
    path = write_meeting_file(changes_since(chair.database, session_id), tmp_path / "m.roundtable-meeting")
    assert "Please conclude" in path.read_text(encoding="utf-8")
    report = send(chair, rapporteur, session_id)
    assert report.added == {"speaker_message": 1}
    received = rapporteur.speaker_messages.for_session(session_id)
    assert [(m.id, m.text, m.usual, m.slot_id, m.sent_at) for m in received] == \
        [(sent.id, "Please conclude", UsualMessage.CONCLUDE, slot.id, sent.sent_at)]
    assert shown_message(received, slot.id) is not None
    assert not send(chair, rapporteur, session_id).changed_anything  # the same again: nothing


def test_a_cleared_message_is_cleared_on_the_other_laptop(laptops):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    slot = _speaking_slot(chair, session_id)
    sent = chair.speaker_messages.send(session_id, "Time is up", UsualMessage.TIME_UP, slot.id, utc_now())
    send(chair, rapporteur, session_id)
    chair.speaker_messages.clear(sent, utc_now())
    report = send(chair, rapporteur, session_id)
    assert report.updated == {"speaker_message": 1}
    assert shown_message(rapporteur.speaker_messages.for_session(session_id), slot.id) is None


def test_a_message_changed_on_both_laptops_is_kept_as_on_the_chairs(laptops):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    slot = _speaking_slot(chair, session_id)
    sent = chair.speaker_messages.send(session_id, "One minute left", UsualMessage.ONE_MINUTE, slot.id,
                                       utc_now())
    send(chair, rapporteur, session_id)
    chair.speaker_messages.clear(sent, utc_now())  # the chair clears it
    theirs = rapporteur.speaker_messages.for_session(session_id)[0]
    later = utc_now() + timedelta(minutes=5)  # the rapporteur's change is the newer one
    rapporteur.speaker_messages.clear(theirs, later)
    first = send(rapporteur, chair, session_id)
    send(chair, rapporteur, session_id)
    assert speaker_messages(chair, session_id) == speaker_messages(rapporteur, session_id)
    kept = chair.speaker_messages.for_session(session_id)[0]
    assert kept.cleared_at is not None and kept.cleared_at < later  # the chair's clearing
    assert any("message to the speaker" in line and "the chair's laptop" in line for line in first.by_rule)
    assert not first.choices


def test_a_message_s_deletion_travels_as_a_tombstone(laptops):
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    sent = chair.speaker_messages.send(session_id, "Closer to the microphone", UsualMessage.MICROPHONE,
                                       None, utc_now())
    send(chair, rapporteur, session_id)
    with chair.database.transaction() as connection:
        connection.execute("DELETE FROM speaker_message WHERE id = ?", (sent.id,))
    changes = changes_since(chair.database, session_id)
    assert [(t.id, t.kind) for t in changes.tombstones] == [(sent.id, "speaker_message")]
    report = send(chair, rapporteur, session_id)
    assert report.deleted == {"speaker_message": 1}
    assert rapporteur.speaker_messages.for_session(session_id) == []


def test_a_meeting_file_without_messages_still_merges(laptops):
    """A file written before messages travelled has no ``speaker_message`` records."""
    data = json.loads(json.dumps(meeting_file(laptops.chair, laptops.session_id)))
    del data["records"]["speaker_message"]
    assert changes_from_json(json.dumps(data)).records["speaker_message"] == []


def test_messages_stored_before_they_travelled_are_in_the_next_snapshot(tmp_path):
    """A library whose messages were stored at schema 9 (before they had row versions): after
    the upgrade, the whole meeting sent to another laptop carries them."""
    import re
    import sqlite3

    from roundtable_desktop.domain.model import Note
    from roundtable_desktop.exchange.demo import demo_meeting
    from roundtable_desktop.storage.library import Library
    from roundtable_desktop.storage.schema import MIGRATIONS

    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    session_id = library.add_meeting(demo_meeting()).session.id
    sent = library.speaker_messages.send(session_id, "Please conclude", UsualMessage.CONCLUDE, None,
                                         utc_now())
    library.notes.add(Note(session_id, "Typed before the upgrade."))
    library.close()
    connection = sqlite3.connect(path)
    with connection:  # back to schema 9: migration 10's triggers, index and columns taken off
        script = dict(MIGRATIONS)[10]
        for trigger in re.findall(r"CREATE TRIGGER (\w+)", script):
            connection.execute(f"DROP TRIGGER {trigger}")
        for index in re.findall(r"CREATE INDEX (\w+)", script):
            connection.execute(f"DROP INDEX {index}")
        for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", script):
            connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        for later in (number for number, _ in MIGRATIONS if number > 10):  # their columns too
            for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", dict(MIGRATIONS)[later]):
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("UPDATE note SET row_seq = 0")  # as rows stored before schema 3 are
        connection.execute("PRAGMA user_version = 9")
    connection.close()
    library = Library.open(path)
    try:
        changes = changes_since(library.database, session_id)
        assert [m.id for m in changes.records["speaker_message"]] == [sent.id]
        assert len(changes.records["note"]) == len(library.notes.for_session(session_id))
        rapporteur = Library.in_memory()
        receive(rapporteur, meeting_file(library, session_id))
        assert [m.id for m in rapporteur.speaker_messages.for_session(session_id)] == [sent.id]
        rapporteur.close()
    finally:
        library.close()
