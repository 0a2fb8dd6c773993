"""The meeting's records as plain dataclasses. Repositories return these; the UI shows them."""

import datetime as dt
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .enums import AgendaKind, DocumentType, Gender, NoteKind, Region, RequestType, Role, SlotState
from .ids import new_id
from .speaker_message import SpeakerMessage


@dataclass(slots=True)
class Session:
    """One meeting: a roundtable, a panel."""

    title: str
    id: str = field(default_factory=new_id)
    organiser: str = ""
    session_line: str = ""
    date: dt.date | None = None
    start_time: time | None = None
    end_time: time | None = None
    timezone: str = "UTC"
    venue: str = ""
    background: str = ""
    objectives: str = ""
    format_text: str = ""
    focus_sdgs: tuple[int, ...] = ()
    outcome_destination: str = ""
    chair_name: str = ""
    rapporteur_name: str = ""
    key_messages: str = ""
    # the Word summary: what it is called, its masthead, and the introduction as edited (empty:
    # generated from the facts at export)
    document_type: DocumentType = DocumentType.RAPPORTEUR_SUMMARY
    document_symbol: str = ""
    distribution: str = ""
    issue_date: dt.date | None = None
    original_language: str = ""
    introduction: str = ""
    summary_language: str = ""  # ar, zh, en, fr, ru, es; "": the window's language at export
    created_at: str = ""
    updated_at: str = ""

    @property
    def planned_minutes(self) -> int | None:
        if self.start_time is None or self.end_time is None:
            return None
        start = datetime.combine(dt.date.min, self.start_time)
        end = datetime.combine(dt.date.min, self.end_time)
        if end <= start:
            end += timedelta(days=1)
        return int((end - start).total_seconds() // 60)

    def zone(self) -> dt.tzinfo:
        """The meeting's time zone; a fixed offset such as ``UTC+02:00`` is accepted too."""
        return meeting_zone(self.timezone)

    def planned_start(self) -> datetime | None:
        if self.date is None or self.start_time is None:
            return None
        return datetime.combine(self.date, self.start_time, tzinfo=self.zone())

    def planned_end(self) -> datetime | None:
        start, minutes = self.planned_start(), self.planned_minutes
        if start is None or minutes is None:
            return None
        return start + timedelta(minutes=minutes)


def meeting_zone(name: str) -> dt.tzinfo:
    """The meeting's zone: an IANA name or a fixed offset (``UTC+02:00``); UTC for anything
    else (a stored value that is not a zone never breaks the window or an export)."""
    from datetime import timezone as fixed

    from .limits import fixed_offset

    text = (name or "UTC").strip()
    if text.upper().startswith(("UTC+", "UTC-", "GMT+", "GMT-")):
        offset = fixed_offset(text)
        if offset is None:
            return ZoneInfo("UTC")
        minutes = int(abs(offset).total_seconds() // 60)
        sign = "-" if offset < timedelta(0) else "+"
        return fixed(offset, f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}")
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo("UTC")


@dataclass(slots=True)
class AgendaItem:
    session_id: str
    title: str
    kind: AgendaKind = AgendaKind.OTHER
    planned_minutes: int = 0
    position: int = 0
    presenter: str = ""
    default_target_seconds: int = 300
    default_limit_seconds: int = 300
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    list_closed_at: datetime | None = None  # the chair closed its list of speakers then
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class GuidingQuestion:
    session_id: str
    text: str
    position: int = 0
    label: str = ""
    synthesis: str = ""
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Participant:
    session_id: str
    name: str
    function: str = ""
    organisation: str = ""
    role: Role = Role.OTHER
    gender: Gender = Gender.UNSPECIFIED
    region: Region = Region.UNSPECIFIED
    present: bool = False  # marked present at the roll call
    language: str = ""  # the language spoken: a UN language's code (fr) or another, written out
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""

    @property
    def description(self) -> str:
        """``Name, Function, Organisation`` without empty parts."""
        return ", ".join(part for part in (self.name, self.function, self.organisation) if part)


@dataclass(slots=True)
class SpeakerSlot:
    """A place in the speaker list. ``spoken_seconds`` is what was accumulated before
    ``last_started_at`` (the UTC wall time of the last start while speaking)."""

    session_id: str
    participant_id: str
    agenda_item_id: str | None = None
    position: int = 0
    target_seconds: int = 300
    limit_seconds: int = 420
    request_type: RequestType = RequestType.INTERVENTION
    state: SlotState = SlotState.QUEUED
    spoken_seconds: float = 0.0
    last_started_at: datetime | None = None
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    question_id: str | None = None
    language: str = ""  # this turn's language when not the participant's own ("" = theirs)
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Note:
    session_id: str
    text: str
    kind: NoteKind = NoteKind.KEY_POINT
    slot_id: str | None = None
    participant_id: str | None = None
    agenda_item_id: str | None = None
    question_id: str | None = None
    sdgs: tuple[int, ...] = ()
    key_message: bool = False
    meeting_offset_seconds: int | None = None
    # the speaker was the last one seen, not known: written while the link to the chair's laptop
    # was lost; cleared when the rapporteur confirms or the chair's record tells who spoke
    speaker_unsure: bool = False
    # the meeting time is not sure: written while the link was lost before this laptop knew when
    # the meeting started, so counted from the planned start (or none); the moment it was
    # written, by the chair's clock, until the chair's record of the start turns it into the
    # meeting time
    meeting_moment: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


@dataclass(slots=True)
class Meeting:
    """A whole meeting, as exported, imported and shown by ``show --json``."""

    session: Session
    agenda: list[AgendaItem] = field(default_factory=list)
    questions: list[GuidingQuestion] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    slots: list[SpeakerSlot] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    speaker_messages: list[SpeakerMessage] = field(default_factory=list)  # the chair's, as held
