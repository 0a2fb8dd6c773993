"""A damaged library is detected, the user told, the file kept, and the newest backup restored."""

import os
import random
import subprocess
import sys

import pytest

from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.backups import take_backup
from roundtable_desktop.storage.health import Health, accept_as_is, check_library, repair
from roundtable_desktop.storage.library import Library


@pytest.fixture
def backed_up(library, demo, library_path):
    """A library of 200 notes, a backup of it, and the library closed and checkpointed."""
    for index in range(200):
        library.notes.add(Note(session_id=demo.session.id, text=f"Point {index} " * 20))
    take_backup(library.database)
    library.close()
    return library_path


def flip_bytes(path, count: int, seed: int) -> None:
    """Flip bytes in the headers of random pages: damage a check can see whatever the layout
    (a flip inside a note's text is, by design, not detectable)."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page_size
    chance = random.Random(seed)
    for _ in range(count):
        page = chance.randrange(1, pages)
        data[page * page_size + chance.randrange(0, 8)] ^= 0xFF
    path.write_bytes(bytes(data))


def _assert_repaired_from_backup(report, library_path, original: bytes) -> None:
    assert report.health is Health.DAMAGED and "damaged" in report.message()
    fixed = repair(report)
    assert fixed.kept_as.read_bytes() == original  # the damaged file is kept as it was
    assert check_library(library_path).health is Health.SOUND
    restored = Library.open(library_path)
    assert restored.database.query("SELECT COUNT(*) FROM note")[0][0] == 200
    restored.close()


def test_a_sound_library_and_a_new_one(backed_up, tmp_path):
    assert check_library(backed_up).health is Health.SOUND
    assert check_library(tmp_path / "none.sqlite").health is Health.NEW


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_flipped_bytes_are_detected_and_the_backup_restored(backed_up, seed):
    flip_bytes(backed_up, 64, seed)
    damaged = backed_up.read_bytes()
    _assert_repaired_from_backup(check_library(backed_up), backed_up, damaged)


@pytest.mark.parametrize("keep", [0.5, 0.9, 3000])
def test_a_truncated_library_is_detected_and_the_backup_restored(backed_up, keep):
    data = backed_up.read_bytes()
    backed_up.write_bytes(data[: int(keep * len(data)) if keep < 1 else keep])
    _assert_repaired_from_backup(check_library(backed_up), backed_up, backed_up.read_bytes())


KILLED_WHILE_WRITING = """
import os, sys
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.library import Library
library = Library.open(sys.argv[1])
session = library.sessions.all()[0]
for index in range(50):
    library.notes.add(Note(session_id=session.id, text=f"after the backup {index}"))
os.kill(os.getpid(), 9)
"""


def test_a_deleted_wal_journal_is_detected_and_either_restored_or_accepted(backed_up):
    subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(backed_up)], check=False)
    os.unlink(f"{backed_up}-wal")
    report = check_library(backed_up)
    assert report.health is Health.JOURNAL_MISSING
    assert "-wal" in report.message() and "may be lost" in report.message()
    accept_as_is(report)
    assert check_library(backed_up).health is Health.SOUND
    library = Library.open(backed_up)
    # what had been folded back into the library (a checkpoint) is kept; the rest is lost
    assert 200 <= library.database.query("SELECT COUNT(*) FROM note")[0][0] < 250
    library.close()


def test_a_deleted_wal_then_restore_keeps_the_file_aside(backed_up):
    subprocess.run([sys.executable, "-c", KILLED_WHILE_WRITING, str(backed_up)], check=False)
    os.unlink(f"{backed_up}-wal")
    fixed = repair(check_library(backed_up))
    assert fixed.restored is not None and fixed.kept_as.exists()
    assert check_library(backed_up).health is Health.SOUND


def test_a_damaged_library_without_backup_is_moved_aside_never_deleted(library, demo, library_path):
    library.close()
    flip_bytes(library_path, 200, 7)
    damaged = library_path.read_bytes()
    report = check_library(library_path)
    assert report.health is Health.DAMAGED
    fixed = repair(report)
    assert fixed.restored is None and fixed.kept_as.read_bytes() == damaged
    assert not library_path.exists()


def test_an_empty_library_with_backups_offers_the_newest_instead_of_a_new_demo(backed_up):
    backed_up.write_bytes(b"")
    report = check_library(backed_up)
    assert report.health is Health.EMPTY and report.needs_attention
    assert "empty (0 bytes)" in report.message() and "backup" in report.message()
    fixed = repair(report)
    assert fixed.restored is not None and fixed.kept_as.stat().st_size == 0  # kept, not deleted
    library = Library.open(backed_up)
    assert library.database.query("SELECT COUNT(*) FROM note")[0][0] == 200
    library.close()


def test_a_missing_library_with_backups_offers_them_and_without_backups_is_new(backed_up, tmp_path):
    backed_up.unlink()
    assert check_library(backed_up).health is Health.EMPTY
    assert "is missing" in check_library(backed_up).message()
    assert check_library(tmp_path / "elsewhere.sqlite").health is Health.NEW
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert check_library(empty).health is Health.NEW  # no backups: a new library, as before


UNFINISHED_TRANSACTION = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA journal_mode = DELETE")
connection.execute("PRAGMA cache_size = 1")
connection.execute("BEGIN IMMEDIATE")
for index in range(300):
    connection.execute("UPDATE note SET text = text || 'y'")
os.kill(os.getpid(), 9)
"""


def test_a_crash_in_the_middle_of_a_transaction_is_not_damage(backed_up):
    """The crash leaves the unfinished transaction's journal (``-journal``): a sound library."""
    subprocess.run([sys.executable, "-c", UNFINISHED_TRANSACTION, str(backed_up)], check=False)
    assert backed_up.with_name(backed_up.name + "-journal").exists()
    report = check_library(backed_up)
    assert report.health is Health.SOUND, report.problems
    library = Library.open(backed_up)
    texts = [row[0] for row in library.database.query("SELECT text FROM note")]
    library.close()
    assert len(texts) == 200 and not any(text.endswith("y") for text in texts)  # rolled back


FOLDED_BACK_THEN_KILLED = """
import os, sys
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.library import Library
library = Library.open(sys.argv[1])
session = library.sessions.all()[0]
library.notes.add(Note(session_id=session.id, text="after the backup"))
library.database.connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
os.kill(os.getpid(), 9)
"""


def test_a_journal_gone_after_everything_was_folded_back_is_no_loss(backed_up):
    subprocess.run([sys.executable, "-c", FOLDED_BACK_THEN_KILLED, str(backed_up)], check=False)
    os.unlink(f"{backed_up}-wal")
    assert check_library(backed_up).health is Health.SOUND
    library = Library.open(backed_up)
    assert library.database.query("SELECT COUNT(*) FROM note")[0][0] == 201
    library.close()
