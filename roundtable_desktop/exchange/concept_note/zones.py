"""Time-zone words in concept notes -> an IANA zone or a fixed offset ("UTC+02:00").

An abbreviation stands for a zone and an offset ("CEST" is UTC+2). When the document names a
city of that offset (Geneva, Vienna, New York) its zone is used, otherwise a usual zone for the
abbreviation. Notes often write the abbreviation loosely ("EST" all year round for New York
time), so the zone is kept even when its offset on the meeting's date differs from the one the
abbreviation states; :func:`offset_mismatch` says so, and the import asks to check the time.
"""

import datetime as dt
import re
from functools import cache
from typing import Protocol
from zoneinfo import ZoneInfo, available_timezones

from ...domain.translatable import QT_TRANSLATE_NOOP, dated


class HasText(Protocol):
    @property
    def all_text(self) -> str: ...


# abbreviation -> (usual zone, offset in minutes it states; None when it names no one offset)
ABBREVIATIONS: dict[str, tuple[str, int | None]] = {
    "CEST": ("Europe/Zurich", 120), "CET": ("Europe/Zurich", 60),
    "MESZ": ("Europe/Berlin", 120), "MEZ": ("Europe/Berlin", 60),
    "BST": ("Europe/London", 60), "WET": ("Europe/Lisbon", 0), "WEST": ("Europe/Lisbon", 60),
    "EET": ("Europe/Athens", 120), "EEST": ("Europe/Athens", 180), "MSK": ("Europe/Moscow", 180),
    "EDT": ("America/New_York", -240), "EST": ("America/New_York", -300),
    "ET": ("America/New_York", None), "CDT": ("America/Chicago", -300),
    "MDT": ("America/Denver", -360), "MST": ("America/Denver", -420),
    "PDT": ("America/Los_Angeles", -420), "PST": ("America/Los_Angeles", -480),
    "PT": ("America/Los_Angeles", None), "BRT": ("America/Sao_Paulo", -180),
    "ART": ("America/Argentina/Buenos_Aires", -180),
    "EAT": ("Africa/Nairobi", 180), "CAT": ("Africa/Maputo", 120), "WAT": ("Africa/Lagos", 60),
    "SAST": ("Africa/Johannesburg", 120), "GST": ("Asia/Dubai", 240), "PKT": ("Asia/Karachi", 300),
    "IST": ("Asia/Kolkata", 330), "ICT": ("Asia/Bangkok", 420), "WIB": ("Asia/Jakarta", 420),
    "SGT": ("Asia/Singapore", 480), "HKT": ("Asia/Hong_Kong", 480), "JST": ("Asia/Tokyo", 540),
    "KST": ("Asia/Seoul", 540), "AEST": ("Australia/Sydney", 600), "AEDT": ("Australia/Sydney", 660),
    "NZST": ("Pacific/Auckland", 720), "NZDT": ("Pacific/Auckland", 780),
    "UTC": ("UTC", 0), "GMT": ("UTC", 0),
}

# Cities where meetings are held whose zone is not named after them.
CITY_ZONES: dict[str, str] = {
    "geneva": "Europe/Zurich", "genève": "Europe/Zurich", "bern": "Europe/Zurich",
    "bonn": "Europe/Berlin", "the hague": "Europe/Amsterdam", "washington": "America/New_York",
    "montreal": "America/Toronto", "nairobi": "Africa/Nairobi", "addis ababa": "Africa/Addis_Ababa",
    "new delhi": "Asia/Kolkata", "delhi": "Asia/Kolkata", "beijing": "Asia/Shanghai",
    "santiago": "America/Santiago", "beirut": "Asia/Beirut", "bangkok": "Asia/Bangkok",
    "new york": "America/New_York", "vienna": "Europe/Vienna", "paris": "Europe/Paris",
    "rome": "Europe/Rome", "brussels": "Europe/Brussels", "madrid": "Europe/Madrid",
    "berlin": "Europe/Berlin", "london": "Europe/London", "copenhagen": "Europe/Copenhagen",
    "stockholm": "Europe/Stockholm", "oslo": "Europe/Oslo", "helsinki": "Europe/Helsinki",
    "lisbon": "Europe/Lisbon", "warsaw": "Europe/Warsaw", "prague": "Europe/Prague",
    "budapest": "Europe/Budapest", "athens": "Europe/Athens", "istanbul": "Europe/Istanbul",
    "ankara": "Europe/Istanbul", "cairo": "Africa/Cairo", "dubai": "Asia/Dubai",
    "abu dhabi": "Asia/Dubai", "tokyo": "Asia/Tokyo", "seoul": "Asia/Seoul",
    "jakarta": "Asia/Jakarta", "singapore": "Asia/Singapore", "manila": "Asia/Manila",
    "sydney": "Australia/Sydney", "mexico city": "America/Mexico_City", "lima": "America/Lima",
    "bogotá": "America/Bogota", "bogota": "America/Bogota", "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo", "dakar": "Africa/Dakar", "accra": "Africa/Accra",
    "lagos": "Africa/Lagos", "abuja": "Africa/Lagos", "kigali": "Africa/Kigali",
    "johannesburg": "Africa/Johannesburg", "pretoria": "Africa/Johannesburg",
    "katowice": "Europe/Warsaw", "sharm el-sheikh": "Africa/Cairo", "kyoto": "Asia/Tokyo",
    "glasgow": "Europe/London", "marrakech": "Africa/Casablanca", "doha": "Asia/Qatar",
    "baku": "Asia/Baku", "rio de janeiro": "America/Sao_Paulo", "bali": "Asia/Makassar",
    "strasbourg": "Europe/Paris", "palais des nations": "Europe/Zurich",
    "united nations headquarters": "America/New_York", "un headquarters": "America/New_York",
}
# A city's name inside a proper name ("Copenhagen Declaration", "Montreal Protocol", "Paris
# Agreement", "Beijing+25", "Room Nairobi 4") says nothing about where the meeting is.
_NAMED_AFTER_CITY = re.compile(
    r"(?: ?\+| ?\d|[ -](?:Declaration|Protocol|Agreement|Platform|Programme|Program|Amendment|Convention"
    r"|Framework|Action|Agenda|Consensus|Plan|Accord|Principles|Commitments?|Statement|Call|Pact|Process"
    r"|Rules|Outcome|Document|Roadmap|Strategy|Charter|Initiative|Round|Mandate|Group|Club|Network"
    r"|network|process|framework|declaration|agreement|Conference|Summit|Goals|Targets|Rulebook"
    r"|Compact|Vision|Guidelines|Treaty|Appeal|Climate|Joint|Work|Ministerial|Spirit|Model)\b)")
_ROOM_BEFORE = re.compile(r"(?:\broom|\bsalle|\bhall|\bpavilion)\s$", re.IGNORECASE)

_CONTINENTS = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/",
               "Indian/", "Pacific/")
_FIXED = re.compile(r"^(?:UTC|GMT)\s?([+\-\u2212\u2013])\s?(\d{1,2})(?::?(\d{2}))?$", re.IGNORECASE)


def fixed_offset_name(minutes: int) -> str:
    """``120`` -> ``"UTC+02:00"`` (the form ``domain.model.meeting_zone`` accepts); 0 -> ``"UTC"``."""
    if minutes == 0:
        return "UTC"
    sign = "+" if minutes > 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{rest:02d}"


def fixed_offset_minutes(text: str) -> int | None:
    """``"UTC+2"``, ``"GMT-05:00"``, ``"UTC +5:30"`` -> minutes east of UTC; else None."""
    match = _FIXED.match(text.strip())
    if not match:
        return None
    hours, minutes = int(match.group(2)), int(match.group(3) or 0)
    if hours > 14 or minutes > 59:
        return None
    sign = 1 if match.group(1) == "+" else -1
    return sign * (hours * 60 + minutes)


def offset_on(zone: str, day: dt.date | None, at: dt.time | None) -> int | None:
    """The UTC offset of ``zone`` in minutes at that date and time (noon, today when unknown)."""
    moment = dt.datetime.combine(day or dt.date.today(), at or dt.time(12, 0), tzinfo=ZoneInfo(zone))
    offset = moment.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else None


@cache
def _zones_by_city() -> dict[str, str]:
    zones: dict[str, str] = {}
    for zone in available_timezones():
        city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
        if zone.startswith(_CONTINENTS):
            zones.setdefault(city, zone)
    return zones | CITY_ZONES


def zone_for_city(name: str) -> str | None:
    return _zones_by_city().get(" ".join(name.lower().split()))


def cities_in(text: str) -> list[str]:
    """Zones of the meeting cities the text names (from CITY_ZONES), in the order they appear;
    a city inside a proper name ("Paris Agreement") does not count."""
    head = text[:20_000]
    lowered = head.lower()
    found = []
    for city, zone in CITY_ZONES.items():
        position = _place_position(head, lowered, city)
        if position >= 0:
            found.append((position, zone))
    return [zone for _, zone in sorted(found)]


def venue_text(venue: str, document: "HasText") -> str:
    """Where to look for the meeting's city: the venue first, then the whole note."""
    return f"{venue}\n{document.all_text}" if venue else document.all_text


def _place_position(text: str, lowered: str, word: str) -> int:
    start = 0
    while True:
        index = lowered.find(word, start)
        if index < 0:
            return -1
        end = index + len(word)
        before = lowered[index - 1] if index else " "
        after = lowered[end] if end < len(lowered) else " "
        if not before.isalnum() and not after.isalnum() and not _NAMED_AFTER_CITY.match(text, end) \
                and not _ROOM_BEFORE.search(text[max(0, index - 12):index]):
            return index
        start = index + 1


def zone_for_abbreviation(abbreviation: str, day: dt.date | None, at: dt.time | None,
                          document_text: str) -> str | None:
    """The zone a time-zone abbreviation means in this document, on the meeting's date."""
    known = ABBREVIATIONS.get(abbreviation.upper())
    if known is None:
        return None
    usual, stated = known
    if usual == "UTC":
        return "UTC"
    if stated is None:
        return usual
    for zone in cities_in(document_text):
        if offset_on(zone, day, at) == stated:
            return zone
    return usual


def offset_mismatch(abbreviation: str, zone: str, day: dt.date | None, at: dt.time | None) -> str:
    """A sentence when ``zone`` does not have the offset ``abbreviation`` states on that day."""
    known = ABBREVIATIONS.get(abbreviation.upper())
    if known is None or known[1] is None or day is None or "/" not in zone:
        return ""
    actual = offset_on(zone, day, at)
    if actual == known[1]:
        return ""
    return QT_TRANSLATE_NOOP("ConceptNote", "The note says {abbreviation} ({stated}), but {zone} is on "
                             "{actual} on {date}; check the times and the zone.").format(
        abbreviation=abbreviation, stated=fixed_offset_name(known[1]), zone=zone,
        actual=fixed_offset_name(actual or 0), date=dated(day))
