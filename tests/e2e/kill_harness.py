"""The kill test's driver: run the child, SIGKILL it at a random moment, restart, check.

Checks after every kill: ``integrity_check`` is ok; every note the child reported saved is there
with its text; the draft holds at least the typing the child last reported stored (and nothing
that was not typed); the running clock is restored to what the child last reported (or was
committing when it died), to the millisecond the library stores.

Every bound follows from what the child reported before it died, never from how fast the machine
ran it: a child paused for seconds by a loaded machine stores its draft late, and loses more
seconds of typing, without anything being wrong. How much typing a kill cost is measured all the
same (the figure ``make soak`` prints).
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.ids import utc_now
from roundtable_desktop.domain.model import Participant, Session, SpeakerSlot
from roundtable_desktop.domain.speaker_list import SpeakerList
from roundtable_desktop.storage.drafts import DraftStore
from roundtable_desktop.storage.library import Library

CHILD = Path(__file__).with_name("kill_child.py")
ROOT = Path(__file__).resolve().parents[2]
READY_SECONDS = 120.0  # only a broken child takes this long to start; a working one, a second
# The library stores times to the millisecond and the child prints spoken seconds to the
# millisecond: the restored clock is that close to what the child reported, on any machine.
CLOCK_ROUNDING_SECONDS = 0.002


@dataclass
class Tally:
    kills: int = 0
    integrity_ok: int = 0
    notes_reported: int = 0
    notes_found: int = 0
    max_draft_loss_chars: int = 0
    max_draft_loss_seconds: float = 0.0
    max_clock_error_seconds: float = 0.0
    drafts_reported: int = 0
    draft_repeats_saved_note: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"kills {self.kills}, integrity ok {self.integrity_ok}/{self.kills}, notes reported "
                f"saved {self.notes_reported}, found {self.notes_found}, draft lost at most "
                f"{self.max_draft_loss_chars} characters = {self.max_draft_loss_seconds:.2f} s of "
                f"typing, drafts reported stored {self.drafts_reported}, clock error at most "
                f"{self.max_clock_error_seconds:.3f} s, draft brought "
                f"back a note already saved {self.draft_repeats_saved_note} times, "
                f"failures {len(self.failures)}")


def make_library(path: Path) -> tuple[str, str]:
    library = Library.open(path)
    session = library.sessions.add(Session(title="Kill test"))
    speaker = library.participants.add(Participant(session_id=session.id, name="H.E. Speaker"))
    slot = library.slots.add(SpeakerSlot(session_id=session.id, participant_id=speaker.id))
    library.close()
    return session.id, slot.id


def _run_once(path: Path, session_id: str, slot_id: str, seed: int, kill_after: float,
              after_a_draft: bool = False) -> tuple[float, list[tuple[float, str]]]:
    """Start the child and SIGKILL it ``kill_after`` seconds after it is ready (or, with
    ``after_a_draft``, after it reported its first stored draft)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), session_id, slot_id, str(seed)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", env=env)
    lines: list[tuple[float, str]] = []
    ready = threading.Event()
    signal_word = "DRAFT " if after_a_draft else "READY"

    def read() -> None:
        for line in child.stdout:
            lines.append((time.monotonic(), line.rstrip("\n")))
            if line.startswith(signal_word):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=READY_SECONDS)
    ready_seen = any(line.startswith(signal_word) for _, line in lines)
    if ready_seen:
        time.sleep(kill_after)
    killed_at = time.monotonic()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    reader.join(timeout=60)
    error = child.stderr.read()
    child.stderr.close()
    if not ready_seen:
        raise AssertionError(f"the child did not report {signal_word.strip()}: {error.strip()[-500:]}")
    return killed_at, lines


def _expected_clock(line: str) -> tuple[SlotState, float, datetime | None]:
    state, spoken, started = line.split(" ", 2)
    return SlotState(state), float(spoken), None if started == "-" else datetime.fromisoformat(started)


def _spoken(state: SlotState, spoken: float, started: datetime | None, now: datetime) -> float:
    if state is SlotState.SPEAKING and started is not None:
        return spoken + (now - started).total_seconds()
    return spoken


@dataclass
class _Run:
    """What one child reported before it was killed."""

    killed_at: float
    typed_at: list[tuple[float, int]] = field(default_factory=list)  # (when typed, characters)
    stored: int | None = None  # the typing up to this character was reported committed
    drafts: int = 0
    clock: str | None = None
    intent: str | None = None


def _read_run(killed_at: float, lines: list[tuple[float, str]], notes: dict, run: _Run) -> None:
    from kill_child import TEXT  # the child's script, beside this file

    run.killed_at = killed_at
    for _, line in lines:
        word, _, rest = line.partition(" ")
        if len(rest.split()) != {"TYPED": 2, "DRAFT": 1, "NOTE": 3, "INTENT": 3, "CLOCK": 3}.get(word, 0):
            continue  # READY, or a line the kill cut short: nothing reported
        if word == "TYPED":  # the child's time.monotonic(): the same clock on this machine
            count, typed_at = rest.split()
            run.typed_at.append((float(typed_at), int(count)))
        elif word == "DRAFT":
            run.stored, run.drafts = int(rest), run.drafts + 1
        elif word == "NOTE":  # the note and the emptied draft after it, in one commit
            note_id, start, end = rest.split()
            notes[note_id] = (int(start), TEXT[int(start):int(end)])
            run.stored = int(end)
        elif word == "INTENT":
            run.intent = rest
        elif word == "CLOCK":
            run.clock, run.intent = rest, None


def _check_draft(drafts: DraftStore, session_id: str, run: _Run, notes: dict, tally: Tally) -> None:
    from kill_child import TEXT

    payload = drafts.load(session_id, "capture") or {"text": "", "start": 0}
    draft, start = payload["text"], payload["start"]
    if draft != TEXT[start:start + len(draft)]:
        tally.failures.append(f"the draft is not what was typed: {draft!r}")
    if draft and any(start == begun for begun, _ in notes.values()):  # a note would be saved twice
        tally.draft_repeats_saved_note += 1
        tally.failures.append(f"the draft brings back a note already saved: {draft!r}")
    kept = start + len(draft)
    typed = max((n for _, n in run.typed_at), default=kept)
    lost = [typed_at for typed_at, n in run.typed_at if n > kept]
    lost_seconds = run.killed_at - min(lost) if lost else 0.0
    tally.max_draft_loss_chars = max(tally.max_draft_loss_chars, typed - kept)
    tally.max_draft_loss_seconds = max(tally.max_draft_loss_seconds, lost_seconds)  # a figure
    tally.drafts_reported += run.drafts
    if run.stored is not None and kept < run.stored:
        tally.failures.append(f"the draft lost typing reported stored: it ends at character {kept}, "
                              f"the child had stored up to {run.stored}")
    if kept > typed:
        tally.failures.append(f"the draft holds {kept - typed} characters never typed")


def _check_clock(library: Library, session_id: str, run: _Run, tally: Tally) -> None:
    """The clock as the console restores it (SpeakerList) against what the child reported, both
    read at one fixed moment (a paused test process changes neither)."""
    now = utc_now()
    speakers = SpeakerList(library.slots.for_session(session_id),
                           library.agenda.for_session(session_id), lambda: 0.0, lambda: now)
    restored = speakers.reading().spoken if speakers.clock else 0.0
    candidates = [c for c in (run.clock, run.intent) if c]
    errors = [abs(restored - _spoken(*_expected_clock(c), now)) for c in candidates]
    error = min(errors) if errors else 0.0
    tally.max_clock_error_seconds = max(tally.max_clock_error_seconds, error)
    if error > CLOCK_ROUNDING_SECONDS:
        tally.failures.append(f"the clock was restored {error:.3f} s off")


def _check(path: Path, session_id: str, run: _Run, notes: dict, tally: Tally) -> None:
    library = Library.open(path)
    try:
        if library.database.query("PRAGMA integrity_check")[0][0] == "ok":
            tally.integrity_ok += 1
        else:
            tally.failures.append("integrity_check failed")
        stored = {note.id: note.text for note in library.notes.for_session(session_id)}
        tally.notes_reported = len(notes)
        tally.notes_found = sum(stored.get(note_id) == text for note_id, (_, text) in notes.items())
        if tally.notes_found != len(notes):
            tally.failures.append(f"{len(notes) - tally.notes_found} reported notes missing")
        _check_draft(DraftStore(library.database), session_id, run, notes, tally)
        _check_clock(library, session_id, run, tally)
    finally:
        library.close()


def run_kills(folder: Path, count: int, seed: int = 2026, shortest: float = 0.2,
              longest: float = 1.5, progress=None) -> Tally:
    """Kill and restart the child ``count`` times; returns the tally of the checks. Every other
    kill comes after the child reported a stored draft, so that stored drafts are always put to
    the test however slowly a loaded machine runs the child."""
    sys.path.insert(0, str(CHILD.parent))
    path = folder / "library.sqlite"
    session_id, slot_id = make_library(path)
    chance = random.Random(seed)
    tally, notes, run = Tally(), {}, _Run(0.0)
    for round_number in range(count):
        killed_at, lines = _run_once(path, session_id, slot_id, chance.randrange(1 << 30),
                                     chance.uniform(shortest, longest), after_a_draft=round_number % 2 == 1)
        tally.kills += 1
        run = _Run(killed_at, clock=run.clock)  # a clock not touched in this run stays as it was
        _read_run(killed_at, lines, notes, run)
        _check(path, session_id, run, notes, tally)
        if progress:
            progress(round_number + 1, tally)
    return tally
