"""The speaker list of a meeting: who speaks, who is next, and what each action changes.

Every operation returns the records it changed (:class:`Changes`) so the caller stores them in
one transaction before telling the chair it is done. Agenda items get their actual start when
their first speaker starts, and their actual end when their last speaker ends or the meeting
moves on to another item.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from .closed_list import check_open
from .enums import AgendaKind, RequestType, SlotState
from .errors import InputError
from .model import AgendaItem, Participant, SpeakerSlot
from .speaker_clock import (
    ClockReading,
    SpeakerClock,
    TimeSource,
    WallClock,
    moved_times,
    restored_spoken_seconds,
)
from .translatable import QT_TRANSLATE_NOOP

ACTIVE = (SlotState.SPEAKING, SlotState.PAUSED)
R = TypeVar("R", SpeakerSlot, AgendaItem, Participant)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class Changes:
    """Records to store together: new ones have no ``created_at`` yet."""

    slots: list[SpeakerSlot] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)

    def merge(self, other: "Changes") -> "Changes":
        _join(self.slots, other.slots)
        _join(self.items, other.items)
        _join(self.participants, other.participants)
        return self


def _join(mine: list[R], theirs: list[R]) -> None:
    """Add the records of ``theirs`` that ``mine`` does not hold (the same object) yet."""
    for record in theirs:
        if all(record is not known for known in mine):
            mine.append(record)


@dataclass(frozen=True)
class Restored:
    """A slot found speaking when the meeting was opened: the app had been closed or killed."""

    slot: SpeakerSlot
    spoken_seconds: float


class SpeakerList:
    """The ordered slots of one meeting with the clock of the current speaker."""

    def __init__(self, slots: Iterable[SpeakerSlot], items: Iterable[AgendaItem],
                 time_source: TimeSource, wall_clock: WallClock) -> None:
        self.slots = sorted(slots, key=lambda s: s.position)
        self.items = sorted(items, key=lambda i: i.position)
        self.time_source = time_source
        self.wall_clock = wall_clock
        self.restored: Restored | None = None
        self.clock: SpeakerClock | None = None
        current = self.current
        if current is not None:
            wall_now = wall_clock()
            self.clock = SpeakerClock.from_slot(current, time_source, wall_now)
            if current.state is SlotState.SPEAKING:
                self.restored = Restored(current, restored_spoken_seconds(current, wall_now))

    # who is who ----------------------------------------------------------------------------

    @property
    def current(self) -> SpeakerSlot | None:
        """The slot whose clock runs or is paused (the latest started, if several)."""
        active = [s for s in self.slots if s.state in ACTIVE]
        if not active:
            return None
        speaking = [s for s in active if s.state is SlotState.SPEAKING] or active
        return max(speaking, key=lambda s: s.last_started_at or s.actual_start or _EPOCH)

    @property
    def next_up(self) -> SpeakerSlot | None:
        return next((s for s in self.slots if s.state is SlotState.QUEUED), None)

    def queued(self) -> list[SpeakerSlot]:
        return [s for s in self.slots if s.state is SlotState.QUEUED]

    def slot(self, slot_id: str) -> SpeakerSlot:
        for slot in self.slots:
            if slot.id == slot_id:
                return slot
        raise InputError(QT_TRANSLATE_NOOP("Console", "That speaker is no longer in the list."))

    def item(self, item_id: str | None) -> AgendaItem | None:
        return next((i for i in self.items if i.id == item_id), None)

    def reading(self, now: float | None = None) -> ClockReading | None:
        return self.clock.read(now) if self.clock else None

    def spoken_seconds(self, slot: SpeakerSlot, now: float | None = None) -> float:
        """Live for the current speaker, as stored for the others."""
        if self.clock is not None and slot is self.current:
            return self.clock.spoken_at(self.time_source() if now is None else now)
        return slot.spoken_seconds

    def current_item(self) -> AgendaItem | None:
        """The agenda item under way: the current speaker's, else the one started and not ended."""
        current = self.current
        if current is not None and current.agenda_item_id:
            return self.item(current.agenda_item_id)
        running = [i for i in self.items if i.actual_start and not i.actual_end]
        return running[-1] if running else None

    def interactive_item(self) -> AgendaItem | None:
        return next((i for i in self.items if i.kind is AgendaKind.INTERACTIVE_DISCUSSION), None)

    # the clock -----------------------------------------------------------------------------

    def toggle(self) -> Changes:
        """F5: pause or resume the current speaker; with none, give the floor to the next."""
        if self.current is None:
            return self._start(self._required_next())
        return self._apply(self.current, self._clock().toggle)

    def end_and_next(self) -> Changes:
        """F6: end the current speaker (if any) and start the next one (if any)."""
        changes = self.end_current() if self.current is not None else Changes()
        following = self.next_up
        if following is None:
            if not changes.slots:
                raise InputError(QT_TRANSLATE_NOOP("Console", "Nobody is waiting to speak."))
            return changes
        return changes.merge(self._start(following))

    def end_current(self) -> Changes:
        current = self.current
        if current is None:
            raise InputError(QT_TRANSLATE_NOOP("Console", "Nobody is speaking."))
        changes = self._apply(current, self._clock().end)
        self.clock = None
        item = self.item(current.agenda_item_id)
        if item is not None and not any(
                s.agenda_item_id == item.id and s.state in (SlotState.QUEUED, *ACTIVE) for s in self.slots):
            item.actual_end = self.wall_clock()
            changes.items.append(item)
        return changes

    def start_now(self, slot_id: str) -> Changes:
        """Give the floor to a waiting speaker out of turn, ending the current one."""
        slot = self.slot(slot_id)
        if slot.state is not SlotState.QUEUED:
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "Only a speaker who is waiting can be given the floor."))
        changes = self.end_current() if self.current is not None else Changes()
        return changes.merge(self._start(slot))

    def adjust(self, seconds: int) -> Changes:
        """F7 / Shift+F7: move the target and limit of the current speaker (else the next one)."""
        if self.current is not None:
            return self._apply(self.current, lambda: self._clock().adjust(seconds))
        slot = self._required_next()
        slot.target_seconds, slot.limit_seconds = moved_times(slot.target_seconds, slot.limit_seconds,
                                                              seconds)
        return Changes(slots=[slot])

    def _start(self, slot: SpeakerSlot) -> Changes:
        self.clock = SpeakerClock.from_slot(slot, self.time_source, self.wall_clock())
        changes = self._apply(slot, self.clock.start)
        self.slots.remove(slot)
        self.slots.insert(self._first_movable_index(), slot)
        changes.merge(self._renumber())
        wall_now = slot.actual_start or self.wall_clock()
        for item in self.items:
            if item.id == slot.agenda_item_id:
                if item.actual_start is None or item.actual_end is not None:
                    item.actual_start = item.actual_start or wall_now
                    item.actual_end = None
                    changes.items.append(item)
            elif item.actual_start is not None and item.actual_end is None:
                item.actual_end = wall_now
                changes.items.append(item)
        return changes

    def _apply(self, slot: SpeakerSlot, transition: Callable[[], None]) -> Changes:
        transition()
        self._clock().store_on(slot, self.wall_clock())
        return Changes(slots=[slot])

    def _clock(self) -> SpeakerClock:
        assert self.clock is not None
        return self.clock

    def _required_next(self) -> SpeakerSlot:
        following = self.next_up
        if following is None:
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "Nobody is waiting to speak: add a speaker or a floor request first."))
        return following

    # the queue -----------------------------------------------------------------------------

    def withdraw(self, slot_id: str) -> Changes:
        slot = self.slot(slot_id)
        if slot.state is not SlotState.QUEUED:
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "Only a speaker who is still waiting can withdraw."))
        slot.state = SlotState.WITHDRAWN
        return Changes(slots=[slot])

    def readd(self, slot_id: str) -> Changes:
        """A withdrawn speaker goes back in the queue; one who spoke gets a new slot at its end."""
        slot = self.slot(slot_id)
        if slot.state is SlotState.WITHDRAWN:
            slot.state = SlotState.QUEUED
            self.slots.remove(slot)
            self.slots.insert(len(self.slots), slot)
            return Changes(slots=[slot]).merge(self._renumber())
        if slot.state is not SlotState.DONE:
            raise InputError(QT_TRANSLATE_NOOP("Console", "This speaker is already in the queue."))
        item = self.current_item() or self.item(slot.agenda_item_id)
        again = SpeakerSlot(
            session_id=slot.session_id, participant_id=slot.participant_id,
            agenda_item_id=item.id if item else slot.agenda_item_id,
            target_seconds=item.default_target_seconds if item else slot.target_seconds,
            limit_seconds=item.default_limit_seconds if item else slot.limit_seconds,
            question_id=slot.question_id)
        return self.insert(again)

    def insert(self, slot: SpeakerSlot, override_closed: bool = False) -> Changes:
        """Place a new slot: a point of order at the head of the queue, anything else at the end
        of its agenda item's speakers. A closed list refuses anything but a point of order,
        unless ``override_closed`` (ListClosedError)."""
        check_open(self.item(slot.agenda_item_id), slot.request_type, override_closed)
        index = self._insertion_index(slot)
        self.slots.insert(index, slot)
        return Changes(slots=[slot]).merge(self._renumber())

    def _insertion_index(self, slot: SpeakerSlot) -> int:
        if slot.request_type is RequestType.POINT_OF_ORDER:
            following = self.next_up
            return self.slots.index(following) if following else len(self.slots)
        order = {item.id: item.position for item in self.items}
        mine = order.get(slot.agenda_item_id or "", len(order))
        for index, other in enumerate(self.slots):
            if other.state is SlotState.QUEUED and order.get(other.agenda_item_id or "", -1) > mine:
                return index
        return len(self.slots)

    def change_request(self, slot_id: str, target: int, limit: int, request_type: RequestType,
                       question_id: str | None) -> Changes:
        """A slot's target, limit, kind of request and guiding question as the chair edited them.
        A waiting speaker whose request becomes a point of order goes to the head of the queue;
        the current speaker's clock takes the new times at once."""
        slot = self.slot(slot_id)
        became_point = (request_type is RequestType.POINT_OF_ORDER
                        and slot.request_type is not RequestType.POINT_OF_ORDER)
        slot.target_seconds, slot.limit_seconds = max(0, int(target)), max(0, int(limit))
        slot.request_type, slot.question_id = request_type, question_id
        if self.clock is not None and slot is self.current:
            self.clock.target, self.clock.limit = slot.target_seconds, slot.limit_seconds
        changes = Changes(slots=[slot])
        if became_point and slot.state is SlotState.QUEUED:
            self.slots.remove(slot)
            following = self.next_up
            self.slots.insert(self.slots.index(following) if following else len(self.slots), slot)
            changes.merge(self._renumber())
        return changes

    def queue_place(self, slot: SpeakerSlot) -> int | None:
        """Where a waiting slot stands in the queue (1 = next), None if it is not waiting."""
        queue = self.queued()
        return queue.index(slot) + 1 if slot in queue else None

    def move(self, slot_id: str, new_index: int) -> Changes:
        """Reorder the queue: a waiting or withdrawn speaker moves among those waiting."""
        slot = self.slot(slot_id)
        if slot.state not in (SlotState.QUEUED, SlotState.WITHDRAWN):
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "Only a speaker who is still waiting can be moved."))
        first_movable = self._first_movable_index()
        self.slots.remove(slot)
        index = min(max(new_index, first_movable), len(self.slots))
        self.slots.insert(index, slot)
        return self._renumber()

    def move_by(self, slot_id: str, step: int) -> Changes:
        index = self.slots.index(self.slot(slot_id))
        return self.move(slot_id, index + step)

    def _first_movable_index(self) -> int:
        last_fixed = -1
        for index, slot in enumerate(self.slots):
            if slot.state not in (SlotState.QUEUED, SlotState.WITHDRAWN):
                last_fixed = index
        return last_fixed + 1

    def reorder(self, ordered: list[SpeakerSlot]) -> Changes:
        """The same slots in a new order (a sort of the queue); positions renumbered."""
        if sorted(s.id for s in ordered) != sorted(s.id for s in self.slots):
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "The speaker list changed meanwhile; sort it again."))
        self.slots[:] = ordered
        return self._renumber()

    def _renumber(self) -> Changes:
        changed = []
        for position, slot in enumerate(self.slots):
            if slot.position != position:
                slot.position = position
                changed.append(slot)
        return Changes(slots=changed)
