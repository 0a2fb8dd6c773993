"""`join` interrupted (Ctrl+C, SIGTERM) while it stores a large meeting: it waits for the batch
being stored, exits cleanly, the library is sound, and the next join brings the whole meeting.

The interrupt is sent after the first batch arrived and tried again (with a fresh library) until
`join` says it landed while a batch was being stored: by events, never by a timing margin."""

import signal
import sqlite3
import subprocess
from pathlib import Path

from roundtable_desktop.domain.model import Note
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.storage.library import Library
from tests.e2e.test_link_processes import ACROSS_PROCESSES, _line, _shown, _start
from tests.link_support import wait_until

NOTES = 2400  # six batches of notes: most of the time `join` spends is storing them
MID_BATCH = "Stopping: the changes being stored are stored first"
ATTEMPTS = 25


def _large_meeting(path: Path) -> str:
    meeting = demo_meeting()
    session_id = meeting.session.id
    for number in range(NOTES):
        meeting.notes.append(Note(session_id, f"Point {number}: " + "partnership and capacity " * 12))
    library = Library.open(path)
    try:
        return library.add_meeting(meeting).session.id
    finally:
        library.close()


def _soundness(path: Path) -> tuple[list[str], list[tuple]]:
    connection = sqlite3.connect(path)
    try:
        integrity = [row[0] for row in connection.execute("PRAGMA integrity_check")]
        return integrity, connection.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        connection.close()


def _interrupted_mid_batch(folder: Path, address: str, code: str, stop: signal.Signals) -> Path:
    """A fresh library joined and interrupted until the interrupt lands during a batch."""
    for attempt in range(ATTEMPTS):
        library = folder / f"rapporteur-{stop.name}-{attempt}.sqlite"
        join, out = _start(folder, "join", address, "--code", code, "--db", str(library))
        try:
            _line(out, "Received ")
            join.send_signal(stop)
            assert join.wait(ACROSS_PROCESSES) == 0, out.read_text()  # a crash would be -11 (SIGSEGV)
        finally:
            if join.poll() is None:
                join.kill()
        assert _soundness(library) == (["ok"], []), out.read_text()
        if MID_BATCH in out.read_text():
            return library
    raise AssertionError(f"no interrupt landed during a batch in {ATTEMPTS} tries")


def test_join_interrupted_while_storing_keeps_the_library_whole_and_the_next_join_completes(tmp_path):
    chair = tmp_path / "chair.sqlite"
    session_id = _large_meeting(chair)
    share, share_out = _start(tmp_path, "share", session_id, "--db", str(chair), "--host", "127.0.0.1")
    try:
        address = _line(share_out, "Address: ").split(": ", 1)[1]
        code = _line(share_out, "Code: ").split(": ", 1)[1]
        expected = _shown(chair, session_id)
        assert len(expected["notes"]) == NOTES
        for stop in (signal.SIGINT, signal.SIGTERM):
            library = _interrupted_mid_batch(tmp_path, address, code, stop)
            stored = _shown(library, session_id)
            assert len(stored.get("notes", [])) < NOTES  # interrupted before the whole meeting
            join, out = _start(tmp_path, "join", address, "--code", code, "--db", str(library))
            try:
                wait_until(lambda rejoined=library: _shown(rejoined, session_id) == expected,
                           "the meeting completed", timeout=ACROSS_PROCESSES)
                join.send_signal(signal.SIGTERM)
                assert join.wait(ACROSS_PROCESSES) == 0, out.read_text()
            finally:
                if join.poll() is None:
                    join.kill()
            assert _soundness(library) == (["ok"], [])
    finally:
        share.send_signal(signal.SIGTERM)
        try:
            share.wait(ACROSS_PROCESSES)
        except subprocess.TimeoutExpired:
            share.kill()
