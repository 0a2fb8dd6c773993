"""Damage that quick_check does not see (a value changed inside a sound page) is found when
the row is read: the start check calls it damage with the restore offered, the command line
says so in one line, a backup refuses to copy it over the good ones."""

import sqlite3
import subprocess
import sys

import pytest

from roundtable_desktop.domain.errors import LibraryError
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.backups import BackupError, list_backups, newest_good_backup, take_backup
from roundtable_desktop.storage.health import Health, check_library, repair
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.row_check import DamagedRecordError

DAMAGE = [  # (statement, the field the message names)
    ("UPDATE agenda_item SET planned_minutes = 'ab' WHERE position = 0", "planned_minutes"),
    ("UPDATE agenda_item SET planned_minutes = 9223372036854775807 WHERE position = 0",
     "planned_minutes"),
    ("UPDATE session SET date = '9999-12-31'", "date"),
    ("UPDATE session SET start_time = '15:0x'", "start_time"),
    ("UPDATE participant SET role = 'kng' WHERE rowid = 1", "role"),
    ("UPDATE speaker_slot SET spoken_seconds = 'lots' WHERE rowid = 1", "spoken_seconds"),
    ("UPDATE speaker_slot SET last_started_at = '0001-01-01T00:00:00+05:00' WHERE rowid = 1",
     "last_started_at"),
    ("UPDATE guiding_question SET text = x'00ff' WHERE rowid = 1", "text"),
    ("UPDATE session SET focus_sdgs = '9,71'", "focus_sdgs"),
]


@pytest.fixture
def library_with_backup(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(demo_meeting())
    take_backup(library.database)
    library.close()
    return path, meeting


def _damage(path, statement: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(statement)
    connection.commit()
    assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"  # unseen by SQLite
    connection.close()


@pytest.mark.parametrize("statement, field", DAMAGE, ids=[field for _s, field in DAMAGE])
def test_a_changed_value_is_damage_named_in_plain_words(library_with_backup, statement, field):
    path, meeting = library_with_backup
    _damage(path, statement)
    report = check_library(path)
    assert report.health is Health.DAMAGED and f"“{field}”" in report.problems[0]
    library = Library.open(path)
    with pytest.raises(DamagedRecordError, match=f"“{field}”.*Restore a backup"):
        library.load_meeting(meeting.session.id) if field not in ("date", "start_time", "focus_sdgs") \
            else library.sessions.all()
    with pytest.raises(BackupError, match="is damaged"):
        take_backup(library.database)
    assert len(list_backups(path)) == 1  # the good backup is kept, not pushed out
    library.close()
    fixed = repair(report)
    assert fixed.restored is not None and check_library(path).health is Health.SOUND


def test_show_and_export_of_a_damaged_meeting_are_one_line_and_exit_1(library_with_backup, tmp_path):
    path, _meeting = library_with_backup
    _damage(path, DAMAGE[0][0])
    for arguments in (["show", "latest"], ["export", "latest", "--format", "docx", "-o",
                                           str(tmp_path / "summary.docx")]):
        result = subprocess.run([sys.executable, "-m", "roundtable_desktop", *arguments, "--db", str(path)],
                                capture_output=True, text=True, timeout=300)
        assert result.returncode == 1
        assert len(result.stderr.strip().splitlines()) == 1 and "is damaged" in result.stderr
        assert "Traceback" not in result.stderr
    assert not (tmp_path / "summary.docx").exists()


def test_a_backup_holding_damaged_rows_is_not_a_good_backup(library_with_backup):
    path, _meeting = library_with_backup
    backup = list_backups(path)[0]
    _damage(backup.path, DAMAGE[0][0])
    assert newest_good_backup(path) is None


def test_a_page_sqlite_calls_malformed_is_a_library_error_not_a_traceback(library_with_backup):
    path, meeting = library_with_backup
    library = Library.open(path)
    error = sqlite3.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = sqlite3.SQLITE_CORRUPT

    class Broken:
        def execute(self, *args):
            raise error

    real, library.database.connection = library.database.connection, Broken()
    try:
        with pytest.raises(LibraryError, match="is damaged"):
            library.notes.for_session(meeting.session.id)
    finally:
        library.database.connection = real
        library.close()
