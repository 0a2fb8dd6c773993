"""Speaking time for the annex: per slot, and the shares by role, gender and regional group."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from ...domain.enums import SlotState
from ...domain.model import Meeting, Participant, SpeakerSlot


@dataclass(frozen=True, slots=True)
class HeldSlot:
    slot: SpeakerSlot
    participant: Participant | None
    spoken: int

    @property
    def over(self) -> int:
        """Seconds over the planned (target) time; negative when under."""
        return self.spoken - self.slot.target_seconds


@dataclass(frozen=True, slots=True)
class Share:
    group: str
    speakers: int
    seconds: int
    share: float  # 0..1 of all speaking time


def spoken_seconds(slot: SpeakerSlot, now: datetime) -> int:
    """Accumulated time, plus the running stretch when the clock is still going."""
    seconds = slot.spoken_seconds
    if slot.state is SlotState.SPEAKING and slot.last_started_at is not None:
        seconds += max(0.0, (now - slot.last_started_at).total_seconds())
    return int(round(seconds))


def held_slots(meeting: Meeting, now: datetime) -> list[HeldSlot]:
    """Slots in speaking order that were called (spoke, or are speaking or paused)."""
    people = {p.id: p for p in meeting.participants}
    held = []
    for slot in sorted(meeting.slots, key=lambda s: s.position):
        seconds = spoken_seconds(slot, now)
        if seconds > 0 or slot.state in (SlotState.SPEAKING, SlotState.PAUSED, SlotState.DONE):
            held.append(HeldSlot(slot, people.get(slot.participant_id), seconds))
    return held


def shares(held: list[HeldSlot], group_of: Callable[[Participant], str],
           order: list[str]) -> list[Share]:
    """Speakers and speaking time per group, in ``order`` (groups nobody belongs to left out)."""
    total = sum(h.spoken for h in held) or 1
    seconds: dict[str, int] = {}
    speakers: dict[str, set[str]] = {}
    for entry in held:
        group = group_of(entry.participant) if entry.participant else "Not stated"
        seconds[group] = seconds.get(group, 0) + entry.spoken
        speakers.setdefault(group, set()).add(entry.slot.participant_id)
    ordered = [g for g in order if g in seconds] + sorted(g for g in seconds if g not in order)
    return [Share(g, len(speakers[g]), seconds[g], seconds[g] / total) for g in ordered]
