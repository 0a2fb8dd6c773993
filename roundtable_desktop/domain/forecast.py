"""Will the meeting end on time? The forecast end if the rest of the queue keeps to its targets,
and how many more floor requests of the default length still fit before the planned end."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from .enums import AgendaKind, SlotState
from .model import AgendaItem, Session, SpeakerSlot

DEFAULT_FLOOR_SECONDS = AgendaKind.INTERACTIVE_DISCUSSION.default_target_limit[0]
EARLY_START = timedelta(hours=1)


@dataclass(frozen=True)
class MeetingWindow:
    """When the meeting is meant to run: its planned times until it starts, whether they are
    ahead or long past. A meeting run at another time than planned (a rehearsal, a meeting
    moved) keeps its planned length from its actual start."""

    start: datetime | None
    end: datetime | None


def meeting_window(session: Session, started_at: datetime | None, now: datetime) -> MeetingWindow:
    planned_start, planned_end = session.planned_start(), session.planned_end()
    length = timedelta(minutes=session.planned_minutes) if session.planned_minutes else None
    if planned_start is None or planned_end is None:
        start = started_at or now
        return MeetingWindow(started_at, start + length if length else None)
    if started_at is not None:
        if planned_start - EARLY_START <= started_at <= planned_end:
            return MeetingWindow(planned_start, planned_end)
        return MeetingWindow(started_at, started_at + (planned_end - planned_start))
    return MeetingWindow(planned_start, planned_end)  # not started: its planned times, past or not


@dataclass(frozen=True)
class Forecast:
    end: datetime
    planned_end: datetime | None
    floor_requests_fit: int
    floor_seconds: int
    floor_closed: bool = False  # the floor's list is closed: no more requests are counted
    started: bool = True        # before the chair starts the meeting nothing is late: the plan
    held: bool = False          # the meeting is over: ``end`` is when it ended

    @property
    def late_seconds(self) -> int:
        """Past the planned end; counted only once the chair has started the meeting."""
        if self.planned_end is None or not self.started:
            return 0
        return int((self.end - self.planned_end).total_seconds())

    @property
    def late_minutes(self) -> int:
        """Whole minutes late (rounded); 0 or less is on time."""
        return round(self.late_seconds / 60)

    @property
    def is_on_time(self) -> bool:
        return self.late_minutes <= 0

    @property
    def label(self) -> str:
        return "on time" if self.is_on_time else f"{self.late_minutes} min late"


def remaining_planned_seconds(items: Iterable[AgendaItem], slots: Iterable[SpeakerSlot],
                              spoken: Callable[[SpeakerSlot], float]) -> int:
    """Seconds still to come if everyone keeps to their target: the current speaker's rest of
    target, every waiting speaker's target, and the planned minutes of items that have no
    speakers and have not ended (a closing by the chair). The interactive discussion with no
    requests yet is the room floor requests fill, so it counts only through its slots; so does
    an item whose list of speakers is closed."""
    slots = list(slots)
    total = 0.0
    for slot in slots:
        if slot.state in (SlotState.SPEAKING, SlotState.PAUSED):
            total += max(0.0, slot.target_seconds - spoken(slot))
        elif slot.state is SlotState.QUEUED:
            total += slot.target_seconds
    with_speakers = {slot.agenda_item_id for slot in slots if slot.state is not SlotState.WITHDRAWN}
    for item in items:
        if item.id in with_speakers or item.actual_end is not None:
            continue
        if item.list_closed_at is not None:  # a closed list: only the speakers on it count
            continue
        if item.kind is AgendaKind.INTERACTIVE_DISCUSSION:
            continue
        total += item.planned_minutes * 60
    return int(round(total))


def forecast(session: Session, items: Iterable[AgendaItem], slots: Iterable[SpeakerSlot],
             spoken: Callable[[SpeakerSlot], float], started_at: datetime | None,
             now: datetime) -> Forecast:
    """The forecast end, from now once the meeting has started, else from its planned start
    (the plan: nothing is late before the chair starts)."""
    items = list(items)
    window = meeting_window(session, started_at, now)
    base = now if started_at is not None or window.start is None else window.start
    end = base + timedelta(seconds=remaining_planned_seconds(items, slots, spoken))
    floor = next((i.default_target_seconds for i in items
                  if i.kind is AgendaKind.INTERACTIVE_DISCUSSION), DEFAULT_FLOOR_SECONDS)
    floor = max(1, floor)
    floor_item = next((i for i in items if i.kind is AgendaKind.INTERACTIVE_DISCUSSION), None)
    closed = floor_item is not None and floor_item.list_closed_at is not None
    fit = 0
    if window.end is not None and window.end > end and not closed:
        fit = int((window.end - end).total_seconds() // floor)
    return Forecast(end=end, planned_end=window.end, floor_requests_fit=fit, floor_seconds=floor,
                    floor_closed=closed, started=started_at is not None)
