"""What one laptop sends another about a meeting: records with their versions, and deletions."""

from dataclasses import dataclass, field

from .model import AgendaItem, GuidingQuestion, Note, Participant, Session, SpeakerSlot
from .row_versions import Laptop, VersionVector
from .speaker_message import SpeakerMessage

Record = Session | AgendaItem | GuidingQuestion | Participant | SpeakerSlot | Note | SpeakerMessage

RECORD_TYPES: dict[str, type[Record]] = {
    "session": Session,
    "agenda_item": AgendaItem,
    "guiding_question": GuidingQuestion,
    "participant": Participant,
    "speaker_slot": SpeakerSlot,
    "note": Note,
    "speaker_message": SpeakerMessage,
}
KINDS: tuple[str, ...] = tuple(RECORD_TYPES)  # parents before children


@dataclass(slots=True)
class Tombstone:
    """A deleted record: its id, its kind (a key of RECORD_TYPES) and when it was deleted."""

    id: str
    kind: str
    session_id: str
    deleted_at: str
    row_seq: int = 0


@dataclass(frozen=True, slots=True)
class LinkReading:
    """How far a follower has received a meeting: from which chair's laptop, the chair's change
    number it holds everything up to, and its own change number the chair's laptop confirmed."""

    chair_laptop: str
    chair_seq: int = 0
    confirmed_seq: int = 0


@dataclass(slots=True)
class MeetingChanges:
    """Records and tombstones of one meeting, as one laptop sends them (all, or since a reading)."""

    session_id: str
    laptop_id: str
    laptop: Laptop | None
    records: dict[str, list[Record]] = field(default_factory=dict)
    versions: dict[str, VersionVector] = field(default_factory=dict)
    tombstones: list[Tombstone] = field(default_factory=list)
    last_seq: int = 0  # the sender's change sequence these changes reach
    # what the receiving laptop holds once these are stored (kept in the same transaction)
    reading: "LinkReading | None" = None

    @property
    def empty(self) -> bool:
        return not self.tombstones and not any(self.records.values())

    def count(self) -> int:
        return len(self.tombstones) + sum(len(records) for records in self.records.values())
