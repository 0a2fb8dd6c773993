"""Notes in the library: full-text search (schema 2), drafts, syntheses and key messages."""

import dataclasses
import sqlite3

import pytest

from roundtable_desktop.domain.errors import LibraryError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.database import Database
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.notes import NotesServices
from roundtable_desktop.storage.schema import MIGRATIONS


@pytest.fixture
def services(library, demo) -> NotesServices:
    return NotesServices.of(library)


def add(services: NotesServices, session_id: str, text: str) -> Note:
    return services.notes.add(Note(session_id, text))


def test_search_finds_words_and_word_beginnings_in_any_order(services, demo):
    sid = demo.session.id
    digital = add(services, sid, "The digital divide widened during the pandemic.")
    vaccines = add(services, sid, "Partnerships on vaccine technology with developing countries.")
    assert services.search.matching_ids(sid, "divide digital") == {digital.id}
    assert services.search.matching_ids(sid, "vacc") == {vaccines.id}
    assert services.search.matching_ids(sid, "DEVELOPING") == {vaccines.id}
    assert services.search.matching_ids(sid, "divide vaccine") == set()
    assert services.search.matching_ids(sid, '"; DROP TABLE note; --') == set()


def test_search_ignores_accents_and_keeps_arabic_chinese_and_emoji(services, demo):
    sid = demo.session.id
    cote = add(services, sid, "Côte d'Ivoire stressed capacity building")
    arabic = add(services, sid, "التكنولوجيا من أجل التنمية")
    chinese = add(services, sid, "科技创新促进可持续发展 🚀")
    assert services.search.matching_ids(sid, "cote") == {cote.id}
    assert services.search.matching_ids(sid, "التكنولوجيا") == {arabic.id}
    assert services.search.matching_ids(sid, "创新") == {chinese.id}


def test_search_follows_edits_and_deletions_and_stays_in_its_meeting(services, demo, library):
    sid = demo.session.id
    other = library.add_meeting(demo_meeting()).session.id
    note = add(services, sid, "first wording")
    add(services, other, "first wording elsewhere")
    services.notes.update(note, dataclasses.replace(note, text="second wording"))
    assert services.search.matching_ids(sid, "first") == set()
    assert services.search.matching_ids(sid, "second") == {note.id}
    services.notes.delete(note.id)
    assert services.search.matching_ids(sid, "second") == set()
    services.search.rebuild()
    assert len(services.search.matching_ids(other, "first")) == 1


def test_a_library_from_schema_1_gets_its_existing_notes_indexed(tmp_path):
    path = tmp_path / "old.sqlite"
    connection = sqlite3.connect(path)
    connection.executescript(MIGRATIONS[0][1])
    connection.execute("PRAGMA user_version = 1")
    meeting = demo_meeting()
    connection.execute("INSERT INTO session (id, created_at, updated_at, title) VALUES (?, 'x', 'x', 't')",
                       (meeting.session.id,))
    connection.execute("INSERT INTO note (id, created_at, updated_at, session_id, kind, text) "
                       "VALUES ('n1', 'x', 'x', ?, 'key_point', 'resilient recovery')",
                       (meeting.session.id,))
    connection.commit()
    connection.close()
    library = Library.open(path)
    try:
        assert library.database.version >= 2
        assert NotesServices.of(library).search.matching_ids(meeting.session.id, "resilient") == {"n1"}
        assert list(tmp_path.glob("old.schema1-*.backup.sqlite"))
    finally:
        library.close()


def test_a_draft_is_stored_replaced_and_discarded(services, demo):
    sid, drafts = demo.session.id, services.drafts
    assert drafts.load(sid, "capture") is None
    drafts.save(sid, "capture", {"text": "half a sen"})
    drafts.save(sid, "capture", {"text": "half a sentence 🚀 كلمة"})
    drafts.save(sid, "note:abc", {"text": "edit"})
    assert drafts.load(sid, "capture") == {"text": "half a sentence 🚀 كلمة"}
    assert set(drafts.for_session(sid)) == {"capture", "note:abc"}
    drafts.discard(sid, "capture")
    assert drafts.load(sid, "capture") is None


def test_a_draft_is_committed_when_save_returns(services, demo, library_path):
    services.drafts.save(demo.session.id, "capture", {"text": "durable"})
    other = sqlite3.connect(library_path)
    try:
        rows = other.execute("SELECT payload FROM draft WHERE target = 'capture'").fetchall()
    finally:
        other.close()
    assert rows == [('{"text": "durable"}',)]


def test_syntheses_and_key_messages_are_stored_with_the_meeting(services, demo, library):
    question = demo.questions[0]
    services.write_ups.set_synthesis(question.id, "Participants stressed partnerships.")
    services.write_ups.set_key_messages(demo.session.id, "• Close the digital divide")
    assert library.questions.get(question.id).synthesis == "Participants stressed partnerships."
    assert library.questions.get(question.id).text == question.text
    assert library.sessions.get(demo.session.id).key_messages == "• Close the digital divide"


class _FullDisk:
    """A connection whose writes fail the way a full disk makes them fail."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def execute(self, sql: str, *args):
        if sql.startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self._connection.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._connection, name)


def test_a_refused_write_is_a_clear_error_and_leaves_no_transaction_open(services, demo):
    database: Database = services.notes.notes.database
    real = database.connection
    database.connection = _FullDisk(real)
    try:
        with pytest.raises(LibraryError, match="could not be saved"):
            services.notes.add(Note(demo.session.id, "lost?"))
        with pytest.raises(LibraryError, match="could not be"):
            services.drafts.save(demo.session.id, "capture", {"text": "x"})
    finally:
        database.connection = real
    assert not real.in_transaction
    add(services, demo.session.id, "fine again")


def test_deleting_a_meeting_takes_its_notes_out_of_the_index(services, demo, library):
    add(services, demo.session.id, "unforgettable wording")
    library.delete_meeting(demo.session.id)
    integrity = library.database.query("INSERT INTO note_fts(note_fts, rank) VALUES ('integrity-check', 1)")
    assert integrity == []
    count = library.database.query("SELECT COUNT(*) FROM note_fts WHERE note_fts MATCH 'unforgettable'")
    assert count[0][0] == 0
