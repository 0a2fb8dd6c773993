"""The speaker clock: one speaker's time, as a small state machine over an injected time source.

``queued -> speaking <-> paused -> done`` (withdrawing and re-adding a waiting speaker is the
speaker list's business: a waiting slot has no running clock). Spoken time is
``accumulated + (now - running_since)`` read from the time source, never counted from timer
ticks, so the clock is exact however late the window repaints. What survives a restart is
stored on the slot: the state, the seconds accumulated before the last start, and the UTC wall
time of that start (:func:`SpeakerClock.from_slot` resumes from them).
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .enums import SlotState
from .errors import InputError
from .model import SpeakerSlot
from .translatable import QT_TRANSLATE_NOOP

TimeSource = Callable[[], float]
"""Seconds from an arbitrary origin that never jumps (``time.monotonic`` in the app)."""

WallClock = Callable[[], datetime]
"""The UTC wall time (``ids.utc_now`` in the app): what is stored for a restart."""

ADJUST_STEP_SECONDS = 30


class Phase(StrEnum):
    """What the chair and the speaker see: normal, wrap up (from the target), over (past the limit)."""

    NORMAL = "normal"
    WRAP_UP = "wrap_up"
    OVER = "over"


WRAP_UP_SHARE = 0.2      # with no target before the limit, wrap up is the last fifth of the time,
WRAP_UP_LONGEST = 60     # at most the last minute
WRAP_UP_SHORTEST = 10    # and at least ten seconds


def wrap_up_window(limit: float) -> float:
    """How long before the limit wrap up begins when the target gives no earlier warning."""
    return min(float(limit), max(WRAP_UP_SHORTEST, min(WRAP_UP_LONGEST, round(limit * WRAP_UP_SHARE))))


def wrap_up_from(target: float, limit: float) -> float:
    """The spoken time from which the speaker is told to wrap up: the target when it comes before
    the limit; otherwise (a target equal to the limit, or a limit set below it) the last part of
    the time, so that amber always comes before red."""
    if 0 < target < limit:
        return float(target)
    return max(0.0, limit - wrap_up_window(limit))


def phase_for(spoken: float, target: float, limit: float) -> Phase:
    if spoken >= limit:
        return Phase.OVER
    if spoken >= wrap_up_from(target, limit):
        return Phase.WRAP_UP
    return Phase.NORMAL


def countdown_text(remaining: float) -> str:
    """``m:ss`` left, rounded up so ``0:00`` shows only at the limit; past it, ``+m:ss`` over."""
    if remaining > 0:
        seconds, sign = math.ceil(remaining - 1e-9), ""
    else:
        seconds, sign = math.floor(-remaining + 1e-9), "+"
    return f"{sign}{seconds // 60}:{seconds % 60:02d}"


def shown_interval(text: str) -> tuple[float, float]:
    """The range of true remaining seconds that :func:`countdown_text` shows as ``text``."""
    over = text.startswith("+")
    minutes, _, seconds = text.lstrip("+").partition(":")
    value = int(minutes) * 60 + int(seconds)
    if over:
        return (-value - 1.0, -float(value))
    return (value - 1.0, float(value))


@dataclass(frozen=True, slots=True)
class ClockReading:
    """One look at the clock: everything a display shows, computed from one time reading."""

    state: SlotState
    spoken: float
    target: int
    limit: int

    @property
    def remaining(self) -> float:
        return self.limit - self.spoken

    @property
    def phase(self) -> Phase:
        return phase_for(self.spoken, self.target, self.limit)

    @property
    def text(self) -> str:
        return countdown_text(self.remaining)

    @property
    def flash_on(self) -> bool:
        """Over the limit the display flashes twice a second, in step with the spoken time."""
        return self.phase is not Phase.OVER or int(self.spoken * 2) % 2 == 0


class SpeakerClock:
    """The clock of one slot. Transitions that make no sense raise :class:`InputError`."""

    def __init__(self, time_source: TimeSource, target: int, limit: int,
                 state: SlotState = SlotState.QUEUED, accumulated: float = 0.0,
                 running_since: float | None = None) -> None:
        self.time_source = time_source
        self.target = int(target)
        self.limit = int(limit)
        self.state = state
        self.accumulated = float(accumulated)
        self.running_since = running_since if state is SlotState.SPEAKING else None
        if state is SlotState.SPEAKING and self.running_since is None:
            self.running_since = time_source()

    @classmethod
    def from_slot(cls, slot: SpeakerSlot, time_source: TimeSource, wall_now: datetime) -> "SpeakerClock":
        """The clock as stored on ``slot``. A slot stored while speaking (the app was closed or
        killed) resumes with ``spoken = stored seconds + (wall_now - last start)``."""
        running_since = None
        if slot.state is SlotState.SPEAKING:
            running_since = time_source() - elapsed_since_last_start(slot, wall_now)
        return cls(time_source, slot.target_seconds, slot.limit_seconds, slot.state,
                   slot.spoken_seconds, running_since)

    # reading ----------------------------------------------------------------------------------

    def spoken_at(self, now: float) -> float:
        if self.running_since is None:
            return self.accumulated
        return self.accumulated + max(0.0, now - self.running_since)

    def spoken(self) -> float:
        return self.spoken_at(self.time_source())

    def read(self, now: float | None = None) -> ClockReading:
        now = self.time_source() if now is None else now
        return ClockReading(self.state, self.spoken_at(now), self.target, self.limit)

    @property
    def is_running(self) -> bool:
        return self.state is SlotState.SPEAKING

    # transitions ------------------------------------------------------------------------------

    def start(self) -> None:
        if self.state is not SlotState.QUEUED:
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "Only a speaker who is waiting can be given the floor."))
        self.state = SlotState.SPEAKING
        self.running_since = self.time_source()

    def pause(self) -> None:
        if self.state is not SlotState.SPEAKING:
            raise InputError(QT_TRANSLATE_NOOP("Console", "Only a speaker who is speaking can be paused."))
        self.accumulated = self.spoken()
        self.running_since = None
        self.state = SlotState.PAUSED

    def resume(self) -> None:
        if self.state is not SlotState.PAUSED:
            raise InputError(QT_TRANSLATE_NOOP("Console", "Only a paused speaker can be resumed."))
        self.state = SlotState.SPEAKING
        self.running_since = self.time_source()

    def toggle(self) -> None:
        """Start, pause or resume: what F5 does."""
        {SlotState.QUEUED: self.start, SlotState.SPEAKING: self.pause,
         SlotState.PAUSED: self.resume}.get(self.state, self._cannot_toggle)()

    def end(self) -> None:
        if self.state not in (SlotState.SPEAKING, SlotState.PAUSED):
            raise InputError(QT_TRANSLATE_NOOP("Console", "Only the current speaker can be ended."))
        self.accumulated = self.spoken()
        self.running_since = None
        self.state = SlotState.DONE

    def adjust(self, seconds: int) -> None:
        """Move the target and the limit together by ``seconds`` (never below zero), so the
        wrap-up warning moves with the limit; spoken time does not change."""
        if self.state in (SlotState.DONE, SlotState.WITHDRAWN):
            raise InputError(QT_TRANSLATE_NOOP(
                "Console", "The time of a speaker who has finished cannot be changed."))
        self.target, self.limit = moved_times(self.target, self.limit, seconds)

    def _cannot_toggle(self) -> None:
        raise InputError(QT_TRANSLATE_NOOP(
            "Console", "This speaker has finished; add them again to give them the floor."))

    # storage ----------------------------------------------------------------------------------

    def store_on(self, slot: SpeakerSlot, wall_now: datetime) -> SpeakerSlot:
        """Write the clock onto ``slot`` for storage: state, limit, seconds accumulated before
        the last start, the wall time of that start, and the actual start and end."""
        previous = slot.state
        slot.state = self.state
        slot.limit_seconds = self.limit
        slot.target_seconds = self.target
        if self.state is SlotState.SPEAKING:
            if previous is not SlotState.SPEAKING:
                slot.spoken_seconds = self.accumulated
                slot.last_started_at = wall_now
            slot.actual_start = slot.actual_start or wall_now
            slot.actual_end = None
        elif self.state in (SlotState.PAUSED, SlotState.DONE):
            slot.spoken_seconds = self.accumulated
            slot.last_started_at = None
            if self.state is SlotState.DONE:
                slot.actual_end = wall_now
        return slot


def moved_times(target: int, limit: int, seconds: int) -> tuple[int, int]:
    """Target and limit moved together by ``seconds``, neither below zero."""
    return max(0, int(target) + int(seconds)), max(0, int(limit) + int(seconds))


def elapsed_since_last_start(slot: SpeakerSlot, wall_now: datetime) -> float:
    """Seconds between the stored last start and ``wall_now`` (never negative, in case the
    computer's clock was set back)."""
    if slot.last_started_at is None:
        return 0.0
    return max(0.0, (wall_now - slot.last_started_at).total_seconds())


def restored_spoken_seconds(slot: SpeakerSlot, wall_now: datetime) -> float:
    """What a slot stored while speaking has spoken by ``wall_now``."""
    if slot.state is not SlotState.SPEAKING:
        return slot.spoken_seconds
    return slot.spoken_seconds + elapsed_since_last_start(slot, wall_now)
