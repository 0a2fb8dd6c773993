"""A full disk: the write fails with plain words, nothing saved before is lost, and the same
note is saved once space is freed. Uses a real 1 MB tmpfs when it can be mounted (root on
Linux), else an injected SQLITE_FULL."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.domain.model import Note, Session
from roundtable_desktop.storage.library import Library


@pytest.fixture
def tiny_disk(tmp_path: Path):
    folder = tmp_path / "tiny"
    folder.mkdir()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def test_a_full_disk_loses_no_note_and_the_write_succeeds_once_space_is_freed(tiny_disk):
    library = Library.open(tiny_disk / "library.sqlite")
    session = library.sessions.add(Session(title="Roundtable"))
    saved = [library.notes.add(Note(session_id=session.id, text=f"before {i}")) for i in range(5)]
    filler = tiny_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    pending = Note(session_id=session.id, text="A commitment typed while the disk was full " * 50)
    with pytest.raises(StorageWriteError) as failed:
        for _ in range(200):  # the WAL may still have room for a few pages
            library.notes.add(Note(session_id=session.id, text=pending.text))
    assert failed.value.reason == "disk_full"
    filler.unlink()
    library.notes.add(pending)
    texts = [n.text for n in library.notes.for_session(session.id)]
    assert [n.text for n in saved] == texts[:5] and pending.text in texts
    assert library.database.query("PRAGMA integrity_check")[0][0] == "ok"
    library.close()


class _FullDisk:
    """A connection whose writes fail as on a full disk while ``full`` is true."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection, self.full = connection, True

    def execute(self, sql: str, *parameters):
        if self.full and sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL
            raise error
        return self._connection.execute(sql, *parameters)

    def __getattr__(self, name: str):
        return getattr(self._connection, name)


def test_an_injected_full_disk_rolls_back_and_keeps_earlier_notes(library, demo):
    library.notes.add(Note(session_id=demo.session.id, text="kept"))
    real = library.database.connection
    library.database.connection = _FullDisk(real)
    with pytest.raises(StorageWriteError, match="full"):
        library.notes.add(Note(session_id=demo.session.id, text="later"))
    assert not real.in_transaction
    library.database.connection = real
    library.notes.add(Note(session_id=demo.session.id, text="later"))
    assert [n.text for n in library.notes.for_session(demo.session.id)] == ["kept", "later"]
