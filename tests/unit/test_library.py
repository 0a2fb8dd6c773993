from datetime import UTC, date, datetime, time

import pytest

from roundtable_desktop.domain.enums import NoteKind, SlotState
from roundtable_desktop.domain.errors import InputError, NotFoundError
from roundtable_desktop.domain.model import Note, Session
from roundtable_desktop.exchange.demo import DEMO_QUESTIONS, DEMO_TITLE


def test_the_demo_meeting_is_stored_whole(library, demo):
    meeting = library.load_meeting(demo.session.id)
    assert meeting.session.title == DEMO_TITLE
    assert meeting.session.date == date(2021, 5, 17)
    assert (meeting.session.start_time, meeting.session.end_time) == (time(15), time(16))
    assert meeting.session.timezone == "Europe/Zurich"
    assert meeting.session.focus_sdgs == (1, 2, 3, 8, 10, 12, 13, 16, 17)
    assert [q.text for q in meeting.questions] == list(DEMO_QUESTIONS)
    assert [q.label for q in meeting.questions] == ["Q1", "Q2", "Q3"]
    assert sum(item.planned_minutes for item in meeting.agenda) == 60
    discussants = [s for s in meeting.slots if (s.target_seconds, s.limit_seconds) == (300, 420)]
    assert len(discussants) == 4
    names = {p.id: p.name for p in meeting.participants}
    assert [names[s.participant_id] for s in discussants] == [f"Discussant {n}" for n in range(1, 5)]


def test_the_demo_starts_at_15_cest(demo):
    start = demo.session.planned_start()
    assert start.tzname() == "CEST"
    assert start.astimezone(UTC) == datetime(2021, 5, 17, 13, 0, tzinfo=UTC)


def test_every_record_has_a_uuid_and_utc_timestamps(library, demo):
    meeting = library.load_meeting(demo.session.id)
    for record in (meeting.session, *meeting.agenda, *meeting.questions, *meeting.participants,
                   *meeting.slots):
        assert len(record.id) == 36
        assert datetime.fromisoformat(record.created_at).utcoffset().total_seconds() == 0
        assert record.updated_at >= record.created_at


def test_a_meeting_is_found_by_prefix_or_latest(library, demo):
    other = library.sessions.add(Session(title="Older meeting", date=date(2020, 1, 1)))
    assert library.sessions.resolve(demo.session.id[:8]).id == demo.session.id
    assert library.sessions.resolve(other.id).title == "Older meeting"
    assert library.sessions.resolve("latest").id == demo.session.id
    with pytest.raises(NotFoundError):
        library.sessions.resolve("ffffffff")
    with pytest.raises(InputError):
        library.sessions.resolve("a")


def test_the_prefix_search_treats_wildcards_literally(library, demo):
    with pytest.raises(NotFoundError):
        library.sessions.resolve("%%%%")


def test_duplicating_copies_the_set_up_but_not_the_notes_or_times(library, demo):
    slot = demo.slots[0]
    slot.state, slot.spoken_seconds = SlotState.DONE, 412.0
    library.slots.update(slot)
    library.notes.add(Note(session_id=demo.session.id, text="Kept only in the original",
                           participant_id=slot.participant_id, slot_id=slot.id))
    copy = library.duplicate_meeting(demo.session.id)
    loaded = library.load_meeting(copy.session.id)
    assert loaded.session.title.endswith("(copy)")
    assert loaded.notes == []
    assert len(loaded.slots) == len(demo.slots)
    assert all(s.state is SlotState.QUEUED and s.spoken_seconds == 0 for s in loaded.slots)
    participant_ids = {p.id for p in loaded.participants}
    assert all(s.participant_id in participant_ids for s in loaded.slots)
    assert participant_ids.isdisjoint({p.id for p in demo.participants})


def test_deleting_a_meeting_deletes_everything_in_it(library, demo):
    library.notes.add(Note(session_id=demo.session.id, text="gone"))
    library.delete_meeting(demo.session.id)
    for table in ("agenda_item", "guiding_question", "participant", "speaker_slot", "note"):
        assert library.database.query(f"SELECT COUNT(*) FROM {table}")[0][0] == 0


def test_notes_keep_their_kind_sdgs_and_key_message_mark(library, demo):
    note = library.notes.add(Note(session_id=demo.session.id, text="Fund the labs",
                                  kind=NoteKind.COMMITMENT, sdgs=(9, 17), key_message=True,
                                  meeting_offset_seconds=754))
    again = library.notes.get(note.id)
    assert (again.kind, again.sdgs, again.key_message, again.meeting_offset_seconds) == (
        NoteKind.COMMITMENT, (9, 17), True, 754)


def test_the_current_speaker_is_the_running_one_else_the_last_who_spoke(library, demo):
    first, second = demo.slots[0], demo.slots[1]
    assert library.slots.current(demo.session.id) is None
    first.state, first.actual_end = SlotState.DONE, datetime(2021, 5, 17, 13, 10, tzinfo=UTC)
    library.slots.update(first)
    assert library.slots.current(demo.session.id).id == first.id
    second.state = SlotState.SPEAKING
    second.last_started_at = datetime(2021, 5, 17, 13, 10, tzinfo=UTC)
    library.slots.update(second)
    assert library.slots.current(demo.session.id).id == second.id


def test_reordering_is_stored(library, demo):
    ids = [item.id for item in demo.agenda][::-1]
    library.agenda.reorder(ids)
    assert [item.id for item in library.agenda.for_session(demo.session.id)] == ids
