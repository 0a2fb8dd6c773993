"""Killing the app mid-sentence loses no saved note and at most the last second of typing."""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.notes import NotesServices

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TYPING_BEFORE_KILL_S = 2.5
DRAFT_DELAY_S = 1.0
SLACK_S = 0.5


def test_a_kill_mid_sentence_keeps_every_saved_note_and_the_draft_to_its_last_second(tmp_path):
    path = tmp_path / "library.sqlite"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, str(HERE / "notes_typist.py"), str(path)],
                             stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
    saved: list[str] = []
    typed: list[tuple[float, str]] = []
    try:
        assert child.stdout is not None
        for line in child.stdout:
            kind, *rest = line.rstrip("\n").split("\t")
            if kind == "SESSION":
                session_id = rest[0]
            elif kind == "SAVED":
                saved.append(json.loads(rest[0]))
                typed.clear()
            elif kind == "TYPED":
                typed.append((float(rest[0]), json.loads(rest[1])))
                if len(saved) == 3 and typed[-1][0] - typed[0][0] >= TYPING_BEFORE_KILL_S:
                    break
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    assert len(saved) == 3, "the typist stopped before it was killed"

    library = Library.open(path)
    try:
        notes = [n.text for n in library.notes.for_session(session_id)]
        draft = NotesServices.of(library).drafts.load(session_id, "capture")
    finally:
        library.close()
    assert notes == saved
    assert draft is not None
    final_text = typed[-1][1]
    assert final_text.startswith(draft["text"])
    must_have = [text for at, text in typed if at <= killed_at - DRAFT_DELAY_S - SLACK_S]
    assert must_have, "typing before the kill was not long enough to judge"
    assert len(draft["text"]) >= len(must_have[-1])
