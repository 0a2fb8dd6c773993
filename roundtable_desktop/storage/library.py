"""The library: a Database with its repositories, and whole-meeting operations."""

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.ids import new_id
from ..domain.model import AgendaItem, GuidingQuestion, Meeting, Note, Participant, Session, SpeakerSlot
from ..domain.speaker_message import SpeakerMessage
from .change_feed import ChangeFeed
from .change_path import ChangePath, Edit, R
from .database import Database
from .laptop_links import LaptopLinks
from .repositories import (
    AgendaRepository,
    NoteRepository,
    ParticipantRepository,
    QuestionRepository,
    SessionRepository,
    SlotRepository,
)
from .speaker_messages import SpeakerMessageRepository

if TYPE_CHECKING:
    from .health import RowCheck


class Library:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.sessions = SessionRepository(database)
        self.agenda = AgendaRepository(database)
        self.questions = QuestionRepository(database)
        self.participants = ParticipantRepository(database)
        self.slots = SlotRepository(database)
        self.notes = NoteRepository(database)
        self.speaker_messages = SpeakerMessageRepository(database)
        self.laptop_links = LaptopLinks(database)
        self.change_path = ChangePath.of(database)
        self.feed: ChangeFeed = self.change_path.feed  # what each change changed, once committed
        self.row_check: RowCheck | None = None  # its records' check, when it runs after opening

    @classmethod
    def open(cls, path: Path | str) -> "Library":
        return cls(Database.open(path))

    @classmethod
    def in_memory(cls) -> "Library":
        return cls(Database.in_memory())

    @property
    def path(self) -> Path | None:
        return self.database.path

    def close(self) -> None:
        self.database.close()

    def load_meeting(self, session_id: str) -> Meeting:
        return Meeting(
            session=self.sessions.get(session_id),
            agenda=self.agenda.for_session(session_id),
            questions=self.questions.for_session(session_id),
            participants=self.participants.for_session(session_id),
            slots=self.slots.for_session(session_id),
            notes=self.notes.for_session(session_id),
            speaker_messages=self.speaker_messages.for_session(session_id),
        )

    def add_meeting(self, meeting: Meeting, what: str = "new meeting") -> Meeting:
        """Store a whole new meeting in one transaction: all of it, or nothing."""

        def write(edit: Edit) -> Meeting:
            edit.add(meeting.session)
            for records in (meeting.agenda, meeting.questions, meeting.participants,
                            meeting.slots, meeting.notes, meeting.speaker_messages):
                for record in records:
                    edit.add(record)
            return meeting

        return self.change_path.run(what, meeting.session.id, write).value

    def duplicate_meeting(self, session_id: str, title: str | None = None) -> Meeting:
        """A copy of the meeting's set-up (agenda, questions, participants, speaker list),
        with fresh ids, the speaker clocks reset, and none of what belongs to the meeting as
        held: no notes, no messages to the speaker."""
        original = self.load_meeting(session_id)
        copy = renumbered(original)
        copy.session.title = title or f"{original.session.title} (copy)"
        copy.notes = []
        copy.speaker_messages = []
        copy.session.key_messages = ""
        for question in copy.questions:
            question.synthesis = ""
        for item in copy.agenda:
            item.actual_start = item.actual_end = None
        for slot in copy.slots:
            slot.state = type(slot.state).QUEUED
            slot.spoken_seconds = 0.0
            slot.last_started_at = slot.actual_start = slot.actual_end = None
        return self.add_meeting(copy, "duplicated meeting")

    def delete_meeting(self, session_id: str) -> None:
        self.change_path.run("deleted meeting", session_id,
                             lambda edit: edit.remove(Session, session_id))


def renumbered(meeting: Meeting) -> Meeting:
    """A deep copy of ``meeting`` with new ids everywhere, links kept, timestamps cleared."""
    ids: dict[str, str] = {}

    def fresh(record: R) -> R:
        ids[record.id] = new_id()
        return dataclasses.replace(record, id=ids[record.id], created_at="", updated_at="")

    session = fresh(meeting.session)
    agenda = [fresh(r) for r in meeting.agenda]
    questions = [fresh(r) for r in meeting.questions]
    participants = [fresh(r) for r in meeting.participants]
    slots = [fresh(r) for r in meeting.slots]
    notes = [fresh(r) for r in meeting.notes]
    messages = [fresh(r) for r in meeting.speaker_messages]
    link_fields = ("participant_id", "agenda_item_id", "question_id", "slot_id")
    records: tuple[AgendaItem | GuidingQuestion | Participant | SpeakerSlot | Note | SpeakerMessage,
                   ...] = (*agenda, *questions, *participants, *slots, *notes, *messages)
    for record in records:
        record.session_id = session.id  # every record belongs to the copy, whatever it said
        for name in link_fields:
            value = getattr(record, name, None)
            if value is not None:
                setattr(record, name, ids.get(value))
    return Meeting(session, agenda, questions, participants, slots, notes, messages)
