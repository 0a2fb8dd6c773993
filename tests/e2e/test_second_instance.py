"""A second start on the same library, 20 times, also after a SIGKILL of the first: it brings the
running window to the front and leaves; there is never more than one writer."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from roundtable_desktop.storage.lock import is_locked, lock_path, read_holder

ROOT = Path(__file__).resolve().parents[2]
ENVIRONMENT = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
BROUGHT_FORWARD = "already running on this library"
# Twenty copies of the app starting at once on a loaded machine: minutes, not seconds. A second
# start waits for the first copy to finish starting however long that takes (up to the app's own
# STARTING_SECONDS), so the test waits longer still.
PATIENCE_SECONDS = 300


# A first copy that holds the lock and listens only after some seconds of starting.
STARTING_COPY = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.ui.reliability.single_instance import ShowRequests
LibraryLock(sys.argv[1]).acquire()
print("held", flush=True)
time.sleep(float(sys.argv[2]))
application = QCoreApplication(sys.argv[:1])
requests = ShowRequests(Path(sys.argv[1]))
requests.show_requested.connect(lambda: print("shown", flush=True))
QTimer.singleShot(3_600_000, application.quit)
application.exec()
"""


def start(library: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "roundtable_desktop", "--db", str(library)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=ENVIRONMENT, cwd=ROOT)


def wait_for_writer(library: Path, candidates: list[subprocess.Popen]) -> subprocess.Popen:
    """The one process that holds the lock and has opened its window."""
    deadline = time.monotonic() + PATIENCE_SECONDS
    pids = {process.pid: process for process in candidates}
    while time.monotonic() < deadline:
        holder = read_holder(lock_path(library)) if is_locked(library) else None
        if holder and holder.pid in pids and (library.parent / "backups").is_dir():
            return pids[holder.pid]
        time.sleep(0.1)
    raise AssertionError("no copy became the library's writer")


def finish(processes: list[subprocess.Popen]) -> list[tuple[int, str]]:
    results = []
    for process in processes:
        _, error = process.communicate(timeout=PATIENCE_SECONDS)
        results.append((process.returncode, error))
    return results


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=PATIENCE_SECONDS)


def test_twenty_second_starts_bring_the_first_forward_and_never_make_two_writers(tmp_path):
    library = tmp_path / "library.sqlite"
    first = start(library)
    try:
        wait_for_writer(library, [first])
        seconds = [start(library) for _ in range(20)]
        for code, error in finish(seconds):
            assert code == 0 and BROUGHT_FORWARD in error, error
        assert first.poll() is None
        assert read_holder(lock_path(library)).pid == first.pid
        log = (tmp_path / "logs" / "roundtable.log").read_text(encoding="utf-8")
        # each start was answered (a start that got no answer in time asks again, so >= 20)
        assert log.count("bringing the window to the front") >= 20
    finally:
        stop(first)

    # the first copy is killed: 20 starts at once, exactly one becomes the writer
    racing = [start(library) for _ in range(20)]
    writer = wait_for_writer(library, racing)
    others = [process for process in racing if process is not writer]
    try:
        for code, error in finish(others):
            assert code == 0 and BROUGHT_FORWARD in error, error
        assert writer.poll() is None
        assert read_holder(lock_path(library)).pid == writer.pid
    finally:
        stop(writer)


def test_a_second_start_waits_for_a_first_copy_still_starting_longer_than_it_asks_one_that_listens(tmp_path):
    """The first copy listens only once its window is shown: a slow laptop may take longer than
    a second start asks a listening copy; it is waited for all the same, and brought forward."""
    from roundtable_desktop.ui.reliability.single_instance import ask_running_copy_to_show

    library = tmp_path / "library.sqlite"
    first = subprocess.Popen([sys.executable, "-c", STARTING_COPY, str(library), "2.0"],
                             stdout=subprocess.PIPE, text=True, env=ENVIRONMENT, cwd=ROOT)
    try:
        assert first.stdout.readline().strip() == "held"
        assert ask_running_copy_to_show(library, wait_seconds=0.5)  # it starts listening after 2 s
        assert first.stdout.readline().strip() == "shown"
    finally:
        stop(first)
