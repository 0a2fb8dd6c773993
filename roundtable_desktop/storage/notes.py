"""The rapporteur's notes beyond plain rows: safe writes, full-text search (FTS5, schema 2),
and the write-ups stored with the meeting (a question's synthesis, the key messages)."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..domain.model import GuidingQuestion, Note, Session
from .change_path import ChangePath
from .database import Database
from .drafts import DraftStore
from .repositories import (
    AgendaRepository,
    NoteRepository,
    ParticipantRepository,
    QuestionRepository,
    SessionRepository,
    SlotRepository,
)

_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u3040-\u30ff]")
_WORD = re.compile(r"\w+", re.UNICODE)


class NoteStore:
    """Note writes for the notes area and its undo history, each an operation of the change
    path (committed when it returns, announced with ``initiator``, the notes area); an edit
    writes only the fields that differ between the note before and after."""

    def __init__(self, notes: NoteRepository) -> None:
        self.notes = notes
        self.initiator: object | None = None

    @property
    def path(self) -> ChangePath:
        return ChangePath.of(self.notes.database)

    def add(self, note: Note) -> Note:
        return self.path.run("new note", note.session_id, lambda edit: edit.add(note),
                             initiator=self.initiator).value

    def update(self, before: Note, after: Note) -> Note:
        return self.path.run("note edit", after.session_id, lambda edit: edit.update(before, after),
                             initiator=self.initiator).value

    def delete(self, note_id: str) -> None:
        session_id = self.notes.get(note_id).session_id
        self.path.run("deleted note", session_id, lambda edit: edit.remove(Note, note_id),
                      initiator=self.initiator)

    def for_session(self, session_id: str) -> list[Note]:
        return self.notes.for_session(session_id)

    def get(self, note_id: str) -> Note:
        return self.notes.get(note_id)


class NoteSearch:
    """Full-text search in a meeting's notes, by words and word beginnings, any order."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def matching_ids(self, session_id: str, text: str) -> set[str]:
        words = _WORD.findall(text)
        if not words:
            return set()
        if _CJK.search(text):  # unicode61 does not split Chinese or Japanese into words
            return self._containing(session_id, words)
        query = " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)
        rows = self.database.query(  # FTS first: a join would run the match once per note
            "SELECT id FROM note WHERE rowid IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?) "
            "AND session_id = ?", (query, session_id))
        return {row[0] for row in rows}

    def _containing(self, session_id: str, words: list[str]) -> set[str]:
        condition = " AND ".join("instr(lower(text), ?) > 0" for _ in words)
        rows = self.database.query(
            f"SELECT id FROM note WHERE session_id = ? AND {condition}",
            (session_id, *[word.lower() for word in words]))
        return {row[0] for row in rows}

    def rebuild(self) -> None:
        """Rebuild the index from the notes (after a VACUUM, which may renumber rowids)."""
        with self.database.transaction() as connection:
            connection.execute("INSERT INTO note_fts(note_fts) VALUES ('rebuild')")


class WriteUps:
    """The rapporteur's synthesis of each guiding question and the meeting's key messages,
    written field by field (operations of the change path) so that nobody else's edit of the
    same row is undone."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def set_synthesis(self, question_id: str, text: str, session_id: str | None = None,
                      initiator: object | None = None) -> None:
        ChangePath.of(self.database).run(
            "synthesis", session_id,
            lambda edit: edit.set_fields(GuidingQuestion, question_id, synthesis=text),
            initiator=initiator)

    def set_key_messages(self, session_id: str, text: str, initiator: object | None = None) -> None:
        ChangePath.of(self.database).run(
            "key messages", session_id,
            lambda edit: edit.set_fields(Session, session_id, key_messages=text),
            initiator=initiator)


@dataclass(frozen=True)
class NotesServices:
    """What the notes area reads and writes, and nothing more."""

    sessions: SessionRepository
    participants: ParticipantRepository
    questions: QuestionRepository
    agenda: AgendaRepository
    slots: SlotRepository
    notes: NoteStore
    search: NoteSearch
    drafts: DraftStore
    write_ups: WriteUps

    @contextmanager
    def together(self, what: str = "note", session_id: str | None = None) -> Iterator[None]:
        """One operation (one commit, one announcement) for several writes: a note and its
        draft's removal."""
        with ChangePath.of(self.drafts.database).operation(what, session_id,
                                                          initiator=self.notes.initiator):
            yield

    @classmethod
    def of(cls, library: Any) -> "NotesServices":
        """From a storage.library.Library (its repositories share one database)."""
        database = library.database
        return cls(library.sessions, library.participants, library.questions, library.agenda,
                   library.slots, NoteStore(library.notes), NoteSearch(database),
                   DraftStore(database), WriteUps(database))
