"""Speaking time per slot for the annex (the group shares come from domain.statistics)."""

from dataclasses import dataclass
from datetime import datetime

from ...domain.enums import SlotState
from ...domain.model import Meeting, Participant, SpeakerSlot
from ...domain.statistics import SPOKEN_STATES


@dataclass(frozen=True, slots=True)
class HeldSlot:
    slot: SpeakerSlot
    participant: Participant | None
    spoken: int

    @property
    def over(self) -> int:
        """Seconds over the planned (target) time; negative when under."""
        return self.spoken - self.slot.target_seconds


def spoken_seconds(slot: SpeakerSlot, now: datetime) -> int:
    """Accumulated time, plus the running stretch when the clock is still going."""
    seconds = slot.spoken_seconds
    if slot.state is SlotState.SPEAKING and slot.last_started_at is not None:
        seconds += max(0.0, (now - slot.last_started_at).total_seconds())
    return int(round(seconds))


def held_slots(meeting: Meeting, now: datetime) -> list[HeldSlot]:
    """Slots in speaking order that were heard (done, speaking or paused), as the console counts."""
    people = {p.id: p for p in meeting.participants}
    held = []
    for slot in sorted(meeting.slots, key=lambda s: s.position):
        seconds = spoken_seconds(slot, now)
        if slot.state in SPOKEN_STATES:
            held.append(HeldSlot(slot, people.get(slot.participant_id), seconds))
    return held
