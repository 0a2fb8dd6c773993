"""Time trouble: the computer slept, or its wall clock was set, while a speaker's clock ran.

The speaker clock runs on a monotonic time source, which never jumps but (on Linux and macOS)
stops while the computer sleeps; the wall clock keeps going through a sleep but jumps when it is
set. Comparing how much each advanced between two looks tells what happened; a third source that
counts sleep and never jumps (``CLOCK_BOOTTIME`` on Linux), when there is one, tells a sleep from
a clock that was set. The chair then keeps the clock as it is or corrects it.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

TOLERANCE_SECONDS = 2.0


class TimeTrouble(StrEnum):
    SLEPT = "slept"  # the computer was asleep: the speaker went on talking meanwhile
    CLOCK_SET = "clock_set"  # the wall clock was set forward or back; the monotonic time is right


@dataclass(frozen=True, slots=True)
class TimeMark:
    """One simultaneous look at the clocks."""

    monotonic: float
    wall: datetime
    boot: float | None = None  # counts sleep, never jumps; None where the platform has none


@dataclass(frozen=True, slots=True)
class TimeJump:
    trouble: TimeTrouble
    monotonic_elapsed: float
    wall_elapsed: float
    boot_elapsed: float | None = None

    @property
    def missed_seconds(self) -> float:
        """Real time the monotonic clock did not count (a sleep); 0 when the clock was set."""
        if self.trouble is not TimeTrouble.SLEPT:
            return 0.0
        real = self.boot_elapsed if self.boot_elapsed is not None else self.wall_elapsed
        return max(0.0, real - self.monotonic_elapsed)

    @property
    def wall_shift(self) -> float:
        """How far the wall clock moved beyond real time (negative: set back)."""
        real = self.boot_elapsed if self.boot_elapsed is not None else self.monotonic_elapsed
        return self.wall_elapsed - real if self.trouble is TimeTrouble.CLOCK_SET else 0.0

    @property
    def stored_offset(self) -> float:
        """How far the stored wall time of the speaker's start is from the clock shown (what a
        restart would add to it): the sleep missed, or the wall clock's shift."""
        return self.missed_seconds if self.trouble is TimeTrouble.SLEPT else self.wall_shift


def detect_time_jump(before: TimeMark, after: TimeMark,
                     tolerance: float = TOLERANCE_SECONDS) -> TimeJump | None:
    """What happened between two looks, or None when the clocks agree within ``tolerance``."""
    monotonic = after.monotonic - before.monotonic
    wall = (after.wall - before.wall).total_seconds()
    boot = None if before.boot is None or after.boot is None else after.boot - before.boot
    if abs(wall - monotonic) <= tolerance and (boot is None or abs(boot - monotonic) <= tolerance):
        return None
    # without a sleep-counting clock, a forward jump is most likely a sleep
    slept = boot - monotonic > tolerance if boot is not None else wall > monotonic
    trouble = TimeTrouble.SLEPT if slept else TimeTrouble.CLOCK_SET
    return TimeJump(trouble, monotonic, wall, boot)


def corrected_spoken(spoken: float, jump: TimeJump) -> float:
    """The spoken time counting the sleep (the speaker went on talking while the computer slept)."""
    return spoken + jump.missed_seconds


def spoken_by_wall_clock(spoken: float, jump: TimeJump) -> float:
    """The spoken time as the computer's wall clock counts it (never below zero): with a sleep,
    the same as :func:`corrected_spoken`; with a clock set, shifted as the clock was."""
    return max(0.0, spoken + jump.stored_offset)


def offered_correction(spoken: float, jump: TimeJump) -> float:
    """What the chair is offered instead of the time shown: the sleep counted, or the
    computer's clock followed."""
    if jump.trouble is TimeTrouble.SLEPT:
        return corrected_spoken(spoken, jump)
    return spoken_by_wall_clock(spoken, jump)


class TimeWatch:
    """Looks at the clocks on every tick and reports a jump since the previous look."""

    def __init__(self, monotonic: Callable[[], float], wall: Callable[[], datetime],
                 boot: Callable[[], float | None] | None = None,
                 tolerance: float = TOLERANCE_SECONDS) -> None:
        self._sources = (monotonic, wall, boot)
        self.tolerance = tolerance
        self._last = self._look()

    def _look(self) -> TimeMark:
        monotonic, wall, boot = self._sources
        return TimeMark(monotonic(), wall(), boot() if boot else None)

    def reset(self) -> None:
        self._last = self._look()

    def check(self) -> TimeJump | None:
        now = self._look()
        jump = detect_time_jump(self._last, now, self.tolerance)
        self._last = now
        return jump


def boot_clock() -> Callable[[], float] | None:
    """A time source that counts sleep and never jumps, where the platform has one."""
    import time

    clock_id = getattr(time, "CLOCK_BOOTTIME", None)
    if clock_id is None:
        return None
    return lambda: time.clock_gettime(clock_id)
