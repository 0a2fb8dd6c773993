"""A restore is atomic: killed at any step, the next start finds the library as it was (the
restore undone) or the backup in place (the restore finished), says which, and never a library
gone. A speaker still speaking in the backup comes back paused at the time the backup holds."""

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.backups import kept_libraries, list_backups, restore_backup, take_backup
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.restore import (
    marker_path,
    partial_path,
    settle_interrupted_restore,
    what_restore_drops,
)

KILLED_DURING_RESTORE = """
import os, sys
from roundtable_desktop.storage import restore
from roundtable_desktop.storage.backups import restore_backup

step = sys.argv[3]
def kill_after(function):
    def killed(*arguments, **named):
        result = function(*arguments, **named)
        os._exit(9)
    return killed

def kill_before(function):
    def killed(*arguments, **named):
        os._exit(9)
    return killed

if step == "copied":
    restore._prepare = kill_after(restore._prepare)
elif step == "noted":
    restore._write_marker = kill_after(restore._write_marker)
elif step == "kept":
    restore._keep_as = kill_after(restore._keep_as)
elif step == "in place":
    restore._finish = kill_before(restore._finish)
restore_backup(__import__("pathlib").Path(sys.argv[1]), __import__("pathlib").Path(sys.argv[2]))
"""


def _notes(path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT text FROM note"))
    finally:
        connection.close()


@pytest.fixture
def backed_up(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(demo_meeting())
    library.notes.add(Note(session_id=meeting.session.id, text="in the backup"))
    take_backup(library.database)
    library.notes.add(Note(session_id=meeting.session.id, text="written since"))
    library.close()
    return path, list_backups(path)[0].path


@pytest.mark.parametrize("step, finished", [("copied", None), ("noted", False), ("kept", False),
                                            ("in place", True)])
def test_a_restore_killed_at_any_step_is_finished_or_undone_at_the_next_start(backed_up, step,
                                                                               finished):
    path, backup = backed_up
    killed = subprocess.run([sys.executable, "-c", KILLED_DURING_RESTORE, str(backup), str(path), step],
                            capture_output=True, text=True, timeout=300)
    assert killed.returncode == -9 or killed.returncode == 9, killed.stderr
    assert path.exists()  # never a library gone, whatever the moment
    settled = settle_interrupted_restore(path)
    if finished is None:  # killed before the restore began to count: nothing to say
        assert settled is None
    else:
        assert settled.finished is finished
        assert ("was finished" if finished else "was undone") in settled.message()
    expected = ["in the backup"] if finished else ["in the backup", "written since"]
    assert _notes(path) == expected
    assert not partial_path(path).exists() and not marker_path(path).exists()
    kept = kept_libraries(path)
    if finished:
        assert len(kept) == 1 and _notes(kept[0].path) == ["in the backup", "written since"]
        assert settled.kept and str(kept[0].path) == settled.kept
    else:
        assert kept == []
    Library.open(path).close()  # a sound library either way


def test_a_running_clock_comes_back_paused_at_the_time_the_backup_holds(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(demo_meeting())
    slot = meeting.slots[0]
    started = datetime(2026, 5, 17, 13, 0, tzinfo=UTC)
    slot.state, slot.spoken_seconds, slot.last_started_at = SlotState.SPEAKING, 60.0, started
    slot.actual_start = started
    library.slots.update(slot)
    backup = take_backup(library.database, now=started + timedelta(seconds=30))
    library.close()
    restore_backup(backup.path, path)
    library = Library.open(path)
    restored = library.slots.get(slot.id)
    library.close()
    assert restored.state is SlotState.PAUSED and restored.last_started_at is None
    assert restored.spoken_seconds == pytest.approx(90.0)  # 60 before, 30 until the backup


def test_what_a_restore_drops_is_counted(backed_up):
    path, backup = backed_up
    library = Library.open(path)
    try:
        extra = library.add_meeting(demo_meeting())
        library.notes.add(Note(session_id=extra.session.id, text="in a new meeting"))
        losses = what_restore_drops(library.database.connection, backup)
    finally:
        library.close()
    assert losses.notes == 2 and losses.meetings == 1 and not losses.nothing
    assert len(losses.note_meetings) == 1  # both demo meetings share the demo's title


def test_the_library_a_restore_replaced_is_kept_and_restores_back(backed_up):
    path, backup = backed_up
    kept = restore_backup(backup, path)
    assert _notes(path) == ["in the backup"]
    assert [entry.path for entry in kept_libraries(path)] == [kept]
    restore_backup(kept, path)
    assert _notes(path) == ["in the backup", "written since"]
