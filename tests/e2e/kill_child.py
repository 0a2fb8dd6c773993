"""The app's notes and clock layers as a child process, driven by a scripted rapporteur who
types 5 characters a second (the draft stored as the notes area does: at most a second after a
change) and a chair whose speaker's clock runs, paused and resumed now and then (F5).

It prints what the app has *reported saved* (after each commit) so that the parent, which kills
it with SIGKILL at a random moment, knows what must be there on restart:

    READY                              restored and running
    TYPED <n> <t>                      n characters typed in all, the last at time.monotonic() t
    DRAFT <n>                          the draft committed, holding the typing up to character n
    NOTE <id> <start> <end>            note committed with TEXT[start:end]
    CLOCK <state> <spoken> <started>   the slot's clock committed (started: ISO wall time or -)
    INTENT <state> <spoken> <started>  the same, printed just before the commit

Usage: kill_child.py LIBRARY SESSION_ID SLOT_ID SEED
"""

import os
import random
import sys
import time

from roundtable_desktop.domain.ids import new_id, utc_now
from roundtable_desktop.domain.model import Note
from roundtable_desktop.domain.speaker_list import SpeakerList
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.lock import LibraryLock
from roundtable_desktop.storage.notes import NotesServices

TEXT = ("Participants stressed that science, technology and innovation must reach the least "
        "developed countries. التكنولوجيا من أجل التنمية. 科学技术促进发展。 🌍🤝 "
        "One minister noted that commitments need finance. ") * 40
KEYSTROKE_SECONDS = 0.2  # 5 characters a second
AUTOSAVE_SECONDS = 1.0  # as the notes area: the draft is stored at most 1 s after a change
CAPTURE = "capture"


def say(*words: object) -> None:
    """One line in one write (atomic on a pipe), so a kill never leaves half a line."""
    os.write(sys.stdout.fileno(), (" ".join(map(str, words)) + "\n").encode("utf-8"))


def clock_line(slot) -> str:
    started = slot.last_started_at.isoformat() if slot.last_started_at else "-"
    return f"{slot.state.value} {slot.spoken_seconds:.3f} {started}"


class Chair:
    """F5 on the console: the speaker list's toggle, stored in one transaction."""

    def __init__(self, library: Library, session_id: str, slot_id: str) -> None:
        self.library = library
        self.speakers = SpeakerList(library.slots.for_session(session_id),
                                    library.agenda.for_session(session_id), time.monotonic, utc_now)
        self.slot = self.speakers.slot(slot_id)

    def toggle(self) -> None:
        changes = self.speakers.toggle()
        say("INTENT", clock_line(self.slot))
        self.library.slots.save_changes(changes.slots, changes.items, changes.participants)
        say("CLOCK", clock_line(self.slot))


def main(path: str, session_id: str, slot_id: str, seed: int) -> None:
    chance = random.Random(seed)
    lock = LibraryLock(path).acquire()
    library = Library.open(path)
    notes = NotesServices.of(library)
    chair = Chair(library, session_id, slot_id)
    if chair.speakers.current is None:
        chair.toggle()  # the first speaker is given the floor
    draft = notes.drafts.load(session_id, CAPTURE) or {"text": "", "start": 0}
    text, start = draft["text"], draft["start"]
    typed = start + len(text)
    note_length = chance.randint(4, 20)
    next_toggle = time.monotonic() + chance.uniform(0.6, 2.0)
    autosave_at: float | None = None
    next_key = time.monotonic() + KEYSTROKE_SECONDS
    say("READY")
    while True:
        time.sleep(max(0.0, min(next_key, autosave_at or next_key) - time.monotonic()))
        now = time.monotonic()
        if autosave_at is not None and now >= autosave_at:
            notes.drafts.save(session_id, CAPTURE, {"text": text, "start": start})
            say("DRAFT", start + len(text))
            autosave_at = None
        if now < next_key:
            continue
        next_key += KEYSTROKE_SECONDS
        typed += 1
        text = TEXT[start:typed]
        say("TYPED", typed, f"{now:.3f}")
        autosave_at = autosave_at or now + AUTOSAVE_SECONDS
        if len(text) >= note_length:  # Ctrl+Return, as the notes area does it: the note and
            note = Note(session_id=session_id, text=text, id=new_id(), slot_id=slot_id)
            with notes.together():  # the emptied draft (it keeps the typing offset) in one commit
                notes.notes.add(note)
                notes.drafts.save(session_id, CAPTURE, {"text": "", "start": typed})
            say("NOTE", note.id, start, typed)
            start, text, note_length, autosave_at = typed, "", chance.randint(4, 20), None
        if now >= next_toggle:
            chair.toggle()
            next_toggle = now + chance.uniform(0.6, 2.0)
    lock.release()  # never reached: the parent kills this process


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
