"""Backups beside the library: taken online, verified, the last 20 kept, listed and restored."""

from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage import backups
from roundtable_desktop.storage.backups import (
    KEEP,
    BackupSchedule,
    backups_folder,
    changed_since,
    list_backups,
    newest_good_backup,
    restore_backup,
    take_backup,
)
from roundtable_desktop.storage.library import Library


def test_a_backup_is_a_verified_copy_in_the_backups_folder_with_its_meeting_count(library, demo):
    backup = take_backup(library.database)
    assert backup.path.parent == library.path.parent / "backups"
    assert backup.meetings == 1
    copy = Library.open(backup.path)
    assert copy.load_meeting(demo.session.id).session.title == demo.session.title
    copy.close()


def test_only_the_newest_twenty_backups_are_kept_newest_first(library, demo):
    start = datetime(2026, 5, 17, 13, 0, tzinfo=UTC)
    for minute in range(KEEP + 5):
        take_backup(library.database, now=start + timedelta(minutes=minute))
    backups = list_backups(library.path)
    assert len(backups) == KEEP
    assert backups[0].taken_at == start + timedelta(minutes=KEEP + 4)
    assert backups[-1].taken_at == start + timedelta(minutes=5)
    assert len(list(backups_folder(library.path).iterdir())) == KEEP


def test_the_schedule_backs_up_only_when_something_changed(library, demo, library_path):
    schedule = BackupSchedule(library.database)
    assert schedule.run() is not None
    assert schedule.run() is None  # nothing changed
    library.notes.add(Note(session_id=demo.session.id, text="A change by this window"))
    assert schedule.run() is not None
    other = Library.open(library_path)  # a change by another connection counts too
    other.notes.add(Note(session_id=demo.session.id, text="A change by another connection"))
    other.close()
    assert schedule.due()


def test_restoring_a_backup_keeps_the_replaced_library_aside(library, demo, library_path):
    backup = take_backup(library.database)
    library.notes.add(Note(session_id=demo.session.id, text="typed after the backup"))
    library.close()
    kept = restore_backup(backup.path, library_path)
    assert kept.exists() and kept.parent == library_path.parent
    restored = Library.open(library_path)
    assert restored.notes.for_session(demo.session.id) == []
    restored.close()
    before = Library.open(kept)
    assert [n.text for n in before.notes.for_session(demo.session.id)] == ["typed after the backup"]
    before.close()


def test_a_damaged_backup_is_skipped_for_the_newest_good_one(library, demo):
    good = take_backup(library.database, now=datetime(2026, 1, 1, tzinfo=UTC))
    bad = take_backup(library.database, now=datetime(2026, 1, 2, tzinfo=UTC))
    bad.path.write_bytes(bad.path.read_bytes()[:5000])
    assert [b.readable for b in list_backups(library.path)] == [False, True]
    assert newest_good_backup(library.path).path == good.path


def test_a_start_backup_is_skipped_when_the_library_did_not_change(library, demo):
    assert changed_since(library.path, None)
    library.close()
    reopened = Library.open(library.path)
    backup = take_backup(reopened.database)
    assert not changed_since(library.path, backup)
    reopened.close()


def test_a_copy_that_fails_its_check_is_not_kept(library, demo, monkeypatch):
    monkeypatch.setattr(backups, "integrity_problems", lambda connection, quick=False: ["page 3"])
    with pytest.raises(backups.BackupError, match=r"is damaged \(page 3\).*good ones are kept"):
        take_backup(library.database)
    assert list(backups_folder(library.path).iterdir()) == []
