"""The meeting's date, start and end among all the dates and times a note writes.

A time range is tied to a date on its line, on an earlier line of its block, or in a short
block just before or after it ("Date: …" / "Time: …"). A tied date is preferred over any other;
then a labelled date, a plain one, a span of days; a dateline, an "as of" date, a post date or a
deadline only when there is nothing else. When the note gives several days or sessions, each is
offered and the review asks which one is the meeting; when it gives two dates that could each be
the meeting's, the date is shown to check with both.
"""

import datetime as dt
from dataclasses import dataclass, field

from ...domain.translatable import QT_TRANSLATE_NOOP, Wording
from .dates import DateKind, DateMention, YearFinder, dates_in_line, spoken, yearless_in_line
from .document import Block, BlockKind
from .report import MeetingTimeChoice
from .unwrap import starts_with_time_range
from .when import TimeRange, find_time_ranges, other_time

HEADER_BLOCKS = 40
MAX_CHOICES = 8
# A concept note writes a few dozen dates and times; past these counts the rest are not looked
# at, so that a hostile file costs linear time.
MAX_DATES = 300
MAX_RANGES = 300
_CONTIGUOUS = dt.timedelta(minutes=30)  # programme lines this close belong to one meeting


@dataclass(slots=True)
class RangeMention:
    times: TimeRange
    block: int
    line: int
    position: int
    programme_line: bool  # "13:15 – 13:20 Welcome": an item's slot, not the meeting's


@dataclass(slots=True)
class MeetingWhen:
    day: dt.date | None = None
    times: TimeRange | None = None
    date_check: str = ""
    times_check: str = ""
    notes: list[str] = field(default_factory=list)
    choices: list[MeetingTimeChoice] = field(default_factory=list)


def _lines(block: Block) -> list[str]:
    return [" | ".join(block.lines)] if block.kind is BlockKind.TABLE_ROW else block.lines


def collect(blocks: list[Block]) -> tuple[list[DateMention], list[RangeMention]]:
    dates: list[DateMention] = []
    ranges: list[RangeMention] = []
    lines = [(b, n, line) for b, block in enumerate(blocks) for n, line in enumerate(_lines(block))]
    on_line: dict[tuple[int, int], list[DateMention]] = {}
    for b, n, line in lines:
        if len(dates) < MAX_DATES:
            found_dates = dates_in_line(line, b, n)
            dates.extend(found_dates)
            on_line[(b, n)] = found_dates
        if len(ranges) < MAX_RANGES:
            ranges.extend(_ranges_in(line, b, n))
    years = YearFinder(dates)
    for b, n, line in lines:
        if len(dates) >= MAX_DATES:
            break
        dates.extend(yearless_in_line(line, b, n, on_line.get((b, n), []), years))
    dates.sort(key=lambda m: (m.block, m.line, m.position))
    return dates, ranges


def _ranges_in(line: str, block: int, number: int) -> list[RangeMention]:
    found = find_time_ranges(line)
    if not found:
        single = other_time(line)
        found = [(0, single)] if single is not None else []
    return [RangeMention(times, block, number, position, position <= 2 and starts_with_time_range(line))
            for position, times in found]


def meeting_when(blocks: list[Block]) -> MeetingWhen:
    dates, ranges = collect(blocks)
    usable = [m for m in dates if m.kind > DateKind.DEADLINE]
    pairs = _tied_pairs(blocks, usable, ranges)
    when = MeetingWhen()
    if pairs:
        _from_pairs(when, pairs)
    else:
        _untied(when, dates, ranges)
    _conflicts(when, usable, pairs)
    _year_notes(when, dates)
    return when


def _tied_pairs(blocks: list[Block], dates: list[DateMention],
                ranges: list[RangeMention]) -> list[tuple[DateMention, RangeMention]]:
    pairs = []
    by_block: dict[int, list[DateMention]] = {}
    for date in dates:
        by_block.setdefault(date.block, []).append(date)
    for mention in ranges:
        tied = _tied_date(blocks, by_block, mention)
        if tied is not None:
            pairs.append((tied, mention))
    meeting_lines = [pair for pair in pairs
                     if not pair[1].programme_line and pair[0].kind is not DateKind.SPAN]
    return meeting_lines or [pair for pair in pairs if pair[0].kind is not DateKind.SPAN] or pairs


def _tied_date(blocks: list[Block], by_block: dict[int, list[DateMention]],
               mention: RangeMention) -> DateMention | None:
    in_block = by_block.get(mention.block, [])
    same_line = [m for m in in_block if m.line == mention.line]
    if same_line:
        return min(same_line, key=lambda m: (m.kind is DateKind.SPAN, abs(m.position - mention.position)))
    earlier = [m for m in in_block if m.line < mention.line]
    if earlier:
        return earlier[-1]
    if mention.programme_line:
        return None  # an item's slot is tied to a date of its own block only
    for offset in (-1, -2, 1):
        near = mention.block + offset
        if 0 <= near < len(blocks) and len(blocks[near].text) <= 120:
            found = by_block.get(near, [])
            if found:
                return found[0]
            if offset == -1 and blocks[near].kind is not BlockKind.HEADING and \
                    len(blocks[near].text) > 60:
                break
    return None


def _from_pairs(when: MeetingWhen, pairs: list[tuple[DateMention, RangeMention]]) -> None:
    sessions: list[tuple[DateMention, TimeRange, str]] = []
    for mention, span in pairs:
        last = sessions[-1] if sessions else None
        if last is not None and last[0].day == mention.day and _contiguous(last[1], span.times):
            sessions[-1] = (last[0], TimeRange(last[1].start, span.times.end or last[1].end,
                                               last[1].zone_text or span.times.zone_text), last[2])
            continue
        if last is not None and last[0].day == mention.day and last[1].start == span.times.start:
            continue  # the same session written twice
        sessions.append((mention, span.times, mention.text))
    when.day, when.times = sessions[0][0].day, sessions[0][1]
    if len(sessions) > 1:
        when.choices = [MeetingTimeChoice(_choice_label(day, times), day.day, times.start, times.end)
                        for day, times, _ in sessions[:MAX_CHOICES]]
        first = when.choices[0].label
        reason = QT_TRANSLATE_NOOP("ConceptNote", "the note gives {n} days or sessions; the first "
                                   "({first}) was taken: choose the one that is the meeting").format(
            n=len(sessions), first=first)
        when.date_check = when.times_check = reason


def _contiguous(first: TimeRange, second: TimeRange) -> bool:
    if first.end is None:
        return False
    gap = dt.datetime.combine(dt.date.min, second.start) - dt.datetime.combine(dt.date.min, first.end)
    return dt.timedelta(0) <= gap <= _CONTIGUOUS


def _choice_label(mention: DateMention, times: TimeRange) -> Wording:
    if times.end is None:
        return QT_TRANSLATE_NOOP("ConceptNote", "{date}, {start}").format(
            date=spoken(mention.day), start=f"{times.start:%H:%M}")
    return QT_TRANSLATE_NOOP("ConceptNote", "{date}, {start}\u2013{end}").format(
        date=spoken(mention.day), start=f"{times.start:%H:%M}", end=f"{times.end:%H:%M}")


def _untied(when: MeetingWhen, dates: list[DateMention], ranges: list[RangeMention]) -> None:
    if dates:
        best = max(dates, key=lambda m: (m.kind, -m.block, -m.line))
        when.day = best.day
        if best.kind is DateKind.AWAY:
            when.date_check = QT_TRANSLATE_NOOP(
                "ConceptNote", "the only date is “{date}”, which may not be the meeting's (a dateline, "
                "a post date or a version date)").format(date=best.text)
        elif best.kind is DateKind.DEADLINE:
            when.date_check = QT_TRANSLATE_NOOP(
                "ConceptNote", "the only date is “{date}”, which looks like a deadline").format(
                date=best.text)
        elif best.kind is DateKind.SPAN and best.last_day is not None:
            when.date_check = QT_TRANSLATE_NOOP(
                "ConceptNote", "the note gives the days {days}; the first was taken: choose the "
                "meeting's day").format(days=best.text)
    header = [r for r in ranges if r.block < HEADER_BLOCKS and not r.programme_line]
    if header:
        when.times = header[0].times
        return
    programme = [r for r in ranges if r.programme_line and r.times.end is not None]
    if programme:
        first, last = programme[0].times, max((r.times for r in programme), key=lambda t: t.end or t.start)
        when.times = TimeRange(first.start, last.end, first.zone_text or last.zone_text)
        when.times_check = QT_TRANSLATE_NOOP(
            "ConceptNote", "no time is given for the meeting; {start} to {end} was taken from the "
            "programme").format(start=f"{first.start:%H:%M}", end=f"{last.end:%H:%M}" if last.end else "")


def _conflicts(when: MeetingWhen, dates: list[DateMention],
               pairs: list[tuple[DateMention, RangeMention]]) -> None:
    """Two dates that could each be the meeting's: the chosen one is shown to check."""
    if when.day is None or when.date_check:
        return
    chosen = next((m for m, _ in pairs if m.day == when.day), None) or \
        next(m for m in dates if m.day == when.day)
    spans = [m for m in dates if m.kind is DateKind.SPAN and m.last_day][:20]
    for other in dates:
        if other.day == when.day or other.kind < DateKind.PLAIN or other.block >= HEADER_BLOCKS:
            continue
        if any(m.last_day and m.day <= other.day <= m.last_day for m in spans):
            continue
        if len(other.text) and chosen is not None:
            when.date_check = QT_TRANSLATE_NOOP(
                "ConceptNote", "two dates: “{other}” {where_other}, “{chosen}” {where_chosen}; {date} was "
                "taken").format(other=other.text, where_other=_where(other), chosen=chosen.text,
                                where_chosen=_where(chosen, pairs), date=spoken(when.day))
            return


def _where(mention: DateMention, pairs: list[tuple[DateMention, RangeMention]] | None = None) -> str:
    if pairs and any(m is mention for m, _ in pairs):
        return QT_TRANSLATE_NOOP("ConceptNote", "beside the meeting's time")
    return QT_TRANSLATE_NOOP("ConceptNote", "labelled as the date") if mention.kind is DateKind.LABELLED \
        else QT_TRANSLATE_NOOP("ConceptNote", "in the header")


def _year_notes(when: MeetingWhen, dates: list[DateMention]) -> None:
    chosen = next((m for m in dates if m.day == when.day and m.year_note), None)
    if chosen is None or any(m.day == when.day and not m.year_note for m in dates):
        return
    if chosen.year_sure or chosen.year_weekday:
        when.notes.append(chosen.year_note)
    elif not when.date_check:
        when.date_check = chosen.year_note
