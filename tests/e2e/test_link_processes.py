"""The live link between two processes, as two laptops run it: `share` and `join` on loopback;
the follower killed mid-meeting and restarted catches up; the chair's share restarted gives a new
code, which the follower needs; at the end both libraries hold the same meeting (`show --json`)."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.library import Library
from tests.link_support import chair_library, wait_until

ROOT = Path(__file__).resolve().parents[2]
# Every step here starts a process or waits for one (a `show` for each look at a library): on a
# loaded machine a start alone may take many seconds, so each step may take minutes.
ACROSS_PROCESSES = 300.0


def _until(condition, what: str) -> None:
    wait_until(condition, what, timeout=ACROSS_PROCESSES)


def _start(folder: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    out = folder / f"{args[0]}-{time.monotonic_ns()}.out"
    stream = out.open("w")
    process = subprocess.Popen([sys.executable, "-m", "roundtable_desktop", *args], cwd=ROOT,
                               stdout=stream, stderr=subprocess.STDOUT,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    return process, out


def _line(out: Path, start: str) -> str:
    _until(lambda: any(line.startswith(start) for line in out.read_text().splitlines()),
           f"a line starting {start!r}")
    return next(line for line in out.read_text().splitlines() if line.startswith(start))


def _shown(path: Path, session_id: str) -> dict:
    done = subprocess.run([sys.executable, "-m", "roundtable_desktop", "show", session_id, "--json",
                           "--db", str(path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=ACROSS_PROCESSES)
    return json.loads(done.stdout) if done.returncode == 0 else {}


def _same(path: Path, other: Path, session_id: str) -> bool:
    """Both libraries show the meeting, the same (a `show` that failed is no meeting)."""
    theirs = _shown(other, session_id)
    return bool(theirs) and _shown(path, session_id) == theirs


def _add_note(path: Path, session_id: str, text: str) -> None:
    library = Library.open(path)
    try:
        library.notes.add(Note(session_id, text))
    finally:
        library.close()


def _send_message(path: Path, session_id: str, text: str) -> None:
    """The chair's message to the speaker who has the floor (the first slot)."""
    from roundtable_desktop.domain.ids import utc_now
    from roundtable_desktop.domain.speaker_message import UsualMessage

    library = Library.open(path)
    try:
        slot = library.slots.for_session(session_id)[0]
        library.speaker_messages.send(session_id, text, UsualMessage.TYPED, slot.id, utc_now())
    finally:
        library.close()


def _messages(path: Path, session_id: str) -> list[tuple]:
    from tests.merge_support import speaker_messages

    library = Library.open(path)
    try:
        return speaker_messages(library, session_id)
    finally:
        library.close()


def _stop(process: subprocess.Popen, kill: bool = False) -> None:
    process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
    process.wait(ACROSS_PROCESSES)


def test_kill_and_restart_either_laptop_and_both_end_with_the_same_meeting(tmp_path):
    chair, rapporteur = tmp_path / "chair.sqlite", tmp_path / "rapporteur.sqlite"
    session_id = chair_library(chair)
    share, share_out = _start(tmp_path, "share", session_id, "--db", str(chair), "--host", "127.0.0.1")
    processes = [share]
    try:
        address = _line(share_out, "Address: ").split(": ", 1)[1]
        code = _line(share_out, "Code: ").split(": ", 1)[1]
        join, join_out = _start(tmp_path, "join", address, "--code", code, "--db", str(rapporteur))
        processes.append(join)
        _until(lambda: _same(rapporteur, chair, session_id), "the first snapshot")
        _add_note(rapporteur, session_id, "Typed while following")
        _until(lambda: "Typed while following" in json.dumps(_shown(chair, session_id)), "note reached")

        _stop(join, kill=True)  # the rapporteur's laptop crashes
        _add_note(rapporteur, session_id, "Typed after the crash")
        _add_note(chair, session_id, "Written on the chair's laptop meanwhile")
        _send_message(chair, session_id, "Please conclude")
        join, join_out = _start(tmp_path, "join", address, "--code", code, "--db", str(rapporteur))
        processes.append(join)
        _until(lambda: _same(rapporteur, chair, session_id)
               and "Typed after the crash" in json.dumps(_shown(chair, session_id)), "caught up")

        _stop(share, kill=True)  # the chair's laptop crashes
        _line(join_out, "Link lost since ")
        _add_note(rapporteur, session_id, "Typed while the chair was away")
        share, share_out = _start(tmp_path, "share", session_id, "--db", str(chair), "--host", "127.0.0.1")
        processes.append(share)
        address = _line(share_out, "Address: ").split(": ", 1)[1]
        new_code = _line(share_out, "Code: ").split(": ", 1)[1]
        _stop(join)
        join, join_out = _start(tmp_path, "join", address, "--code", new_code, "--db", str(rapporteur))
        processes.append(join)
        _until(lambda: _same(rapporteur, chair, session_id)
               and "Typed while the chair was away" in json.dumps(_shown(chair, session_id)),
               "caught up again")
        _until(lambda: _messages(rapporteur, session_id) == _messages(chair, session_id), "message")
        assert [m[3] for m in _messages(rapporteur, session_id)] == ["Please conclude"]
        notes = _shown(chair, session_id)["notes"]
        assert sorted(n["text"] for n in notes) == sorted([
            "Typed while following", "Typed after the crash", "Written on the chair's laptop meanwhile",
            "Typed while the chair was away"])
    finally:
        for process in processes:
            if process.poll() is None:
                _stop(process, kill=True)


def test_the_command_line_share_is_announced_on_mdns_unless_told_not_to(tmp_path):
    """As the window's share is, so the Join dialog lists it; --no-announce keeps it off mDNS."""
    from roundtable_desktop.link.discovery import MeetingBrowser

    chair = tmp_path / "chair.sqlite"
    session_id = chair_library(chair)
    lists: list[list] = []
    browser = MeetingBrowser(lists.append)
    browser.start()
    quiet, quiet_out = _start(tmp_path, "share", session_id, "--db", str(chair), "--host", "127.0.0.1",
                              "--no-announce")
    try:
        _line(quiet_out, "Code: ")
        share, share_out = _start(tmp_path, "share", session_id, "--db", str(chair), "--host", "127.0.0.1")
        try:
            address = _line(share_out, "Address: ").split(": ", 1)[1]
            _until(lambda: any(m.session_id == session_id for m in (lists[-1] if lists else [])),
                   "the share announced")
            assert [m.address for m in lists[-1] if m.session_id == session_id] == [address]
        finally:
            _stop(share)
    finally:
        _stop(quiet)
        browser.stop()
