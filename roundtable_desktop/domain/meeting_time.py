"""The meeting clock: when the meeting started and how far into it a moment is."""

from collections.abc import Iterable
from datetime import datetime, timedelta

from .model import AgendaItem, Session, SpeakerSlot


def meeting_started_at(agenda: Iterable[AgendaItem], slots: Iterable[SpeakerSlot]) -> datetime | None:
    """The earliest actual start of an agenda item or a speaker: when the meeting began."""
    records: list[AgendaItem | SpeakerSlot] = [*agenda, *slots]
    starts = [r.actual_start for r in records if r.actual_start is not None]
    return min(starts) if starts else None


PLANNED_START_GRACE = timedelta(hours=12)


def meeting_offset_seconds(session: Session, agenda: Iterable[AgendaItem],
                           slots: Iterable[SpeakerSlot], now: datetime) -> int | None:
    """Seconds from the meeting's start to ``now``.

    The start is the actual one once a speaker or an agenda item has started; before that the
    planned start, but only while ``now`` falls within the planned meeting (or a few hours
    after it): a rehearsal of last year's meeting has no meeting time yet. None otherwise,
    and None too once everything started has ended more than PLANNED_START_GRACE ago: a note
    added to last year's meeting is not "at 2915572:48" into it.
    """
    agenda, slots = list(agenda), list(slots)
    start = meeting_started_at(agenda, slots)
    if start is not None and _over_long_before(agenda, slots, now):
        return None
    if start is None:
        planned, planned_end = session.planned_start(), session.planned_end()
        if planned is None or planned_end is None or not planned <= now <= planned_end + PLANNED_START_GRACE:
            return None
        start = planned
    return offset_from(start, now)


def _over_long_before(agenda: list[AgendaItem], slots: list[SpeakerSlot], now: datetime) -> bool:
    """Nothing is under way and the last thing that happened ended over PLANNED_START_GRACE ago."""
    records: list[AgendaItem | SpeakerSlot] = [*agenda, *slots]
    started = [r for r in records if r.actual_start is not None]
    if any(r.actual_end is None for r in started):
        return False
    ends = [r.actual_end for r in started if r.actual_end is not None]
    return bool(ends) and now - max(ends) > PLANNED_START_GRACE


def offset_from(start: datetime, moment: datetime) -> int | None:
    """Whole seconds from ``start`` to ``moment``; None before the start."""
    offset = int((moment - start).total_seconds())
    return offset if offset >= 0 else None
