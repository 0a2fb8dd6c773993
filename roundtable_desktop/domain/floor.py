"""Who held the floor at a moment of the meeting, from the chair's record of the turns.

A turn holds the floor from its actual start to its actual end (a pause keeps it: nobody else
speaks in it); a turn still running holds it from its start on. A note's meeting time is whole
seconds, so it names a second of the meeting, not an instant: the chair's record tells who spoke
then only when one turn held the floor for all of that second.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta

from .enums import SlotState
from .meeting_time import meeting_started_at
from .model import AgendaItem, SpeakerSlot

_HOLDING = frozenset({SlotState.SPEAKING, SlotState.PAUSED, SlotState.DONE})
ONE_SECOND = timedelta(seconds=1)


def held_floor(slot: SpeakerSlot, since: datetime, until: datetime) -> bool:
    """Whether ``slot``'s turn held the floor from ``since`` up to ``until`` (not included)."""
    if slot.state not in _HOLDING or slot.actual_start is None or slot.actual_start > since:
        return False
    if slot.state is SlotState.DONE:
        return slot.actual_end is not None and until <= slot.actual_end
    return True


def floor_holder(slots: Iterable[SpeakerSlot], since: datetime,
                 until: datetime) -> SpeakerSlot | None:
    """The one turn that held the floor for all of ``[since, until)``; None when no turn did,
    or when the record is ambiguous (two turns claim it)."""
    holders = [slot for slot in slots if held_floor(slot, since, until)]
    return holders[0] if len(holders) == 1 else None


def speaker_at(agenda: Iterable[AgendaItem], slots: Iterable[SpeakerSlot],
               offset_seconds: int | None) -> SpeakerSlot | None:
    """The turn that held the floor in the second ``offset_seconds`` into the meeting (the
    meeting's start and the turns as the chair's laptop recorded them, in its time)."""
    turns = list(slots)
    start = meeting_started_at(agenda, turns)
    if offset_seconds is None or start is None:
        return None
    since = start + timedelta(seconds=offset_seconds)
    return floor_holder(turns, since, since + ONE_SECOND)
