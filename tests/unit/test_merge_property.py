"""Random edits on the chair's and the rapporteur's laptops, merged both ways in any order, give
identical meetings, with no record lost that neither laptop deleted."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.ids import utc_now
from roundtable_desktop.domain.model import Note, Participant, SpeakerSlot
from roundtable_desktop.domain.speaker_message import UsualMessage
from roundtable_desktop.domain.text import clean_text
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.notes import WriteUps
from tests.merge_support import (
    deleted_ids,
    ids_of,
    meeting_file,
    receive,
    shown,
    speaker_messages,
    two_laptops,
)

EDITS = ("add_note", "edit_note", "delete_note", "agenda_title", "delete_agenda", "add_participant",
         "rename_participant", "delete_participant", "synthesis", "key_messages", "question_text",
         "slot_clock", "add_slot", "session_title", "send_message", "clear_message",
         "summary_choices")
edit = st.tuples(st.sampled_from(EDITS), st.integers(0, 50),
                 st.text(min_size=1, max_size=12).map(clean_text))  # cleaned as typing is
ORDERS = ("at_once", "chair_first", "rapporteur_first")


def _pick(records: list, index: int):
    return records[index % len(records)] if records else None


def apply_edit(library: Library, session_id: str, kind: str, index: int, text: str) -> None:
    meeting = library.load_meeting(session_id)
    target = {"edit_note": meeting.notes, "delete_note": meeting.notes, "agenda_title": meeting.agenda,
              "delete_agenda": meeting.agenda, "rename_participant": meeting.participants,
              "delete_participant": meeting.participants, "synthesis": meeting.questions,
              "question_text": meeting.questions, "slot_clock": meeting.slots,
              "add_note": meeting.slots, "add_slot": meeting.participants, "send_message": meeting.slots,
              "clear_message": library.speaker_messages.for_session(session_id)
              }.get(kind, [meeting.session])
    record = _pick(target, index)
    if record is None:
        return
    if kind == "add_note":
        library.notes.add(Note(session_id, text, slot_id=record.id, participant_id=record.participant_id))
    elif kind == "edit_note":
        record.text = text
        library.notes.update(record)
    elif kind in ("delete_note", "delete_agenda", "delete_participant"):
        {"delete_note": library.notes, "delete_agenda": library.agenda,
         "delete_participant": library.participants}[kind].delete(record.id)
    elif kind == "agenda_title":
        record.title = text
        library.agenda.update(record)
    elif kind == "add_participant":
        library.participants.add(Participant(session_id, text))
    elif kind == "rename_participant":
        record.name = text
        library.participants.update(record)
    elif kind == "synthesis":
        WriteUps(library.database).set_synthesis(record.id, text)
    elif kind == "key_messages":
        WriteUps(library.database).set_key_messages(session_id, text)
    elif kind == "question_text":
        record.text = text
        library.questions.update(record)
    elif kind == "slot_clock":
        record.state, record.spoken_seconds = SlotState.DONE, float(index)
        library.slots.update(record)
    elif kind == "add_slot":
        library.slots.add(SpeakerSlot(session_id, record.id, position=index))
    elif kind == "send_message":  # to the speaker of a random slot, a usual one or typed
        usual = list(UsualMessage)[index % len(UsualMessage)]
        library.speaker_messages.send(session_id, text, usual, record.id, utc_now())
    elif kind == "clear_message":
        library.speaker_messages.clear(record, utc_now())
    elif kind == "session_title":
        record.title = text
        library.sessions.update(record)
    elif kind == "summary_choices":  # the Export dialog's language and introduction
        record.summary_language = ("ar", "zh", "en", "fr", "ru", "es")[index % 6]
        record.introduction = text
        library.sessions.update(record)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chair_edits=st.lists(edit, max_size=12), rapporteur_edits=st.lists(edit, max_size=12),
       order=st.sampled_from(ORDERS))
def test_merging_both_ways_gives_one_meeting_and_loses_nothing(chair_edits, rapporteur_edits, order):
    laptops = two_laptops()
    chair, rapporteur, session_id = laptops.chair, laptops.rapporteur, laptops.session_id
    try:
        for edited in chair_edits:
            apply_edit(chair, session_id, *edited)
        for edited in rapporteur_edits:
            apply_edit(rapporteur, session_id, *edited)
        live = {kind: ids_of(chair, session_id)[kind] | ids_of(rapporteur, session_id)[kind]
                for kind in ids_of(chair, session_id)}
        gone = deleted_ids(chair) | deleted_ids(rapporteur)
        slot_people = {row[0]: row[1] for library in (chair, rapporteur) for row in
                       library.database.query("SELECT id, participant_id FROM speaker_slot")}
        if order == "at_once":
            from_chair = meeting_file(chair, session_id)
            from_rapporteur = meeting_file(rapporteur, session_id)
            receive(chair, from_rapporteur)
            receive(rapporteur, from_chair)
        elif order == "chair_first":
            receive(chair, meeting_file(rapporteur, session_id))
            receive(rapporteur, meeting_file(chair, session_id))
        else:
            receive(rapporteur, meeting_file(chair, session_id))
            receive(chair, meeting_file(rapporteur, session_id))
        assert shown(chair, session_id) == shown(rapporteur, session_id)
        assert speaker_messages(chair, session_id) == speaker_messages(rapporteur, session_id)
        final = ids_of(chair, session_id)
        for kind, ids in live.items():
            expected = {i for i in ids if i not in gone}
            if kind == "speaker_slot":
                expected = {i for i in expected if slot_people[i] not in gone}
            assert expected <= final[kind], kind
        again = meeting_file(rapporteur, session_id)
        before = shown(chair, session_id), speaker_messages(chair, session_id)
        assert not receive(chair, again).changed_anything
        assert (shown(chair, session_id), speaker_messages(chair, session_id)) == before
    finally:
        laptops.close()
