"""The ranges a meeting's values keep to. A value outside them (a zone ``UTC+25``, a date in
year 9999, a minute count no clock can hold) is refused where it enters (a session file) and
reported as damage where it is read back (the library), instead of breaking every export."""

import math
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .translatable import QT_TRANSLATE_NOOP

FIRST_YEAR, LAST_YEAR = 1900, 2199
DAY_SECONDS = 24 * 60 * 60
WEEK_SECONDS = 7 * DAY_SECONDS
CENTURY_SECONDS = 36_525 * DAY_SECONDS
MAX_POSITION = 1_000_000
MAX_OFFSET_HOURS, MIN_OFFSET_HOURS = 14, 12  # UTC-12:00 … UTC+14:00 are the offsets in use

# field name -> (lowest, highest) for whole numbers and seconds
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "planned_minutes": (0, 24 * 60),
    "position": (0, MAX_POSITION),
    "default_target_seconds": (0, WEEK_SECONDS),  # the agenda's fields go up to 3,600 minutes
    "default_limit_seconds": (0, WEEK_SECONDS),
    "target_seconds": (0, WEEK_SECONDS),
    "limit_seconds": (0, WEEK_SECONDS),
    "spoken_seconds": (0, 366 * DAY_SECONDS),  # a clock left running for days is still read
    "meeting_offset_seconds": (-CENTURY_SECONDS, CENTURY_SECONDS),  # notes typed long after
}
DEFAULT_RANGE: tuple[float, float] = (0, 2**31 - 1)
_OFFSET = re.compile(r"(?:UTC|GMT)([+-])(\d{1,2})(?::(\d{2}))?", re.ASCII)


def number_range(name: str) -> tuple[float, float]:
    return NUMBER_RANGES.get(name, DEFAULT_RANGE)


def number_problem(name: str, value: float) -> str | None:
    """Why ``value`` cannot be the field ``name``, in words, or None when it fits."""
    low, high = number_range(name)
    if isinstance(value, float) and not math.isfinite(value):
        return QT_TRANSLATE_NOOP("Limits", "is not a number")
    if not low <= value <= high:
        return QT_TRANSLATE_NOOP("Limits", "is {value}; it must be from {low} to {high}").format(
            value=_shown_number(value), low=f"{low:,.0f}", high=f"{high:,.0f}")
    return None


def moment_problem(value: date | time | datetime | None) -> str | None:
    """A date or a moment outside the years a meeting can have; a time of day with an offset."""
    if value is None:
        return None
    if isinstance(value, time):
        return QT_TRANSLATE_NOOP("Limits", "has a time-zone offset; a time of day is given in the "
                                 "meeting's own zone") if value.tzinfo is not None else None
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return QT_TRANSLATE_NOOP("Limits", "is in the year {year}; it must be from {first} to {last}").format(
            year=value.year, first=FIRST_YEAR, last=LAST_YEAR)
    return None


def fixed_offset(name: str) -> timedelta | None:
    """``UTC+02:00`` / ``GMT-5`` -> the offset; None when ``name`` is not of that form or the
    offset is not one in use (before UTC-12:00 or past UTC+14:00, minutes past 59)."""
    found = _OFFSET.fullmatch(name.strip().upper())
    if found is None:
        return None
    sign, hours, minutes = found.group(1), int(found.group(2)), int(found.group(3) or 0)
    offset = timedelta(hours=hours, minutes=minutes)
    if minutes > 59 or offset > timedelta(hours=MAX_OFFSET_HOURS if sign == "+" else MIN_OFFSET_HOURS):
        return None
    return offset if sign == "+" else -offset


def zone_problem(name: str) -> str | None:
    """Why ``name`` is not a time zone the meeting can have, or None."""
    text = name.strip()
    if text.upper().startswith(("UTC+", "UTC-", "GMT+", "GMT-")):
        return None if fixed_offset(text) is not None else QT_TRANSLATE_NOOP(
            "Limits", "is “{text}”, not an offset in use (UTC-12:00 to UTC+14:00)").format(text=text[:20])
    if text.upper() == "UTC":
        return None
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return QT_TRANSLATE_NOOP("Limits", "is “{text}”, not a time zone (such as Europe/Zurich or "
                                 "UTC+02:00)").format(text=text[:40])
    return None


def _shown_number(value: float) -> str:
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    return text if len(text) <= 24 else text[:21] + "…"
