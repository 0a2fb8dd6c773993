"""Bad text in every stored field — control characters, lone surrogates, U+FFFE/U+FFFF, CR LF,
a 100,000-character text, Arabic, Chinese, emoji — cleaned once at the boundary, then stored,
exported to JSON and Word, and read back equal to the cleaned input."""

import dataclasses
import json

import docx
import pytest

from roundtable_desktop.domain.model import (
    AgendaItem,
    GuidingQuestion,
    Meeting,
    Note,
    Participant,
    Session,
    SpeakerSlot,
)
from roundtable_desktop.domain.text import clean_text
from roundtable_desktop.exchange.report import write_docx
from roundtable_desktop.exchange.session_json import meeting_from_json, meeting_to_dict
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.mapping import field_types

NOT_TEXT = {"id", "created_at", "updated_at", "timezone"}
BAD = ("ctl\x00\x01\x08\x0b\x0c\x1f|lone\ud800\udfff|nonchar\ufffe\uffff|crlf\r\nline2\r"
       "|tab\t|العربية في الاجتماع|中文记录|emoji 🌍🤝🏽👩‍🔬")
LONG = ("Participants stressed that finance must follow commitments. " * 1700)[:100_000]


def text_fields(record_type: type) -> list[str]:
    return [name for name, kind in field_types(record_type).items()
            if kind is str and name not in NOT_TEXT and not name.endswith("_id")]


def bad_value(record_type: type, name: str) -> str:
    return clean_text(f"{record_type.__name__}.{name} {BAD}")  # the boundary, once


def with_bad_text(record):
    for name in text_fields(type(record)):
        setattr(record, name, bad_value(type(record), name))
    return record


@pytest.fixture
def meeting() -> Meeting:
    session = with_bad_text(Session(title=""))
    item = with_bad_text(AgendaItem(session.id, ""))
    question = with_bad_text(GuidingQuestion(session.id, ""))
    person = with_bad_text(Participant(session.id, ""))
    slot = SpeakerSlot(session.id, person.id, agenda_item_id=item.id, question_id=question.id)
    notes = [with_bad_text(Note(session.id, "", slot_id=slot.id, participant_id=person.id,
                                question_id=question.id)),
             Note(session.id, clean_text(LONG + BAD), participant_id=person.id,
                  question_id=question.id)]
    return Meeting(session, [item], [question], [person], [slot], notes)


def test_the_cleaned_text_has_nothing_xml_cannot_carry_and_keeps_the_rest():
    cleaned = clean_text(BAD)
    assert "\x00" not in cleaned and "\ud800" not in cleaned and "\ufffe" not in cleaned
    assert "\r" not in cleaned and "crlf\nline2\n" in cleaned
    for kept in ("\t", "العربية في الاجتماع", "中文记录", "🌍🤝🏽👩‍🔬"):
        assert kept in cleaned


def test_every_text_field_of_every_record_is_stored_and_read_back_equal(library, meeting):
    assert all(text_fields(kind) for kind in (Session, AgendaItem, GuidingQuestion, Participant, Note))
    library.add_meeting(meeting)
    library.close()
    reopened = Library.open(library.path)
    loaded = reopened.load_meeting(meeting.session.id)
    reopened.close()
    for original, stored in [(meeting.session, loaded.session),
                             *zip(meeting.agenda, loaded.agenda, strict=True),
                             *zip(meeting.questions, loaded.questions, strict=True),
                             *zip(meeting.participants, loaded.participants, strict=True)]:
        for name in text_fields(type(original)):
            assert getattr(stored, name) == getattr(original, name), name
    by_id = {note.id: note for note in loaded.notes}
    for note in meeting.notes:
        assert by_id[note.id].text == note.text
    assert len(by_id[meeting.notes[1].id].text) > 100_000


def test_the_session_json_carries_every_text_field_unchanged(library, meeting):
    library.add_meeting(meeting)
    loaded = library.load_meeting(meeting.session.id)
    raw = json.dumps(meeting_to_dict(loaded), ensure_ascii=False)
    back = meeting_from_json(raw)
    for before, after in [(loaded.session, back.session), *zip(loaded.agenda, back.agenda, strict=True),
                          *zip(loaded.questions, back.questions, strict=True),
                          *zip(loaded.participants, back.participants, strict=True),
                          *zip(loaded.notes, back.notes, strict=True)]:
        assert dataclasses.asdict(after) == dataclasses.asdict(before)


def test_the_word_summary_holds_the_cleaned_text(library, meeting, tmp_path):
    library.add_meeting(meeting)
    path = write_docx(library.load_meeting(meeting.session.id), tmp_path / "summary.docx")
    document = docx.Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(cell.text for table in document.tables for row in table.rows
                      for cell in row.cells)
    for value in (meeting.session.title, meeting.questions[0].text, meeting.session.key_messages,
                  meeting.questions[0].synthesis, meeting.notes[0].text, meeting.notes[1].text):
        for line in value.split("\n"):
            assert line.strip() in text, line[:80]
