"""A note's speaker marked as not sure (written while the link was lost): stored (schema 13),
carried by the meeting file, the session JSON and the merge with its row version, and tied to
the speaker the chair's record names for its time, through the change path."""

import re
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.session_json import meeting_from_dict, meeting_to_dict
from roundtable_desktop.storage.database import Database
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.schema import LATEST_VERSION, MIGRATIONS
from roundtable_desktop.storage.unsure_speakers import settle_unsure_speakers
from tests.merge_support import send, shown, two_laptops

START = datetime(2026, 5, 17, 15, 0, tzinfo=UTC)


@pytest.fixture
def laptops():
    pair = two_laptops()
    yield pair
    pair.close()


def _unsure_note(library: Library, session_id: str, text: str, offset: int | None = 30) -> Note:
    slot = library.slots.for_session(session_id)[0]
    return library.notes.add(Note(session_id, text, slot_id=slot.id, participant_id=slot.participant_id,
                                  meeting_offset_seconds=offset, speaker_unsure=True))


def _turns(library: Library, session_id: str, lengths: list[int]) -> list:
    """The chair's record: the first speakers' turns one after the other from START."""
    slots = library.slots.for_session(session_id)[:len(lengths)]
    at = START
    for slot, length in zip(slots, lengths, strict=True):
        slot.state, slot.actual_start, slot.actual_end = SlotState.DONE, at, at + timedelta(seconds=length)
        library.slots.update(slot)
        at += timedelta(seconds=length)
    return slots


_UNSURE = next(number for number, script in MIGRATIONS if "speaker_unsure" in script)


def test_the_migration_marks_no_note_and_a_marked_note_is_stored(tmp_path):
    path = tmp_path / "library.sqlite"
    Database.open(path).close()
    connection = sqlite3.connect(path)
    with connection:  # back to the schema before, a note stored then
        connection.execute("ALTER TABLE note DROP COLUMN speaker_unsure")
        for later in (number for number, _ in MIGRATIONS if number > _UNSURE):  # their columns too
            for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", dict(MIGRATIONS)[later]):
                connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("INSERT INTO session (id, created_at, updated_at, title) "
                           "VALUES ('s', 'x', 'x', 'M')")
        connection.execute("INSERT INTO note (id, created_at, updated_at, session_id, kind, text) "
                           "VALUES ('n', 'x', 'x', 's', 'key_point', 'Typed before the mark.')")
        connection.execute(f"PRAGMA user_version = {_UNSURE - 1}")
    connection.close()
    library = Library.open(path)
    try:
        assert library.database.version == LATEST_VERSION
        assert library.notes.get("n").speaker_unsure is False
        marked = library.notes.add(Note("s", "While the link was lost.", speaker_unsure=True))
        assert library.notes.get(marked.id).speaker_unsure is True
    finally:
        library.close()


def test_the_mark_travels_in_the_meeting_file_and_a_merge_keeps_it(laptops):
    note = _unsure_note(laptops.rapporteur, laptops.session_id, "Who said it?")
    send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert laptops.chair.notes.get(note.id).speaker_unsure is True
    # the chair's laptop edits the note's text while the rapporteur's edits its kind: changed on
    # both, the rapporteur's laptop owns notes, and the mark stays
    on_chair = laptops.chair.notes.get(note.id)
    on_chair.text = "Who said it? (chair)"
    laptops.chair.notes.update(on_chair)
    on_rapporteur = laptops.rapporteur.notes.get(note.id)
    on_rapporteur.key_message = True
    laptops.rapporteur.notes.update(on_rapporteur)
    send(laptops.chair, laptops.rapporteur, laptops.session_id)
    send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert laptops.chair.notes.get(note.id).speaker_unsure is True
    assert laptops.rapporteur.notes.get(note.id).speaker_unsure is True
    assert shown(laptops.chair, laptops.session_id) == shown(laptops.rapporteur, laptops.session_id)


def test_a_confirmed_speaker_clears_the_mark_on_the_other_laptop_too(laptops):
    note = _unsure_note(laptops.rapporteur, laptops.session_id, "Confirmed later.")
    send(laptops.rapporteur, laptops.chair, laptops.session_id)
    confirmed = laptops.rapporteur.notes.get(note.id)
    confirmed.speaker_unsure = False
    laptops.rapporteur.notes.update(confirmed)
    send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert laptops.chair.notes.get(note.id).speaker_unsure is False


def test_the_mark_is_in_the_session_json_and_read_back(laptops):
    _unsure_note(laptops.rapporteur, laptops.session_id, "In the file.")
    data = meeting_to_dict(laptops.rapporteur.load_meeting(laptops.session_id))
    marked = [n for n in data["notes"] if n["text"] == "In the file."]
    assert marked[0]["speaker_unsure"] is True
    assert [n.speaker_unsure for n in meeting_from_dict(data).notes if n.text == "In the file."] == [True]
    del marked[0]["speaker_unsure"]  # a file from before the mark: no note is marked
    assert not any(n.speaker_unsure for n in meeting_from_dict(data).notes)


def test_the_chairs_record_ties_the_note_to_the_speaker_at_its_time(laptops):
    library, sid = laptops.rapporteur, laptops.session_id
    first, second = _turns(library, sid, [60, 60])
    guessed = _unsure_note(library, sid, "Said by the second speaker.", offset=75)  # guessed: first
    unknown = _unsure_note(library, sid, "Said after both turns.", offset=500)
    heard = []
    library.change_path.feed.subscribe(heard.append)
    settled = settle_unsure_speakers(library, sid)
    assert [(s.note_id, s.guessed_participant_id, s.participant_id, s.differs) for s in settled] == [
        (guessed.id, first.participant_id, second.participant_id, True)]
    tied = library.notes.get(guessed.id)
    assert (tied.slot_id, tied.participant_id) == (second.id, second.participant_id)
    assert tied.speaker_unsure is False
    assert library.notes.get(unknown.id).speaker_unsure is True  # the record cannot tell: kept
    assert len(heard) == 1 and guessed.id in {c.id for c in heard[0].changes}
    assert settle_unsure_speakers(library, sid) == []  # nothing twice


def _untimed_note(library: Library, sid: str, text: str, moment: datetime, offset: int | None) -> Note:
    """Written while the link was lost before the meeting's start reached this laptop: timed from
    the planned start (``offset``), the moment kept."""
    return library.notes.add(Note(sid, text, meeting_offset_seconds=offset, speaker_unsure=True,
                                  meeting_moment=moment))


def test_a_time_not_sure_is_counted_from_the_chairs_start_once_it_is_known(laptops):
    library, sid = laptops.rapporteur, laptops.session_id
    planned = START - timedelta(minutes=4)  # the chair started four minutes late
    during = _untimed_note(library, sid, "In the first turn.", START + timedelta(seconds=30), 270)
    before = _untimed_note(library, sid, "Before the start.", START - timedelta(seconds=50), 190)
    assert planned + timedelta(seconds=270) == during.meeting_moment
    assert settle_unsure_speakers(library, sid) == []  # no start known yet: the marks stay
    assert library.notes.get(during.id).meeting_moment == during.meeting_moment
    first, _ = _turns(library, sid, [60, 60])  # the chair's record arrives
    settled = settle_unsure_speakers(library, sid)
    timed = library.notes.get(during.id)
    assert (timed.meeting_offset_seconds, timed.meeting_moment) == (30, None)
    assert (timed.participant_id, timed.speaker_unsure) == (first.participant_id, False)
    assert [s.meeting_offset_seconds for s in settled] == [30]
    early = library.notes.get(before.id)  # before the meeting began: no meeting time, and sure
    assert (early.meeting_offset_seconds, early.meeting_moment, early.speaker_unsure) == (None, None, True)
    assert settle_unsure_speakers(library, sid) == []
    assert library.notes.get(during.id) == timed  # nothing twice


def test_the_moment_travels_in_the_meeting_file_and_the_session_json(laptops):
    moment = START + timedelta(seconds=42)
    note = _untimed_note(laptops.rapporteur, laptops.session_id, "Time not sure.", moment, 282)
    send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert laptops.chair.notes.get(note.id).meeting_moment == moment
    data = meeting_to_dict(laptops.rapporteur.load_meeting(laptops.session_id))
    [written] = [n for n in data["notes"] if n["text"] == "Time not sure."]
    assert [n.meeting_moment for n in meeting_from_dict(data).notes if n.text == "Time not sure."] == [moment]
    del written["meeting_moment"]  # a file from before: every time is sure
    assert not any(n.meeting_moment for n in meeting_from_dict(data).notes)
