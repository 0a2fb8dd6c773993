"""The rapporteur's notes beyond plain rows: safe writes, full-text search (FTS5, schema 2),
and the write-ups stored with the meeting (a question's synthesis, the key messages)."""

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from ..domain.errors import LibraryError
from ..domain.ids import utc_now_iso
from ..domain.model import Note
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


@contextmanager
def _saving(database: Database, what: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as error:
        if database.connection.in_transaction:  # a failed COMMIT leaves the transaction open
            with suppress(sqlite3.Error):
                database.connection.execute("ROLLBACK")
        raise LibraryError(f"The {what} could not be saved in the library ({error}). "
                           "What you typed is kept; try again.") from error


class NoteStore:
    """Note writes for the notes area: each committed when it returns; a storage failure
    (disk full, file locked) becomes a LibraryError with a message a person understands."""

    def __init__(self, notes: NoteRepository) -> None:
        self.notes = notes

    def add(self, note: Note) -> Note:
        with _saving(self.notes.database, "note"):
            return self.notes.add(note)

    def update(self, note: Note) -> Note:
        with _saving(self.notes.database, "note"):
            return self.notes.update(note)

    def delete(self, note_id: str) -> None:
        with _saving(self.notes.database, "change"):
            self.notes.delete(note_id)

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
    written field by field so that nobody else's edit of the same row is undone."""

    def __init__(self, database: Database) -> None:
        self.database = database

    def set_synthesis(self, question_id: str, text: str) -> None:
        with _saving(self.database, "synthesis"), self.database.transaction() as connection:
            connection.execute(
                "UPDATE guiding_question SET synthesis = ?, updated_at = ? WHERE id = ?",
                (text, utc_now_iso(), question_id))

    def set_key_messages(self, session_id: str, text: str) -> None:
        with _saving(self.database, "key messages"), self.database.transaction() as connection:
            connection.execute(
                "UPDATE session SET key_messages = ?, updated_at = ? WHERE id = ?",
                (text, utc_now_iso(), session_id))


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
    def together(self) -> Iterator[None]:
        """One transaction (one commit) for several writes: a note and its draft's removal."""
        database = self.drafts.database
        if database.connection.in_transaction:
            yield
            return
        with _saving(database, "note"), database.transaction():
            yield

    @classmethod
    def of(cls, library: Any) -> "NotesServices":
        """From a storage.library.Library (its repositories share one database)."""
        database = library.database
        return cls(library.sessions, library.participants, library.questions, library.agenda,
                   library.slots, NoteStore(library.notes), NoteSearch(database),
                   DraftStore(database), WriteUps(database))
