"""Notes whose speaker or time is not sure (written while the link to the chair's laptop was
lost), settled by the chair's record once it has arrived, in one operation of the change path:
a time counted from the planned start (the meeting's first start fell in the outage) is counted
again from the meeting's start as the chair recorded it, then each note is tied to the speaker
who held the floor at its time. A note the record cannot tell about keeps its mark."""

from dataclasses import dataclass, replace

from ..domain.changes import LOCAL
from ..domain.floor import speaker_at
from ..domain.meeting_time import meeting_started_at, offset_from
from ..domain.model import Note
from ..domain.note_links import tied_to_turn
from .change_path import Edit
from .library import Library
from .mapping import from_row

WHAT = "speaker from the chair's record"


@dataclass(frozen=True, slots=True)
class SettledSpeaker:
    """A note whose speaker the chair's record told: who was guessed, who held the floor."""

    note_id: str
    meeting_offset_seconds: int | None
    guessed_participant_id: str | None
    participant_id: str

    @property
    def differs(self) -> bool:
        return self.guessed_participant_id != self.participant_id


def unsure_notes(library: Library, session_id: str) -> list[Note]:
    """The meeting's notes whose speaker or time is not sure, in meeting time."""
    return [from_row(Note, row) for row in library.database.query(
        "SELECT * FROM note WHERE session_id = ? AND (speaker_unsure = 1 OR meeting_moment IS NOT NULL) "
        "ORDER BY COALESCE(meeting_offset_seconds, 0), created_at", (session_id,))]


def settle_unsure_speakers(library: Library, session_id: str, origin: str = LOCAL,
                           initiator: object | None = None) -> list[SettledSpeaker]:
    """Count each note's time not sure from the meeting's start, and tie each note whose
    speaker is not sure to the turn that held the floor in its second of the meeting, by the
    turns and the meeting's start as this library holds them (call it once the chair's
    laptop's record has arrived); returns the notes whose speaker was tied."""
    notes = unsure_notes(library, session_id)
    if not notes:
        return []
    agenda = library.agenda.for_session(session_id)
    slots = library.slots.for_session(session_id)
    start = meeting_started_at(agenda, slots)
    settled: list[SettledSpeaker] = []

    def write(edit: Edit) -> None:
        for note in notes:
            known = note
            if note.meeting_moment is not None and start is not None:
                known = replace(note, meeting_offset_seconds=offset_from(start, note.meeting_moment),
                                meeting_moment=None)
            turn = speaker_at(agenda, slots, known.meeting_offset_seconds) if known.speaker_unsure \
                else None
            if turn is not None:
                settled.append(SettledSpeaker(note.id, known.meeting_offset_seconds,
                                              note.participant_id, turn.participant_id))
                known = tied_to_turn(known, turn)
            if known != note:
                edit.update(note, known)

    library.change_path.run(WHAT, session_id, write, origin=origin, initiator=initiator)
    return settled
