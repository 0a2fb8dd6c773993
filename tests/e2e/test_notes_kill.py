"""Killing the app mid-sentence loses no saved note and no typing the notes area kept as a
draft; while the rapporteur types on, the draft is kept at least every second of typing.

Judged by what the typist reported (each draft once committed), never by how long a loaded
machine took: a starved typist keeps its drafts late, and types slower too. A second of steady
typing is counted in the typist's own keystrokes, which a paused process never adds to."""

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.notes import NotesServices

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
KEYS_A_SECOND = 40  # notes_typist.py presses a key every 25 ms
DRAFT_DELAY_S = 1.0  # the notes area keeps the draft at most a second after a change
KEPT_EVERY_KEYS = 2 * DRAFT_DELAY_S * KEYS_A_SECOND  # a draft kept every 2 s of typing would fail
DRAFTS_BEFORE_KILL = 2  # drafts of the last note, kept while typing on
KEYS_AFTER_LAST_DRAFT = 20  # the kill comes with typing not yet kept
WATCHDOG_S = 600  # a typist that hangs is killed, and the test fails


def test_a_kill_mid_sentence_keeps_every_saved_note_and_the_draft_kept_before_it(tmp_path):
    path = tmp_path / "library.sqlite"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(HERE / "notes_typist.py"), str(path)],
                             stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
    watchdog = threading.Timer(WATCHDOG_S, child.kill)
    watchdog.start()
    saved: list[str] = []
    typed: list[str] = []  # the last note's text after each keystroke
    drafts: list[tuple[int, str]] = []  # the last note's drafts: (keystrokes before it, text)
    session_id = ""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, *rest = line.rstrip("\n").split("\t")
            if kind == "SESSION":
                session_id = rest[0]
            elif kind == "SAVED":
                saved.append(json.loads(rest[0]))
                typed.clear()
                drafts.clear()
            elif kind == "TYPED":
                typed.append(json.loads(rest[1]))
            elif kind == "DRAFT" and len(saved) == 3 and json.loads(rest[0]):
                drafts.append((len(typed), json.loads(rest[0])))
            if len(drafts) >= DRAFTS_BEFORE_KILL and len(typed) - drafts[-1][0] >= KEYS_AFTER_LAST_DRAFT:
                child.send_signal(signal.SIGKILL)
                break
    finally:
        watchdog.cancel()
        child.kill()
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL
    assert len(saved) == 3, "the typist stopped before it was killed"
    assert len(drafts) >= DRAFTS_BEFORE_KILL, "no draft was kept while the rapporteur typed on"

    library = Library.open(path)
    try:
        notes = [n.text for n in library.notes.for_session(session_id)]
        draft = NotesServices.of(library).drafts.load(session_id, "capture")
    finally:
        library.close()
    assert notes == saved
    assert draft is not None
    assert typed[-1].startswith(draft["text"])  # nothing but what was typed
    assert len(draft["text"]) >= len(drafts[-1][1])  # everything kept before the kill is there
    for (at, text), (later, later_text) in zip(drafts, drafts[1:], strict=False):
        assert later_text.startswith(text) and later - at <= KEPT_EVERY_KEYS, drafts
    assert drafts[0][0] <= KEPT_EVERY_KEYS, drafts
