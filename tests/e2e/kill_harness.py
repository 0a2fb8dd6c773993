"""The kill test's driver: run the child, SIGKILL it at a random moment, restart, check.

Checks after every kill: ``integrity_check`` is ok; every note the child reported saved is there
with its text; the draft lost at most its last second of typing; the running clock is restored
to within 1 s of what the child last reported (or was committing when it died).
"""

import json
import os
import random
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.model import Participant, Session, SpeakerSlot
from roundtable_desktop.storage.library import Library

CHILD = Path(__file__).with_name("kill_child.py")
ROOT = Path(__file__).resolve().parents[2]
CHARACTERS_PER_SECOND = 5


@dataclass
class Tally:
    kills: int = 0
    integrity_ok: int = 0
    notes_reported: int = 0
    notes_found: int = 0
    max_draft_loss_chars: int = 0
    max_clock_error_seconds: float = 0.0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"kills {self.kills}, integrity ok {self.integrity_ok}/{self.kills}, notes reported "
                f"saved {self.notes_reported}, found {self.notes_found}, draft lost at most "
                f"{self.max_draft_loss_chars} characters (1 s = {CHARACTERS_PER_SECOND}), clock "
                f"error at most {self.max_clock_error_seconds:.3f} s, failures {len(self.failures)}")


def make_library(path: Path) -> tuple[str, str]:
    library = Library.open(path)
    session = library.sessions.add(Session(title="Kill test"))
    speaker = library.participants.add(Participant(session_id=session.id, name="H.E. Speaker"))
    slot = library.slots.add(SpeakerSlot(session_id=session.id, participant_id=speaker.id))
    library.close()
    return session.id, slot.id


def _run_once(path: Path, session_id: str, slot_id: str, seed: int, kill_after: float) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), session_id, slot_id, str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=30)
    ready_seen = any(line == "READY" for line in lines)
    if ready_seen:
        threading.Event().wait(kill_after)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    error = child.stderr.read()
    child.stderr.close()
    if not ready_seen:
        raise AssertionError(f"the child did not start: {error.strip()[-500:]}")
    return lines


def _expected_clock(line: str) -> tuple[SlotState, float, datetime | None]:
    state, spoken, started = line.split(" ", 2)
    return SlotState(state), float(spoken), None if started == "-" else datetime.fromisoformat(started)


def _spoken(state: SlotState, spoken: float, started: datetime | None, now: datetime) -> float:
    if state is SlotState.SPEAKING and started is not None:
        return spoken + (now - started).total_seconds()
    return spoken


def _check(path: Path, session_id: str, slot_id: str, lines: list[str], notes: dict,
           clock: list[str], tally: Tally) -> None:
    from kill_child import TEXT  # noqa: PLC0415 (the child's script, beside this file)

    typed = 0
    intent = None
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "TYPED":
            typed = int(rest)
        elif word == "NOTE":
            note_id, start, end = rest.split()
            notes[note_id] = TEXT[int(start):int(end)]
        elif word == "INTENT":
            intent = rest
        elif word == "CLOCK":
            clock[:] = [rest]
            intent = None
    library = Library.open(path)
    try:
        if library.database.query("PRAGMA integrity_check")[0][0] == "ok":
            tally.integrity_ok += 1
        else:
            tally.failures.append("integrity_check failed")
        stored = {note.id: note.text for note in library.notes.for_session(session_id)}
        tally.notes_reported = len(notes)
        found = [note_id for note_id, text in notes.items() if stored.get(note_id) == text]
        tally.notes_found = len(found)
        if len(found) != len(notes):
            tally.failures.append(f"{len(notes) - len(found)} reported notes missing")
        rows = library.database.query(
            "SELECT payload FROM draft WHERE session_id = ? AND target = 'capture'", (session_id,))
        payload = json.loads(rows[0]["payload"]) if rows else {"text": "", "start": 0}
        draft, start = payload["text"], payload["start"]
        if draft != TEXT[start:start + len(draft)]:
            tally.failures.append(f"the draft is not what was typed: {draft!r}")
        lost = typed - (start + len(draft))
        tally.max_draft_loss_chars = max(tally.max_draft_loss_chars, lost)
        if lost > CHARACTERS_PER_SECOND:
            tally.failures.append(f"the draft lost {lost} characters")
        slot = library.slots.get(slot_id)
        now = datetime.now(UTC)
        restored = _spoken(slot.state, slot.spoken_seconds, slot.last_started_at, now)
        candidates = [c for c in (clock[0] if clock else None, intent) if c]
        errors = [abs(restored - _spoken(*_expected_clock(c), now)) for c in candidates]
        error = min(errors) if errors else 0.0
        tally.max_clock_error_seconds = max(tally.max_clock_error_seconds, error)
        if error > 1.0:
            tally.failures.append(f"the clock was restored {error:.2f} s off")
    finally:
        library.close()


def run_kills(folder: Path, count: int, seed: int = 2026, shortest: float = 0.2,
              longest: float = 1.5, progress=None) -> Tally:
    """Kill and restart the child ``count`` times; returns the tally of the checks."""
    sys.path.insert(0, str(CHILD.parent))
    path = folder / "library.sqlite"
    session_id, slot_id = make_library(path)
    chance = random.Random(seed)
    tally, notes, clock = Tally(), {}, []
    for round_number in range(count):
        lines = _run_once(path, session_id, slot_id, chance.randrange(1 << 30),
                          chance.uniform(shortest, longest))
        tally.kills += 1
        _check(path, session_id, slot_id, lines, notes, clock, tally)
        if progress:
            progress(round_number + 1, tally)
    return tally
