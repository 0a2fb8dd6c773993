"""A library in a folder that cannot be written to (a read-only mount, as a write-protected
stick): no lock can be taken, so the window offers read-only; reading works, writes are refused
in plain words. Needs root on Linux for the read-only bind mount; skipped elsewhere."""

import os
import subprocess
import sys

import pytest

from roundtable_desktop.domain.errors import StorageWriteError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.lock import LibraryFolderReadOnlyError, LibraryLock
from roundtable_desktop.storage.read_only import open_read_only


@pytest.fixture
def read_only_copy(library, demo, library_path, tmp_path):
    """The library (closed) seen through a read-only bind mount of its folder."""
    library.notes.add(Note(session_id=demo.session.id, text="typed before"))
    library.close()
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a read-only bind mount needs root on Linux")
    view = tmp_path.parent / f"{tmp_path.name}-read-only"
    view.mkdir()
    mounted = subprocess.run(["mount", "--bind", str(tmp_path), str(view)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("bind mounts are not available here")
    try:
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True, capture_output=True)
        yield view / library_path.name
    finally:
        subprocess.run(["umount", "-l", str(view)], check=False)


def test_a_read_only_folder_gives_no_lock_but_a_plain_reason(read_only_copy):
    with pytest.raises(LibraryFolderReadOnlyError, match="cannot be written to"):
        LibraryLock(read_only_copy).acquire()


def test_a_library_in_a_read_only_folder_opens_read_only_and_refuses_writes(read_only_copy, demo):
    library = open_read_only(read_only_copy)
    try:
        assert [n.text for n in library.notes.for_session(demo.session.id)] == ["typed before"]
        with pytest.raises(StorageWriteError) as refused:
            library.notes.add(Note(session_id=demo.session.id, text="typed after"))
        assert refused.value.reason == "read_only"
    finally:
        library.close()


def test_the_log_goes_elsewhere_when_the_librarys_folder_cannot_be_written(tmp_path):
    import logging

    from roundtable_desktop.app import LogPlace, log_file_in, setup_logging

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")  # no folder can be made inside: as on a read-only stick
    fallback = tmp_path / "user-logs"
    place = LogPlace(log_file_in(blocked / "logs"))
    before = list(logging.getLogger().handlers)
    try:
        written = setup_logging([blocked / "logs", fallback], place)
        assert written == fallback / "roundtable.log" and place() == written
        logging.getLogger("roundtable_desktop").warning("the log is here")
        assert "the log is here" in written.read_text(encoding="utf-8")
        assert setup_logging([blocked / "logs"]) is None  # nowhere to write: no error either
    finally:
        for handler in logging.getLogger().handlers[:]:
            if handler not in before:
                logging.getLogger().removeHandler(handler)
                handler.close()
