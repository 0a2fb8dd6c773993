"""Notes whose speaker is not sure (written while the link to the chair's laptop was lost),
tied to the speaker the chair's record says held the floor at their time, once that record has
arrived: one operation of the change path. A note the record cannot tell about keeps its mark."""

from dataclasses import dataclass

from ..domain.changes import LOCAL
from ..domain.floor import speaker_at
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
    """The meeting's notes whose speaker is not sure, in meeting time."""
    return [from_row(Note, row) for row in library.database.query(
        "SELECT * FROM note WHERE session_id = ? AND speaker_unsure = 1 "
        "ORDER BY COALESCE(meeting_offset_seconds, 0), created_at", (session_id,))]


def settle_unsure_speakers(library: Library, session_id: str, origin: str = LOCAL,
                           initiator: object | None = None) -> list[SettledSpeaker]:
    """Tie each note of the meeting whose speaker is not sure to the turn that held the floor
    in its second of the meeting, by the turns and the meeting's start as this library holds
    them (call it once the chair's laptop's record has arrived); returns what was tied."""
    notes = unsure_notes(library, session_id)
    if not notes:
        return []
    agenda = library.agenda.for_session(session_id)
    slots = library.slots.for_session(session_id)
    settled: list[SettledSpeaker] = []

    def write(edit: Edit) -> None:
        for note in notes:
            turn = speaker_at(agenda, slots, note.meeting_offset_seconds)
            if turn is None:
                continue
            edit.update(note, tied_to_turn(note, turn))
            settled.append(SettledSpeaker(note.id, note.meeting_offset_seconds, note.participant_id,
                                          turn.participant_id))

    library.change_path.run(WHAT, session_id, write, origin=origin, initiator=initiator)
    return settled
