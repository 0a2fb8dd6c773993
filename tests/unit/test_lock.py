"""One writer per library: the lock file beside the library."""

import os
import signal
import subprocess
import sys

import pytest

from roundtable_desktop.storage.lock import (
    LibraryInUseError,
    LibraryLock,
    is_locked,
    lock_path,
    read_holder,
)

HOLD_LOCK = """
import sys, time
from roundtable_desktop.storage.lock import LibraryLock
LibraryLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(3600)  # until the test kills it
"""


def test_a_second_lock_on_the_same_library_is_refused_and_names_the_holder(library_path):
    first = LibraryLock(library_path).acquire()
    with pytest.raises(LibraryInUseError) as refused:
        LibraryLock(library_path).acquire()
    assert refused.value.holder.pid == os.getpid()
    assert f"process {os.getpid()}" in str(refused.value)
    first.release()


def test_a_released_lock_can_be_taken_again_and_says_the_last_exit_was_clean(library_path):
    LibraryLock(library_path).acquire().release()
    again = LibraryLock(library_path).acquire()
    assert again.previous is None
    assert read_holder(lock_path(library_path)).pid == os.getpid()
    again.release()
    assert not is_locked(library_path)


def test_the_lock_of_a_killed_process_is_taken_over_at_once(library_path):
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(library_path)],
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    assert is_locked(library_path)
    with pytest.raises(LibraryInUseError):
        LibraryLock(library_path).acquire()
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()
    # at once: the first try once the process is gone (the system drops a dead process's lock
    # with the process), not after some wait that a loaded machine could stretch
    taken = LibraryLock(library_path).acquire()
    assert taken.previous.pid == child.pid  # the crashed copy is known
    taken.release()


def test_lock_file_with_garbage_is_taken_over(library_path):
    lock_path(library_path).write_bytes(b"\x00garbage")
    lock = LibraryLock(library_path).acquire()
    assert lock.previous is None
    lock.release()


def test_two_paths_to_one_library_share_one_lock(library_path, tmp_path):
    other_name = tmp_path / "shortcut.sqlite"
    other_name.symlink_to(library_path)
    with LibraryLock(library_path), pytest.raises(LibraryInUseError):
        LibraryLock(other_name).acquire()
