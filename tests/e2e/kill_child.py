"""The app's notes and clock layers as a child process, driven by a scripted rapporteur who
types 5 characters a second and a chair whose speaker's clock runs (with a pause now and then).

It prints what the app has *reported saved* (after each commit) so that the parent, which kills
it with SIGKILL at a random moment, knows what must be there on restart:

    READY                              restored and running
    TYPED <n>                          the rapporteur has typed n characters in all
    NOTE <id> <start> <end>            note committed with TEXT[start:end]
    CLOCK <state> <spoken> <started>   the slot's clock committed (started: ISO wall time or -)
    INTENT <state> <spoken> <started>  the same, printed just before the commit

Usage: kill_child.py LIBRARY SESSION_ID SLOT_ID SEED
"""

import json
import random
import sys
import time
from datetime import UTC, datetime

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.ids import new_id, utc_now_iso
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.lock import LibraryLock

TEXT = ("Participants stressed that science, technology and innovation must reach the least "
        "developed countries. التكنولوجيا من أجل التنمية. 科学技术促进发展。 🌍🤝 "
        "One minister noted that commitments need finance. ") * 40
KEYSTROKE_SECONDS = 0.2  # 5 characters a second
DRAFT_EVERY_SECONDS = 0.5  # the draft is stored at least this often while typing
CAPTURE = "capture"


def say(*words: object) -> None:
    print(*words, flush=True)


def load_draft(library: Library, session_id: str) -> tuple[str, int]:
    rows = library.database.query(
        "SELECT payload FROM draft WHERE session_id = ? AND target = ?", (session_id, CAPTURE))
    if not rows:
        return "", -1
    payload = json.loads(rows[0]["payload"])
    return payload["text"], payload["start"]


def save_draft(connection, session_id: str, text: str, start: int) -> None:
    now = utc_now_iso()
    connection.execute(
        "INSERT INTO draft (id, created_at, updated_at, session_id, target, payload) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (session_id, target) "
        "DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
        (new_id(), now, now, session_id, CAPTURE,
         json.dumps({"text": text, "start": start}, ensure_ascii=False)))


def clock_line(slot) -> str:
    started = slot.last_started_at.isoformat() if slot.last_started_at else "-"
    return f"{slot.state.value} {slot.spoken_seconds:.3f} {started}"


def toggle_clock(library: Library, slot) -> None:
    """Pause a speaking slot or resume a paused one, committed at once."""
    now = datetime.now(UTC)
    if slot.state is SlotState.SPEAKING:
        slot.spoken_seconds += (now - slot.last_started_at).total_seconds()
        slot.state, slot.last_started_at = SlotState.PAUSED, None
    else:
        slot.state, slot.last_started_at = SlotState.SPEAKING, now
        slot.actual_start = slot.actual_start or now
    say("INTENT", clock_line(slot))
    library.slots.update(slot)
    say("CLOCK", clock_line(slot))


def main(path: str, session_id: str, slot_id: str, seed: int) -> None:
    chance = random.Random(seed)
    lock = LibraryLock(path).acquire()
    library = Library.open(path)
    slot = library.slots.get(slot_id)
    if slot.state is SlotState.QUEUED:
        toggle_clock(library, slot)
    text, start = load_draft(library, session_id)
    start = max(start, 0)
    typed = start + len(text)
    note_length = chance.randint(4, 20)
    next_toggle = time.monotonic() + chance.uniform(0.6, 2.0)
    last_draft = time.monotonic()
    say("READY")
    while True:
        time.sleep(KEYSTROKE_SECONDS)
        typed += 1
        text = TEXT[start:typed]
        say("TYPED", typed)
        if len(text) >= note_length:
            note = Note(session_id=session_id, text=text, id=new_id(), slot_id=slot.id)
            with library.database.transaction() as connection:
                library.notes.add(note)
                save_draft(connection, session_id, "", typed)
            say("NOTE", note.id, start, typed)
            start, text, note_length = typed, "", chance.randint(4, 20)
            last_draft = time.monotonic()
        elif time.monotonic() - last_draft >= DRAFT_EVERY_SECONDS:
            with library.database.transaction() as connection:
                save_draft(connection, session_id, text, start)
            last_draft = time.monotonic()
        if time.monotonic() >= next_toggle:
            toggle_clock(library, slot)
            next_toggle = time.monotonic() + chance.uniform(0.6, 2.0)
    lock.release()  # never reached: the parent kills this process


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
