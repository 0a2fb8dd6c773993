"""Merging a meeting file by id: what is added, who wins a record changed on both laptops,
deletions carried, a report of what was merged, and the same file twice changing nothing."""

import pytest

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.model import Note, Participant
from roundtable_desktop.domain.row_versions import Laptop
from roundtable_desktop.exchange.meeting_file import changes_from_dict, changes_from_json
from roundtable_desktop.storage.meeting_rows import laptop_role
from roundtable_desktop.storage.notes import WriteUps
from tests.merge_support import meeting_file, receive, send, shown, two_laptops


@pytest.fixture
def laptops():
    pair = two_laptops()
    yield pair
    pair.close()


def test_the_rapporteurs_library_receives_the_meeting_with_the_same_ids(laptops):
    assert shown(laptops.chair, laptops.session_id) == shown(laptops.rapporteur, laptops.session_id)
    assert laptop_role(laptops.chair.database, laptops.session_id) is Laptop.CHAIR
    assert laptop_role(laptops.rapporteur.database, laptops.session_id) is Laptop.RAPPORTEUR


def test_new_notes_come_back_to_the_chair_and_the_report_counts_them(laptops):
    meeting = laptops.rapporteur.load_meeting(laptops.session_id)
    slot = meeting.slots[0]
    for text in ("Science must reach the poorest.", "Open data is a public good."):
        laptops.rapporteur.notes.add(Note(laptops.session_id, text, slot_id=slot.id,
                                          participant_id=slot.participant_id))
    report = send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert report.added == {"note": 2}
    assert "Added: 2 notes." in report.lines()
    texts = {n.text for n in laptops.chair.load_meeting(laptops.session_id).notes}
    assert texts == {"Science must reach the poorest.", "Open data is a public good."}


def test_the_same_file_twice_changes_nothing(laptops):
    laptops.rapporteur.notes.add(Note(laptops.session_id, "Once only."))
    content = meeting_file(laptops.rapporteur, laptops.session_id)
    receive(laptops.chair, content)
    before = shown(laptops.chair, laptops.session_id)
    seq = laptops.chair.database.query("SELECT change_seq FROM laptop")[0][0]
    second = receive(laptops.chair, content)
    assert not second.changed_anything
    assert second.lines()[0].startswith("Nothing to merge")
    assert shown(laptops.chair, laptops.session_id) == before
    assert laptops.chair.database.query("SELECT change_seq FROM laptop")[0][0] == seq


def test_a_change_made_on_one_laptop_only_is_taken_whoever_owns_it(laptops):
    item = laptops.rapporteur.load_meeting(laptops.session_id).agenda[0]
    item.title = "Opening, as the rapporteur heard it"
    laptops.rapporteur.agenda.update(item)
    report = send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert laptops.chair.agenda.get(item.id).title == "Opening, as the rapporteur heard it"
    assert report.updated == {"agenda_item": 1} and not report.by_rule


def _both_change(laptops, change):
    """The same change function run on both laptops with their own values, then merged both ways."""
    change(laptops.chair, "chair's")
    change(laptops.rapporteur, "rapporteur's")
    from_chair = meeting_file(laptops.chair, laptops.session_id)
    report = receive(laptops.chair, meeting_file(laptops.rapporteur, laptops.session_id))
    receive(laptops.rapporteur, from_chair)
    assert shown(laptops.chair, laptops.session_id) == shown(laptops.rapporteur, laptops.session_id)
    return report


def test_the_chairs_laptop_owns_the_set_up_and_the_speaker_list(laptops):
    def retitle(library, whose):
        item = library.load_meeting(laptops.session_id).agenda[1]
        item.title = f"Remarks ({whose} title)"
        library.agenda.update(item)
        slot = library.load_meeting(laptops.session_id).slots[0]
        slot.limit_seconds = 400 if whose == "chair's" else 900
        library.slots.update(slot)

    report = _both_change(laptops, retitle)
    meeting = laptops.chair.load_meeting(laptops.session_id)
    assert meeting.agenda[1].title == "Remarks (chair's title)"
    assert meeting.slots[0].limit_seconds == 400
    assert any("kept as on the chair's laptop" in line for line in report.lines())


def test_the_rapporteurs_laptop_owns_notes_syntheses_and_key_messages(laptops):
    laptops.chair.notes.add(Note(laptops.session_id, "First wording.", id="note-1"))
    send(laptops.chair, laptops.rapporteur, laptops.session_id)
    question_id = laptops.chair.load_meeting(laptops.session_id).questions[0].id

    def write(library, whose):
        note = library.notes.get("note-1")
        note.text = f"The {whose} wording."
        library.notes.update(note)
        WriteUps(library.database).set_synthesis(question_id, f"The {whose} synthesis.")
        WriteUps(library.database).set_key_messages(laptops.session_id, f"The {whose} messages.")
        question = library.questions.get(question_id)
        question.text = f"The {whose} question?"
        library.questions.update(question)

    _both_change(laptops, write)
    meeting = laptops.chair.load_meeting(laptops.session_id)
    assert meeting.notes[0].text == "The rapporteur's wording."
    assert meeting.session.key_messages == "The rapporteur's messages."
    question = next(q for q in meeting.questions if q.id == question_id)
    assert question.synthesis == "The rapporteur's synthesis."
    assert question.text == "The chair's question?"  # the same record: its set-up is the chair's


def test_the_rapporteurs_laptop_owns_what_the_summary_says_of_itself(laptops):
    """The Export dialog stores the document type, the summary's language and its introduction
    with the meeting; the rapporteur writes the summary, so when both laptops changed the
    meeting's record, those stay the rapporteur's while its set-up stays the chair's."""
    from roundtable_desktop.domain.enums import DocumentType

    def choose(library, whose):
        session = library.sessions.get(laptops.session_id)
        if whose == "chair's":
            session.venue = "Conference Room 4"  # the chair corrects the set-up
            session.document_type, session.summary_language = DocumentType.CHAIR_SUMMARY, "en"
            session.introduction = "The chair's introduction."
        else:
            session.document_type, session.summary_language = DocumentType.RAPPORTEUR_REPORT, "fr"
            session.introduction = "L'introduction de la Rapporteuse."
        library.sessions.update(session)

    report = _both_change(laptops, choose)
    session = laptops.chair.sessions.get(laptops.session_id)
    assert (session.document_type, session.summary_language, session.introduction) == (
        DocumentType.RAPPORTEUR_REPORT, "fr", "L'introduction de la Rapporteuse.")
    assert session.venue == "Conference Room 4"
    [line] = [line for line in report.by_rule if "introduction" in line]
    assert "kept as on the chair's and the rapporteur's laptop" in line
    assert not report.choices


def test_a_participant_changed_on_both_keeps_the_newer_and_is_shown_for_a_choice(laptops):
    def rename(library, whose):
        person = library.load_meeting(laptops.session_id).participants[0]
        person.function = f"Minister ({whose} spelling)"
        library.participants.update(person)

    report = _both_change(laptops, rename)
    person = laptops.chair.load_meeting(laptops.session_id).participants[0]
    assert person.function == "Minister (rapporteur's spelling)"  # changed last
    assert [c.columns for c in report.choices] == [["function"]]
    assert report.choices[0].other["function"] == "Minister (chair's spelling)"
    assert "Changed on both laptops, to check" in report.lines()[-1]


def test_deletions_travel_and_a_deleted_record_stays_deleted(laptops):
    meeting = laptops.chair.load_meeting(laptops.session_id)
    gone = meeting.participants[0]
    laptops.chair.participants.delete(gone.id)
    slots_of_gone = {s.id for s in meeting.slots if s.participant_id == gone.id}
    note = laptops.rapporteur.notes.add(Note(laptops.session_id, "About someone gone.",
                                             participant_id=gone.id))
    report = send(laptops.chair, laptops.rapporteur, laptops.session_id)
    assert report.deleted.get("participant") == 1
    rapporteur = laptops.rapporteur.load_meeting(laptops.session_id)
    assert gone.id not in {p.id for p in rapporteur.participants}
    assert not slots_of_gone & {s.id for s in rapporteur.slots}
    assert laptops.rapporteur.notes.get(note.id).participant_id is None  # the note is kept
    back = send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert gone.id not in {p.id for p in laptops.chair.load_meeting(laptops.session_id).participants}
    assert back.added == {"note": 1}


def test_an_edit_of_a_record_the_other_laptop_deleted_does_not_bring_it_back(laptops):
    person = laptops.rapporteur.load_meeting(laptops.session_id).participants[1]
    laptops.chair.participants.delete(person.id)
    person.name = "Renamed meanwhile"
    laptops.rapporteur.participants.update(person)
    report = send(laptops.rapporteur, laptops.chair, laptops.session_id)
    assert report.kept_deleted.get("participant") == 1
    assert person.id not in {p.id for p in laptops.chair.load_meeting(laptops.session_id).participants}


def test_a_library_without_the_meeting_gets_it_whole_as_the_rapporteurs(laptops):
    from roundtable_desktop.storage.library import Library

    third = Library.in_memory()
    try:
        laptops.chair.participants.add(Participant(laptops.session_id, "Ms. New Delegate"))
        report = send(laptops.chair, third, laptops.session_id)
        assert report.new_meeting and report.lines()[0].startswith("Added the meeting")
        assert shown(third, laptops.session_id) == shown(laptops.chair, laptops.session_id)
    finally:
        third.close()


@pytest.mark.parametrize("content,words", [
    ({"format": "roundtable-session", "version": 1}, "session file"),
    ({"format": "roundtable-meeting", "version": 9}, "newer"),
    ({"format": "roundtable-meeting", "version": 1, "session_id": "s", "laptop": {"id": "x"},
      "records": {"note": [{"id": "n"}]}}, "has no"),
    ({"format": "roundtable-meeting", "version": 1, "session_id": "s", "laptop": {"id": "x"},
      "records": {"note": "many"}}, "must be a list"),
    ([1, 2, 3], "not a Roundtable meeting file"),
])
def test_a_damaged_or_foreign_file_is_refused_in_one_sentence(content, words):
    import json

    with pytest.raises(InputError, match=words):
        changes_from_json(json.dumps(content))


def test_a_record_of_another_meeting_is_refused(laptops):
    content = meeting_file(laptops.chair, laptops.session_id)
    content["records"]["note"] = [{"id": "n1", "session_id": "another", "text": "x"}]
    with pytest.raises(InputError, match="another meeting"):
        changes_from_dict(content)
