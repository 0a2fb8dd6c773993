"""Every date a concept note writes, with what kind of date it is: the meeting's, a label's
("Date: …"), a span of days (the session the event belongs to), or a date that is not the
meeting's (a press dateline, "as of", "Order of the day", a web page's post date, a deadline).
Dates without a year ("Tuesday, 1 March", "On July 7") take the year from the note's other dates,
checked against the weekday when one is written."""

import bisect
import datetime as dt
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import IntEnum

from ...domain.translatable import QT_TRANSLATE_NOOP, Wording, dated
from .when import MONTHS

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december" \
         r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_CAPITAL_MONTH = r"((?-i:January|February|March|April|May|June|July|August|September|October|November" \
                 r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?"
_ORD = r"(?:st|nd|rd|th)?"
_DASH = r"\s?(?:-|\u2013|\u2014|to)\s?"
_FULL_DMY = re.compile(rf"\b{_WEEKDAY}(\d{{1,2}}){_ORD}(?:{_DASH}(\d{{1,2}}){_ORD})?(?:\s+of)?\s+{_MONTH}"
                       rf"(?:{_DASH}(\d{{1,2}}){_ORD}\s+{_MONTH})?,?\s+(\d{{4}})\b", re.IGNORECASE)
_FULL_MDY = re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+(\d{{1,2}}){_ORD}(?:{_DASH}(\d{{1,2}}){_ORD})?,?"
                       rf"\s+(\d{{4}})\b",
                       re.IGNORECASE)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC = re.compile(r"(?<![\d.:/])(\d{1,2})([./])(\d{1,2})\2(\d{4})\b")
_YEARLESS_DM = re.compile(rf"\b{_WEEKDAY}(\d{{1,2}}){_ORD}(?:\s+of)?\s+{_CAPITAL_MONTH}(?![\w-]|,?\s+\d)",
                          re.IGNORECASE)
_YEARLESS_MD = re.compile(rf"\b{_WEEKDAY}{_CAPITAL_MONTH}\s+(\d{{1,2}}){_ORD}\b"
                          rf"(?![:.]?\d|,?\s+\d{{4}}|{_DASH}\d)",
                          re.IGNORECASE)
_AWAY_BEFORE = re.compile(
    r"(?:\bas (?:of|at)|\bupdated(?: on)?|\brevised(?: on)?|\bversion(?: of)?|\bposted(?: on)?"
    r"|\bpublished(?: on)?"
    r"|\bresolution [\w/.-]{1,12} of|\bdecision [\w/.-]{1,12} of|\badopted(?: on)?"
    r"|\bissued(?: on)?|\breleased(?: on)?|\bdated|\blast (?:modified|updated)(?: on)?|\border of the day"
    r"|\bjournal\b[^.]{0,40})\s?[:(,]?\s?$", re.IGNORECASE)
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.' -]{2,40}(?:,\s?[A-Z][A-Za-z.' -]{1,30})?\s?[(,]\s?$")
_DEADLINE_BEFORE = re.compile(
    r"(?:\bregist\w*|\bby|\bbefore|\bdeadline|\bno later than|\buntil|\bsubmit\w*|\brsvp"
    r"|\bclose[sd]?(?: on)?)"
    r"\s?(?:on|by)?\s?[:(]?\s?$", re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:date|dates|date and time|date & time|day|when)\s?[:|\u2013-]", re.IGNORECASE)


PER_LINE = 24


class DateKind(IntEnum):
    """Higher is likelier the meeting's date."""

    AWAY = 0  # a dateline, "as of", a post date, "Order of the day"
    DEADLINE = 1  # "register by 8 July"
    SPAN = 2  # "4–8 November 2019": the session or conference, several days
    PLAIN = 3
    LABELLED = 4  # "Date: …"


@dataclass(slots=True)
class DateMention:
    day: dt.date
    kind: DateKind
    block: int
    line: int
    position: int
    text: str
    last_day: dt.date | None = None  # a span's last day
    year_note: str = ""  # how a yearless date got its year; "" when the note wrote it
    year_sure: bool = True
    year_weekday: bool = False  # the year was chosen because the weekday written matches it


def dates_in_line(text: str, block: int, line: int) -> list[DateMention]:
    """The dates a line writes in full, in order (yearless ones come from :func:`yearless_in_line`);
    at most :data:`PER_LINE` of each form."""
    found: list[DateMention] = []
    for match in _first(_FULL_DMY.finditer(text)):
        day, last = _dmy(match)
        _add(found, text, match, day, last, block, line)
    for match in _first(_FULL_MDY.finditer(text)):
        day = _safe_date(int(match.group(5)), MONTHS[match.group(2).lower().rstrip(".")], int(match.group(3)))
        last = _safe_date(int(match.group(5)), MONTHS[match.group(2).lower().rstrip(".")],
                          int(match.group(4))) if match.group(4) else None
        _add(found, text, match, day, last, block, line)
    for match in _first(_ISO.finditer(text)):
        _add(found, text, match, _safe_date(*(int(g) for g in match.groups())), None, block, line)
    for match in _first(_NUMERIC.finditer(text)):
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        if first > 12 or first == second:
            _add(found, text, match, _safe_date(year, second, first), None, block, line)
        elif second > 12:
            _add(found, text, match, _safe_date(year, first, second), None, block, line)
    return sorted(found, key=lambda mention: mention.position)


def _first(matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """A line of a concept note holds a few dates; a hostile one holds thousands: the first
    ones are enough, and the overlap checks stay short."""
    return itertools.islice(matches, PER_LINE)


def _dmy(match: re.Match[str]) -> tuple[dt.date | None, dt.date | None]:
    _, first, second, month, third, month2, year = match.groups()
    month_number, year_number = MONTHS[month.lower().rstrip(".")], int(year)
    day = _safe_date(year_number, month_number, int(first))
    if third and month2:  # "30 June – 2 July 2021"
        return day, _safe_date(year_number, MONTHS[month2.lower().rstrip(".")], int(third))
    return day, _safe_date(year_number, month_number, int(second)) if second else None


def _add(found: list[DateMention], text: str, match: re.Match[str], day: dt.date | None,
         last: dt.date | None, block: int, line: int) -> None:
    if day is None or any(m.position <= match.start() < m.position + len(m.text) for m in found):
        return
    if last is not None and last <= day:
        last = None
    found.append(DateMention(day, _kind(text, match.start(), last), block, line, match.start(),
                             match.group(0), last))


def _kind(text: str, start: int, last: dt.date | None) -> DateKind:
    before = text[max(0, start - 60):start]
    if _AWAY_BEFORE.search(before) or (start < 60 and _DATELINE.match(text[:start])):
        return DateKind.AWAY
    if _DEADLINE_BEFORE.search(before):
        return DateKind.DEADLINE
    if last is not None:
        return DateKind.SPAN
    return DateKind.LABELLED if _LABEL.match(text) else DateKind.PLAIN


class YearFinder:
    """The years of the note's full dates, nearest first to a given block."""

    def __init__(self, dates: list[DateMention]) -> None:
        self.blocks: dict[int, list[int]] = {}
        for mention in dates:
            self.blocks.setdefault(mention.day.year, []).append(mention.block)
        for blocks in self.blocks.values():
            blocks.sort()

    def __bool__(self) -> bool:
        return bool(self.blocks)

    def nearest_first(self, block: int) -> list[int]:
        return sorted(self.blocks, key=lambda year: self._distance(year, block))[:12]

    def _distance(self, year: int, block: int) -> int:
        blocks = self.blocks[year]
        at = bisect.bisect_left(blocks, block)
        return min(abs(blocks[i] - block) for i in (at - 1, at) if 0 <= i < len(blocks))


def yearless_in_line(text: str, block: int, line: int, taken: list[DateMention],
                     years: YearFinder) -> list[DateMention]:
    """Dates without a year, the year taken from the note's full dates."""
    found: list[DateMention] = []
    for pattern, day_group, month_group in ((_YEARLESS_DM, 2, 3), (_YEARLESS_MD, 3, 2)):
        for match in _first(pattern.finditer(text)):
            if any(m.position <= match.start() < m.position + len(m.text) for m in [*taken, *found]):
                continue
            mention = _with_year(match, int(match.group(day_group)),
                                 MONTHS[match.group(month_group).lower().rstrip(".")], block, years)
            if mention is not None:
                mention.kind, mention.line = _kind(text, match.start(), None), line
                found.append(mention)
    return found


def _with_year(match: re.Match[str], day: int, month: int, block: int,
               years: YearFinder) -> DateMention | None:
    if not years:
        return None
    weekday = match.group(1).lower() if match.group(1) else ""
    by_distance = years.nearest_first(block)
    if weekday:
        for year in by_distance:
            candidate = _safe_date(year, month, day)
            if candidate is not None and _WEEKDAYS[candidate.weekday()] == weekday:
                return DateMention(candidate, DateKind.PLAIN, block, 0, match.start(), match.group(0),
                                   year_note=QT_TRANSLATE_NOOP(
                                       "ConceptNote", "the note gives no year for “{date}”; {year} was "
                                       "taken from its other dates (the weekday matches)").format(
                                       date=match.group(0).strip(), year=year), year_weekday=True)
    year = by_distance[0]
    candidate = _safe_date(year, month, day)
    if candidate is None:
        return None
    sure = len(by_distance) == 1 and not weekday
    reason = QT_TRANSLATE_NOOP("ConceptNote", "the weekday does not match any year the note names") \
        if weekday else (QT_TRANSLATE_NOOP("ConceptNote", "the note names no other year") if sure
                         else QT_TRANSLATE_NOOP("ConceptNote", "the note names several years"))
    return DateMention(candidate, DateKind.PLAIN, block, 0, match.start(), match.group(0),
                       year_note=QT_TRANSLATE_NOOP(
                           "ConceptNote", "the note gives no year for “{date}”; {year} was taken from its "
                           "other dates ({reason})").format(date=match.group(0).strip(), year=year,
                                                             reason=reason), year_sure=sure)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def spoken(day: dt.date) -> Wording:
    """``Tuesday 1 March 2016`` in English whatever the machine's locale (and in the window's
    language in the window)."""
    return dated(day)


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
