"""Dates, time ranges and their zone, as concept notes write them.

Every pattern is linear (no nested repetition), so a hostile file cannot make matching slow.
"""

import contextlib
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ...domain.translatable import QT_TRANSLATE_NOOP
from .zones import (
    ABBREVIATIONS,
    cities_in,
    fixed_offset_minutes,
    fixed_offset_name,
    offset_on,
    zone_for_abbreviation,
    zone_for_city,
)

_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
MONTHS: dict[str, int] = {name: number for number, name in enumerate(_MONTH_NAMES, 1)}
MONTHS |= {name[:3]: number for name, number in list(MONTHS.items())} | {"sept": 9}
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december" \
         r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(
    rf"\b(\d{{1,2}}){_ORDINAL}(?:\s?(?:-|\u2013|to)\s?\d{{1,2}}{_ORDINAL})?(?:\s+of)?\s+{_MONTH},?\s+(\d{{4}})\b",
    re.IGNORECASE)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"(?<![\d.:/])(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")

_CLOCK = r"(\d{1,2})(?:[:.h](\d{2}))?\s?([ap]\.?\s?m\b\.?)?"
_NOON = r"(?:\s?(?:noon|midday|hrs\b|hours\b|h\b))?"
# "Time:13:30 – 15:00": a colon after a word may stand right before the hour, not after a digit
_RANGE = re.compile(
    rf"(?<![\d.,/-])(?<!\d:){_CLOCK}{_NOON}\s*(?:-|\u2013|\u2014|to|until|till)\s*{_CLOCK}{_NOON}(?![\d:])",
    re.IGNORECASE)
_MILITARY = re.compile(
    r"(?<!\d)([01]\d|2[0-3])([0-5]\d)\s?(?:-|\u2013)\s?([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|h\b)", re.IGNORECASE)
_SINGLE = re.compile(
    r"(?:\b(?:at|from|starts? at|begins? at)\s+|\btime\s?:\s?)(\d{1,2})(?:[:.h](\d{2}))?"
    r"\s?([ap]\.?\s?m\b\.?)?", re.IGNORECASE)
_ZONE = re.compile(
    r"\b(?:(UTC|GMT)\s?([+\-\u2212\u2013]\s?\d{1,2}(?::?\d{2})?)?|([A-Z]{1,5})\b"
    r"|([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\s+[Tt]ime\b|([A-Z][a-z]+/[A-Za-z_]+(?:/[A-Za-z_]+)?))")
_DURATION = re.compile(
    r"\b(\d{2,3})[- ]minutes?\b|\b(one|two|three|1|2|3)[- ](?:and a half[- ])?hours?\b", re.IGNORECASE)
_NAMED_ZONES = {
    "eastern": "America/New_York", "central": "America/Chicago", "pacific": "America/Los_Angeles",
    "central european": "Europe/Zurich", "central european summer": "Europe/Zurich",
    "eastern european": "Europe/Athens", "east africa": "Africa/Nairobi",
    "greenwich mean": "UTC", "coordinated universal": "UTC", "universal": "UTC",
}
_WORD_HOURS = {"one": 1, "two": 2, "three": 3, "1": 1, "2": 2, "3": 3}


@dataclass(slots=True)
class TimeRange:
    start: dt.time
    end: dt.time | None
    zone_text: str  # the zone as written, "" when none


def find_date(text: str) -> tuple[dt.date | None, str]:
    """The first date in ``text`` and a note ("" or why a date-like text was not taken)."""
    candidates: list[tuple[int, dt.date]] = []
    note = ""
    for match in _DAY_MONTH_YEAR.finditer(text):
        _add(candidates, match.start(), int(match.group(3)), MONTHS[match.group(2).lower()],
             int(match.group(1)))
    for match in _MONTH_DAY_YEAR.finditer(text):
        _add(candidates, match.start(), int(match.group(3)), MONTHS[match.group(1).lower()],
             int(match.group(2)))
    for match in _ISO.finditer(text):
        _add(candidates, match.start(), int(match.group(1)), int(match.group(2)), int(match.group(3)))
    for match in _NUMERIC.finditer(text):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if first > 12 or first == second:
            _add(candidates, match.start(), year, second, first)
        elif second > 12:
            _add(candidates, match.start(), year, first, second)
        else:
            note = QT_TRANSLATE_NOOP("ConceptNote", "The date “{date}” could be day/month or month/day; "
                                     "check the date.").format(date=match.group(0))
    if not candidates:
        return None, note
    return min(candidates)[1], ""


def _add(candidates: list[tuple[int, dt.date]], position: int, year: int, month: int, day: int) -> None:
    with contextlib.suppress(ValueError):
        candidates.append((position, dt.date(year, month, day)))


def find_time_range(text: str) -> TimeRange | None:
    """``15.00-16.00 (CEST)``, ``10:00–11:30 EDT``, ``3 pm – 4.30 pm``, ``1500-1600 hrs``."""
    ranges = find_time_ranges(text)
    if ranges:
        return ranges[0][1]
    return other_time(text)


def find_time_ranges(text: str) -> list[tuple[int, TimeRange]]:
    """Every ``start–end`` range of ``text``, with where it begins."""
    found: list[tuple[int, TimeRange]] = []
    for match in _RANGE.finditer(text):
        if len(found) >= 24:  # a line of a note holds a few; a hostile one, thousands
            break
        times = _range_times(match.groups())
        if times is not None:
            found.append((match.start(), TimeRange(times[0], times[1],
                                                   find_zone_text(text[match.end():match.end() + 80]))))
    return found


def other_time(text: str) -> TimeRange | None:
    """``1500-1600 hrs``, or a start alone (``at 09:30 CET, for 90 minutes``)."""
    military = _MILITARY.search(text)
    if military:
        hours = [int(group) for group in military.groups()]
        return TimeRange(dt.time(hours[0], hours[1]), dt.time(hours[2], hours[3]),
                         find_zone_text(text[military.end():military.end() + 80]))
    single = _SINGLE.search(text)
    if single and (single.group(2) or single.group(3)):
        start = _clock(int(single.group(1)), single.group(2), single.group(3))
        if start is not None:
            zone = find_zone_text(text[single.end():single.end() + 80])
            return TimeRange(start, _end_from_duration(start, text), zone)
    return None


def _range_times(groups: tuple[Any, ...]) -> tuple[dt.time, dt.time] | None:
    hour1, minute1, meridiem1, hour2, minute2, meridiem2 = groups
    if not (minute1 or meridiem1 or meridiem2) or not (minute2 or meridiem2):
        return None  # "5-7 mins", "2020-21": not clock times
    meridiem1 = meridiem1 or meridiem2
    if meridiem1 and meridiem2 and not (minute1 or minute2) and meridiem1 is meridiem2 and \
            int(hour1) > int(hour2) and _is_pm(meridiem2):
        meridiem1 = "am"  # "11 - 1 pm"
    start = _clock(int(hour1), minute1, meridiem1)
    end = _clock(int(hour2), minute2, meridiem2)
    if start is not None and end is not None and start > end and meridiem2 and meridiem1 is meridiem2 \
            and _is_pm(meridiem2):
        start = _clock(int(hour1), minute1, "am")  # "11:30 – 1:00 p.m."
    if start is None or end is None:
        return None
    return start, end


def _is_pm(meridiem: str) -> bool:
    return meridiem.lower().startswith("p")


def _clock(hour: int, minute: str | None, meridiem: str | None) -> dt.time | None:
    minutes = int(minute) if minute else 0
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if _is_pm(meridiem) else 0)
    if hour > 23 or minutes > 59:
        return None
    return dt.time(hour, minutes)


def _end_from_duration(start: dt.time, text: str) -> dt.time | None:
    match = _DURATION.search(text)
    if not match:
        return None
    if match.group(1):
        minutes = int(match.group(1))
    else:
        minutes = _WORD_HOURS[match.group(2).lower()] * 60 + (30 if "half" in match.group(0) else 0)
    if not 15 <= minutes <= 600:
        return None
    end = dt.datetime.combine(dt.date.min, start) + dt.timedelta(minutes=minutes)
    return end.time()


def find_zone_text(text: str) -> str:
    """The first time-zone word in ``text`` (an abbreviation, ``UTC+2``, ``Geneva time``)."""
    for match in _ZONE.finditer(text):
        if match.group(1):
            return f"{match.group(1).upper()}{(match.group(2) or '').replace(' ', '')}"
        if match.group(3) and match.group(3).upper() in ABBREVIATIONS and match.group(3).isupper():
            return match.group(3)
        if match.group(4) and _named_zone(match.group(4)):
            return f"{match.group(4)} time"
        if match.group(5) and _is_zone_name(match.group(5)):
            return match.group(5)
    return ""


def _named_zone(words: str) -> str | None:
    """``"New York"``, ``"Geneva"``, ``"Eastern"``, ``"Central European Summer"`` -> a zone."""
    key = " ".join(words.lower().replace("-", " ").split())
    return _NAMED_ZONES.get(key) or zone_for_city(key)


def _is_zone_name(name: str) -> bool:
    from zoneinfo import available_timezones

    return name in available_timezones()


def resolve_zone(zone_text: str, day: dt.date | None, at: dt.time | None,
                 document_text: str) -> str | None:
    """The zone name to store for what the note wrote (see :mod:`.zones`)."""
    if not zone_text:
        return None
    offset = fixed_offset_minutes(zone_text.replace("\u2212", "-").replace("\u2013", "-"))
    if offset is not None:  # "UTC+3" at a venue in Addis Ababa: the city's zone, if it has that offset
        city = next((zone for zone in cities_in(document_text) if offset_on(zone, day, at) == offset), None)
        return city or fixed_offset_name(offset)
    if zone_text.endswith(" time"):
        return _named_zone(zone_text.removesuffix(" time"))
    if "/" in zone_text:
        return zone_text
    return zone_for_abbreviation(zone_text, day, at, document_text)
