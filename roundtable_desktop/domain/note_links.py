"""What a note is tied to (speaker, agenda item, guiding question, meeting time), how notes are
filtered, and how well each guiding question was covered. Pure Python."""

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from .enums import NoteKind, SlotState
from .model import GuidingQuestion, Note, SpeakerSlot


@dataclass(frozen=True, slots=True)
class NoteLinks:
    """The links of a note being written; the capture box keeps them from note to note."""

    slot_id: str | None = None
    participant_id: str | None = None
    agenda_item_id: str | None = None
    question_id: str | None = None
    meeting_offset_seconds: int | None = None
    speaker_unsure: bool = False  # the last speaker seen, while the link was lost
    # the moment (chair's time) the time stands for, while the meeting's start is not known
    meeting_moment: datetime | None = None

    @property
    def time_unsure(self) -> bool:
        return self.meeting_moment is not None

    def with_time(self, offset: int | None, moment: datetime | None = None) -> "NoteLinks":
        return replace(self, meeting_offset_seconds=offset, meeting_moment=moment)

    def apply_to(self, note: Note) -> Note:
        note.slot_id, note.participant_id = self.slot_id, self.participant_id
        note.agenda_item_id, note.question_id = self.agenda_item_id, self.question_id
        note.meeting_offset_seconds = self.meeting_offset_seconds
        note.speaker_unsure = self.speaker_unsure
        note.meeting_moment = self.meeting_moment
        return note

    @classmethod
    def of(cls, note: Note) -> "NoteLinks":
        return cls(note.slot_id, note.participant_id, note.agenda_item_id, note.question_id,
                   note.meeting_offset_seconds, note.speaker_unsure, note.meeting_moment)

    def confirmed(self) -> "NoteLinks":
        """The speaker confirmed (by the rapporteur, or by the chair's record)."""
        return replace(self, speaker_unsure=False)

    def to_dict(self) -> dict[str, str | int | None]:
        return {"slot_id": self.slot_id, "participant_id": self.participant_id,
                "agenda_item_id": self.agenda_item_id, "question_id": self.question_id,
                "meeting_offset_seconds": self.meeting_offset_seconds,
                "speaker_unsure": int(self.speaker_unsure),
                "meeting_moment": self.meeting_moment.isoformat() if self.meeting_moment else None}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> "NoteLinks":
        def text(key: str) -> str | None:
            value = data.get(key)
            return value if isinstance(value, str) and value else None

        offset = data.get("meeting_offset_seconds")
        return cls(text("slot_id"), text("participant_id"), text("agenda_item_id"),
                   text("question_id"),
                   int(offset) if isinstance(offset, int | float) else None,
                   data.get("speaker_unsure") in (1, True), _moment(text("meeting_moment")))


def _moment(text: str | None) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return moment if moment is not None and moment.tzinfo is not None else None


def links_for_slot(slot: SpeakerSlot | None, offset: int | None, unsure: bool = False,
                   moment: datetime | None = None) -> NoteLinks:
    """The links of a note about what ``slot``'s speaker is saying (or said) now; ``unsure``:
    ``slot`` is only the last speaker seen (the link to the chair's laptop is lost); ``moment``:
    the time is not sure either (the meeting's start is not known here), this is when it is."""
    if slot is None:
        return NoteLinks(meeting_offset_seconds=offset, speaker_unsure=unsure, meeting_moment=moment)
    return NoteLinks(slot.id, slot.participant_id, slot.agenda_item_id, slot.question_id, offset,
                     unsure, moment)


def tied_to_turn(note: Note, slot: SpeakerSlot) -> Note:
    """``note`` tied to ``slot``'s speaker (the chair's record says they held the floor at the
    note's time): its speaker is known, its question and time stay as they were."""
    return replace(note, slot_id=slot.id, participant_id=slot.participant_id,
                   agenda_item_id=slot.agenda_item_id or note.agenda_item_id,
                   question_id=slot.question_id or note.question_id, speaker_unsure=False)


def keeping_question(links: NoteLinks, chosen_question: str | None) -> NoteLinks:
    """``links`` of a new speaker: their slot's guiding question when it has one, else the
    question the rapporteur had chosen in the box (Ctrl+N never clears it)."""
    if links.question_id is not None or chosen_question is None:
        return links
    return replace(links, question_id=chosen_question)


def links_for_participant(links: NoteLinks, participant_id: str | None,
                          slots: Sequence[SpeakerSlot]) -> NoteLinks:
    """``links`` re-tied to another speaker picked by hand: their running slot, else the one
    they finished last, else their first; the agenda item follows the slot, the question
    and time stay as they were."""
    if participant_id is None:
        return replace(links, participant_id=None, slot_id=None, speaker_unsure=False)
    theirs = [s for s in slots if s.participant_id == participant_id]
    slot = _most_relevant(theirs)
    if slot is None:
        return replace(links, participant_id=participant_id, slot_id=None, speaker_unsure=False)
    return replace(links, participant_id=participant_id, slot_id=slot.id,
                   agenda_item_id=slot.agenda_item_id or links.agenda_item_id, speaker_unsure=False)


def _most_relevant(slots: list[SpeakerSlot]) -> SpeakerSlot | None:
    live = [s for s in slots if s.state in (SlotState.SPEAKING, SlotState.PAUSED)]
    if live:
        return live[0]
    done = [s for s in slots if s.state is SlotState.DONE and s.actual_end is not None]
    if done:
        return max(done, key=lambda s: s.actual_end or datetime.min)
    return min(slots, key=lambda s: s.position) if slots else None


NO_QUESTION = ""
"""The question filter value meaning 'notes tied to no guiding question'."""


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """The notes list's filters, all combined (AND). ``None`` means 'any'."""

    participant_id: str | None = None
    kind: NoteKind | None = None
    question_id: str | None = None
    sdg: int | None = None
    key_messages_only: bool = False
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == NoteFilter()


def filter_notes(notes: Iterable[Note], chosen: NoteFilter,
                 text_matches: Collection[str] | None = None) -> list[Note]:
    """The notes that pass every filter; ``text_matches`` holds the ids the full-text search
    found (``None`` when no search text is given)."""
    result = []
    for note in notes:
        if chosen.participant_id is not None and note.participant_id != chosen.participant_id:
            continue
        if chosen.kind is not None and note.kind is not chosen.kind:
            continue
        if chosen.question_id is not None and (note.question_id or NO_QUESTION) != chosen.question_id:
            continue
        if chosen.sdg is not None and chosen.sdg not in note.sdgs:
            continue
        if chosen.key_messages_only and not note.key_message:
            continue
        if text_matches is not None and note.id not in text_matches:
            continue
        result.append(note)
    return result


@dataclass(frozen=True, slots=True)
class QuestionCoverage:
    question_id: str | None
    label: str
    notes: int
    speaking_seconds: int
    speakers: int


def spoken_seconds(slot: SpeakerSlot, now: datetime) -> float:
    """Seconds spoken in ``slot`` so far, the running stretch included."""
    running = 0.0
    if slot.state is SlotState.SPEAKING and slot.last_started_at is not None:
        running = max(0.0, (now - slot.last_started_at).total_seconds())
    return slot.spoken_seconds + running


def question_coverage(questions: Sequence[GuidingQuestion], notes: Iterable[Note],
                      slots: Iterable[SpeakerSlot], now: datetime) -> list[QuestionCoverage]:
    """For each guiding question (then 'no question'): how many notes, how much speaking time
    and how many speakers addressed it (a speaker's slot addresses its question)."""
    known = {q.id for q in questions}
    counts: dict[str | None, int] = {}
    for note in notes:
        key = note.question_id if note.question_id in known else None
        counts[key] = counts.get(key, 0) + 1
    seconds: dict[str | None, float] = {}
    speakers: dict[str | None, set[str]] = {}
    for slot in slots:
        key = slot.question_id if slot.question_id in known else None
        spoken = spoken_seconds(slot, now)
        seconds[key] = seconds.get(key, 0.0) + spoken
        if spoken > 0:
            speakers.setdefault(key, set()).add(slot.participant_id)
    rows = [QuestionCoverage(q.id, q.label or f"Q{i + 1}", counts.get(q.id, 0),
                             int(round(seconds.get(q.id, 0.0))), len(speakers.get(q.id, ())))
            for i, q in enumerate(questions)]
    rows.append(QuestionCoverage(None, "", counts.get(None, 0), int(round(seconds.get(None, 0.0))),
                                 len(speakers.get(None, ()))))
    return rows


def group_by_speaker(notes: Iterable[Note]) -> list[tuple[str | None, list[Note]]]:
    """Notes grouped by speaker, groups in the order their first note was taken."""
    groups: dict[str | None, list[Note]] = {}
    for note in notes:
        groups.setdefault(note.participant_id, []).append(note)
    return list(groups.items())
