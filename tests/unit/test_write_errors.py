"""Write failures become a StorageWriteError the chair can read; the library stays usable."""

import sqlite3

import pytest

from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.database import Database
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.write_errors import as_write_error


def _error(code: int, text: str) -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(("code", "text", "reason", "words"), [
    (sqlite3.SQLITE_FULL, "database or disk is full", "disk_full", "disk holding the library is full"),
    (sqlite3.SQLITE_READONLY, "attempt to write a readonly database", "read_only", "cannot be written"),
    (sqlite3.SQLITE_BUSY, "database is locked", "locked", "another program"),
    (sqlite3.SQLITE_IOERR_WRITE, "disk I/O error", "io", "reported an error"),
])
def test_each_write_failure_has_a_reason_and_plain_words(tmp_path, code, text, reason, words):
    translated = as_write_error(_error(code, text), tmp_path / "library.sqlite")
    assert translated.reason == reason
    assert words in str(translated)


def test_a_constraint_violation_is_not_a_disk_problem(tmp_path):
    error = sqlite3.IntegrityError("UNIQUE constraint failed")
    error.sqlite_errorcode = sqlite3.SQLITE_CONSTRAINT_UNIQUE
    assert as_write_error(error, tmp_path / "x.sqlite") is None


def test_a_library_locked_by_another_program_raises_and_the_note_is_saved_afterwards(
        library, demo, library_path):
    library.database.connection.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(library_path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    note = Note(session_id=demo.session.id, text="Finance must follow commitments")
    with pytest.raises(StorageWriteError) as failed:
        library.notes.add(note)
    assert failed.value.reason == "locked"
    assert not library.database.connection.in_transaction
    other.execute("ROLLBACK")
    other.close()
    library.notes.add(note)  # the retry succeeds
    assert [n.text for n in library.notes.for_session(demo.session.id)] == [note.text]


def test_a_read_only_library_refuses_writes_with_a_read_only_reason(library, demo, library_path):
    library.close()
    connection = sqlite3.connect(f"{library_path.as_uri()}?mode=ro", uri=True, isolation_level=None)
    connection.row_factory = sqlite3.Row
    read_only = Library(Database(connection, library_path))
    with pytest.raises(StorageWriteError) as failed:
        read_only.notes.add(Note(session_id=demo.session.id, text="x"))
    assert failed.value.reason == "read_only"
    assert read_only.sessions.count() == 1
    read_only.close()
