"""The journal (``library.sqlite-wal``) is folded back into the library: a checkpoint when
something changed and before each backup, a journal kept small, a vanished journal noticed."""

import shutil
import sqlite3
from pathlib import Path

from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.backups import take_backup
from roundtable_desktop.storage.journal import JournalKeeper
from roundtable_desktop.storage.library import Library


def _notes_in_file_alone(library: Path, tmp_path: Path) -> list[str]:
    """What a copy of ``library.sqlite`` without its journal holds (a copy made while the
    window runs, or the file a kill leaves when the journal was deleted)."""
    copy = tmp_path / "copy" / "library.sqlite"
    copy.parent.mkdir(exist_ok=True)
    shutil.copyfile(library, copy)
    connection = sqlite3.connect(copy)
    try:
        return [row[0] for row in connection.execute("SELECT text FROM note ORDER BY created_at")]
    except sqlite3.OperationalError:  # not even the tables yet
        return []
    finally:
        connection.close()
        shutil.rmtree(copy.parent)


def _library_with_a_note(tmp_path: Path) -> tuple[Library, str]:
    library = Library.open(tmp_path / "library.sqlite")
    meeting = library.add_meeting(demo_meeting())
    library.notes.add(Note(session_id=meeting.session.id, text="Typed during the meeting"))
    return library, meeting.session.id


def test_a_checkpoint_puts_the_day_into_the_library_file_itself(tmp_path):
    library, _session = _library_with_a_note(tmp_path)
    keeper = JournalKeeper(library.database)
    assert "Typed during the meeting" not in _notes_in_file_alone(library.path, tmp_path)
    result = keeper.checkpoint_if_changed()
    assert result is not None and result.complete
    assert "Typed during the meeting" in _notes_in_file_alone(library.path, tmp_path)
    assert keeper.checkpoint_if_changed() is None  # nothing changed since
    library.close()


def test_a_backup_folds_the_journal_back_first(tmp_path):
    library, _session = _library_with_a_note(tmp_path)
    take_backup(library.database)
    assert "Typed during the meeting" in _notes_in_file_alone(library.path, tmp_path)
    library.close()


def test_the_journal_stays_small_while_a_long_meeting_is_typed(tmp_path):
    library, session = _library_with_a_note(tmp_path)
    journal = library.path.with_name("library.sqlite-wal")
    largest = 0
    for number in range(600):  # about 6 MB of notes, one commit each
        library.notes.add(Note(session_id=session, text=f"{number} " + "x" * 10_000))
        largest = max(largest, journal.stat().st_size)
    assert largest < 2 * 1024 * 1024
    library.close()


def test_a_journal_deleted_while_the_library_is_open_is_noticed_and_its_changes_kept(tmp_path):
    library, session = _library_with_a_note(tmp_path)
    keeper = JournalKeeper(library.database)
    journal = library.path.with_name("library.sqlite-wal")
    assert not keeper.journal_vanished()
    journal.unlink()
    assert keeper.journal_vanished()
    keeper.recover_vanished_journal()
    assert not keeper.journal_vanished() and journal.exists()
    library.notes.add(Note(session_id=session, text="Typed after the journal was deleted"))
    keeper.checkpoint_if_changed()
    # a kill now: what is on disk is the library file (and the new journal)
    assert _notes_in_file_alone(library.path, tmp_path) == [
        "Typed during the meeting", "Typed after the journal was deleted"]
    library.close()
