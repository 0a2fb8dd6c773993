"""`roundtable-desktop check [--repair]` headless: detect, tell, restore, keep the damaged file."""

import subprocess
import sys

from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.backups import take_backup
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.lock import LibraryLock


def check(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "roundtable_desktop", "check", *arguments],
                          capture_output=True, text=True, timeout=300)


def test_check_says_a_sound_library_is_in_good_order(library, demo, library_path):
    take_backup(library.database)
    done = check("--db", str(library_path))
    assert done.returncode == 0, done.stderr
    assert "in good order" in done.stdout and "1 backups" in done.stdout


def test_check_finds_damage_and_repair_restores_the_backup_keeping_the_damaged_file(
        library, demo, library_path):
    for index in range(100):
        library.notes.add(Note(session_id=demo.session.id, text=f"Point {index} " * 30))
    take_backup(library.database)
    library.close()
    data = library_path.read_bytes()
    library_path.write_bytes(data[: len(data) // 2])

    found = check("--db", str(library_path))
    assert found.returncode == 1
    assert found.stderr.count("\n") == 1 and "damaged" in found.stderr and "--repair" in found.stderr

    repaired = check("--db", str(library_path), "--repair")
    assert repaired.returncode == 0, repaired.stderr
    assert "Restored the backup" in repaired.stdout
    kept = [p for p in library_path.parent.glob("library.damaged-*.sqlite")]
    assert len(kept) == 1 and kept[0].stat().st_size == len(data) // 2
    assert check("--db", str(library_path)).returncode == 0
    restored = Library.open(library_path)
    assert len(restored.notes.for_session(demo.session.id)) == 100
    restored.close()


def test_repair_refuses_while_the_app_writes_to_the_library(library, demo, library_path):
    with LibraryLock(library_path):
        looked = check("--db", str(library_path))
        refused = check("--db", str(library_path), "--repair")
    assert looked.returncode == 0 and "open in Roundtable Desktop (process" in looked.stdout
    assert refused.returncode == 1 and "in use" in refused.stderr


def test_check_of_a_missing_library_is_bad_input(tmp_path):
    assert check("--db", str(tmp_path / "none.sqlite")).returncode == 2


def test_repair_of_a_sound_library_does_not_take_itself_for_the_running_window(
        library, demo, library_path):
    done = check("--db", str(library_path), "--repair")
    assert done.returncode == 0, done.stderr
    assert "in good order" in done.stdout
    assert "open in Roundtable Desktop" not in done.stdout


def test_check_of_an_empty_library_with_a_backup_offers_the_repair(library, demo, library_path):
    take_backup(library.database)
    library.close()
    library_path.write_bytes(b"")
    found = check("--db", str(library_path))
    assert found.returncode == 1 and "empty (0 bytes)" in found.stderr and "--repair" in found.stderr
    repaired = check("--db", str(library_path), "--repair")
    assert repaired.returncode == 0 and "Restored the backup" in repaired.stdout
    assert Library.open(library_path).sessions.count() == 1
