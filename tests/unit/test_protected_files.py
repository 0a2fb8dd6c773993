"""No export, backup or emergency copy is ever written over the library, its journal, its index,
its lock or one of its backups: the same file by identity, however its path is spelled."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable_desktop.domain.errors import ExportError, LibraryError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report.formats import ExportFormat, export_meeting
from roundtable_desktop.storage.backups import BackupError, take_backup
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.lock import LibraryLock


@pytest.fixture
def open_library(tmp_path):
    library = Library.open(tmp_path / "library.sqlite")
    meeting = library.add_meeting(demo_meeting())
    lock = LibraryLock(library.path).acquire()
    backup = take_backup(library.database)
    yield library, meeting, backup
    lock.release()
    library.close()


def _meetings(path: Path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT COUNT(*) FROM session").fetchone()[0]
    finally:
        connection.close()


def _targets(library: Library, backup, tmp_path: Path) -> list[Path]:
    path = library.path
    (tmp_path / "elsewhere").mkdir()
    os.symlink(path, tmp_path / "elsewhere" / "link-to-library.docx")
    os.link(path, tmp_path / "elsewhere" / "hard-link.docx")
    return [path, tmp_path / "." / "library.sqlite", tmp_path / "elsewhere" / ".." / "library.sqlite",
            tmp_path / "elsewhere" / "link-to-library.docx", tmp_path / "elsewhere" / "hard-link.docx",
            path.with_name("library.sqlite-wal"), path.with_name("library.sqlite-shm"),
            path.with_name("library.sqlite.lock"), backup.path]


@pytest.mark.parametrize("export_format", list(ExportFormat))
def test_an_export_onto_the_library_or_its_files_is_refused(open_library, tmp_path, export_format):
    library, meeting, backup = open_library
    for target in _targets(library, backup, tmp_path):
        before = target.read_bytes() if target.exists() else None
        with pytest.raises(ExportError, match="library's own file"):
            export_meeting(meeting, export_format, target)
        assert (target.read_bytes() if target.exists() else None) == before, target
    library.notes.add(Note(session_id=meeting.session.id, text="still saved"))
    assert _meetings(library.path) == 1


def test_a_wal_that_does_not_exist_yet_is_refused_by_its_name(open_library):
    library, meeting, _backup = open_library
    journal = library.path.with_name("library.sqlite-journal")
    assert not journal.exists()
    with pytest.raises(ExportError):
        export_meeting(meeting, ExportFormat.JSON, journal)
    assert not journal.exists()


def test_an_export_beside_the_library_is_written(open_library, tmp_path):
    library, meeting, _backup = open_library
    written = export_meeting(meeting, ExportFormat.JSON, tmp_path / "library.json")
    assert written.exists()


def test_a_copy_of_the_library_is_never_written_over_itself(open_library):
    library, _meeting, backup = open_library
    with pytest.raises(LibraryError, match="own files"):
        library.database.backup_to(library.path)
    with pytest.raises(LibraryError, match="own files"):
        library.database.backup_to(backup.path)


def test_a_backup_whose_name_is_the_library_is_refused(tmp_path):
    """A library inside its own backups folder (a backup opened with --db), taken at a time
    whose name is already the library's: the backup refuses instead of replacing it."""
    from datetime import UTC, datetime

    when = datetime(2026, 5, 17, 10, 0, tzinfo=UTC)
    folder = tmp_path / "backups"
    folder.mkdir()
    library = Library.open(tmp_path / "library.sqlite")
    try:
        library.add_meeting(demo_meeting())
        first = take_backup(library.database, when)
        os.replace(first.path, folder / "kept.sqlite")
        os.symlink(library.path, first.path)  # the next backup's name leads to the library
        with pytest.raises(BackupError, match="own files"):
            take_backup(library.database, when)
        assert _meetings(library.path) == 1
    finally:
        library.close()


def test_the_command_line_refuses_an_export_onto_its_library(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    library.add_meeting(demo_meeting())
    library.close()
    before = path.read_bytes()
    for target in (path, tmp_path / "." / "library.sqlite"):
        result = subprocess.run([sys.executable, "-m", "roundtable_desktop", "export", "latest",
                                 "--format", "docx", "-o", str(target), "--db", str(path)],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 2
        assert "library's own file" in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before
    assert _meetings(path) == 1
