"""The meeting clock: when the meeting started and how far into it a moment is."""

from collections.abc import Iterable
from datetime import datetime

from .model import AgendaItem, Session, SpeakerSlot


def meeting_started_at(agenda: Iterable[AgendaItem], slots: Iterable[SpeakerSlot]) -> datetime | None:
    """The earliest actual start of an agenda item or a speaker: when the meeting began."""
    starts = [r.actual_start for r in (*agenda, *slots) if r.actual_start is not None]
    return min(starts) if starts else None


def meeting_offset_seconds(session: Session, agenda: Iterable[AgendaItem],
                           slots: Iterable[SpeakerSlot], now: datetime) -> int | None:
    """Seconds from the meeting's start (actual, else planned) to ``now``; None when the
    meeting has neither started nor a planned start, or ``now`` is before its start."""
    start = meeting_started_at(agenda, slots) or session.planned_start()
    if start is None:
        return None
    offset = int((now - start).total_seconds())
    return offset if offset >= 0 else None
