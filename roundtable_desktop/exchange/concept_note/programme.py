"""The format of the meeting -> agenda items with planned minutes, and the speaking time of
interventions ("5-7 mins" -> 5:00 target / 7:00 limit; "no more than 3 minutes" -> 3:00/3:00)."""

import datetime as dt
import re
from dataclasses import dataclass

from ...domain.enums import AgendaKind
from .document import Block, BlockKind, protect_abbreviations, restore_abbreviations
from .when import find_time_range

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20}
_N = r"(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
_MIN = r"(?:minutes?|mins?\b\.?|min\b|')"
_SPEAKING_RANGE = re.compile(rf"\b(?:between\s)?{_N}\s?(?:-|\u2013|to|and)\s?{_N}[- ]?{_MIN}", re.IGNORECASE)
_SPEAKING_MAX = re.compile(
    rf"\b(?:no more than|not (?:to )?exceed(?:ing)?|not longer than|a maximum of|maximum of|max\.?|up to"
    rf"|limited to|at most|strictly)\s{_N}[- ]?{_MIN}|\b{_N}[- ]?{_MIN}\s?(?:maximum|max\b|at most)"
    rf"|\bspeaking time (?:is|will be|of)\s(?:limited to\s)?{_N}[- ]?{_MIN}",
    re.IGNORECASE)
_SPEAKING_EACH = re.compile(
    rf"\b{_N}[- ]?{_MIN}\s(?:each|per (?:speaker|intervention|participant|statement|delegation))"
    rf"|\beach (?:speaker|panell?ist|discussant|participant|delegation)\b[^.;]{{0,30}}?\b{_N}[- ]?{_MIN}"
    rf"|\b{_N}[- ]minute (?:interventions?|statements?|remarks|presentations?)", re.IGNORECASE)
_DURATION_CELL = re.compile(rf"^\(?{_N}\s?{_MIN}\)?$", re.IGNORECASE)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-"})
_PLANNED = re.compile(rf"\(?\b{_N}[- ]?{_MIN}\)?", re.IGNORECASE)
_SPLIT = re.compile(r"(?<=[.;])\s+(?=[A-Z\u2022])"
                    r"|,?\s\b(?:before|after which|followed by|and then|prior to)\b\s"
                    r"|[,;]\sthen\s|\s\u2013\s(?=[A-Z])")

_KINDS: tuple[tuple[AgendaKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
        (AgendaKind.CLOSING, r"\b(?:clos(?:e|es|ing)|conclu(?:de|des|ding|sion)|wrap[- ]up|final remarks)\b"),
        (AgendaKind.INTERACTIVE_DISCUSSION, r"\b(?:interactive|q\s?&\s?a|questions and answers|floor"
                                            r"|open (?:discussion|dialogue))\b"),
        (AgendaKind.PRESENTATION, r"\bkeynote\b"),
        (AgendaKind.INTERVENTIONS, r"\b(?:panel discussion|panell?ists?|discussants?|panel(?=:))"),
        (AgendaKind.REMARKS, r"\b(?:remarks|welcom\w*|opening|address|introductory)\b"),
        (AgendaKind.INTERACTIVE_DISCUSSION, r"\b(?:discussions?|dialogues?|exchange of views|debate)\b"),
        (AgendaKind.INTERVENTIONS, r"\b(?:interventions?|statements?|speakers?|respondents?)\b"),
        (AgendaKind.PRESENTATION, r"\b(?:presentations?|presents?|presenting|briefing|overview|launch)\b"),
    ))
_BY = re.compile(r"\b(?:(?:by|of|from)\s((?:the\s)?[A-Z][^,;:()]{1,80}?)|by\s(the\s[a-z][^,;:()]{1,60}?))"
                 r"(?=\s?(?:[,;:(]|\.?$|\bwho\b|\bon\b|\bwill\b))")
_SUBJECT = re.compile(r"^(?:after which,?\s|thereafter,?\s|then,?\s|first,?\s|next,?\s|finally,?\s)?"
                      r"((?:the\s)?[^,;:()]{2,60}?)\s(?:will|would|shall|is expected to|are expected to)\b",
                      re.IGNORECASE)
_ACTIVITY = re.compile(r"\b(?:presentations?|remarks|discussion|dialogue|statements?|keynote|interventions?"
                       r"|session|meeting|roundtable|panel|briefing|address|floor|q\s?&\s?a|audience)\b",
                       re.IGNORECASE)
_TABLE_HEADER = re.compile(r"^(?:time|timing|item|items|speakers?|agenda|duration|minutes|who|what|session"
                           r"|programme|program|topic|activity|description|presenters?|responsible|format"
                           r"|segment|when)$", re.IGNORECASE)
_SPEAKING_ASIDE = re.compile(
    rf"\((?:[^()]{{0,40}}\b)?{_N}\s?(?:-|\u2013|to)?\s?{_N}?[- ]?{_MIN}[^()]{{0,30}}\)", re.IGNORECASE)
_NOT_A_SEGMENT = re.compile(r"\b(?:outcomes?|will (?:feed|contribute)|feed into|contribute to|summary will"
                            r"|SDGs?|Sustainable Development Goals?)\b", re.IGNORECASE)
_PRONOUNS = {"this", "it", "which", "that", "these", "there", "they", "we", "he", "she"}
_FLEXIBLE_SHARE = {AgendaKind.INTERVENTIONS: 5, AgendaKind.INTERACTIVE_DISCUSSION: 4}
_FIXED_MINUTES = {AgendaKind.PRESENTATION: 10, AgendaKind.REMARKS: 5, AgendaKind.CLOSING: 5,
                  AgendaKind.OTHER: 5}


@dataclass(slots=True)
class PlannedItem:
    kind: AgendaKind
    title: str
    presenter: str = ""
    minutes: int | None = None  # None: not stated
    speaking: tuple[int, int] | None = None  # (target, limit) seconds, when stated


def speaking_time(text: str) -> tuple[int, int] | None:
    """``(5-7 mins)`` -> (300, 420); ``no more than 3 minutes`` -> (180, 180)."""
    text = text.translate(_HYPHENS)  # "three\u2011minute", "5\u201010 minute"
    match = _SPEAKING_RANGE.search(text)
    if match:
        low, high = _number(match.group(1)), _number(match.group(2))
        if 0 < low < high <= 30:
            return low * 60, high * 60
    for pattern in (_SPEAKING_MAX, _SPEAKING_EACH):
        match = pattern.search(text)
        if match:
            minutes = _number(next(group for group in match.groups() if group))
            if 0 < minutes <= 30:
                return minutes * 60, minutes * 60
    return None


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def agenda_kind(text: str) -> AgendaKind | None:
    return next((kind for kind, pattern in _KINDS if pattern.search(text)), None)


def plan_from_format(blocks: list[Block]) -> list[PlannedItem]:
    """Agenda items from the format section: its list or programme table when it has one
    (each line an item), else the kinds of segment its sentences describe, in order."""
    listed = [b for b in blocks if b.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)]
    items = [item for item in (_listed_item(b) for b in listed) if item is not None]
    if len(items) >= 2:
        return items
    prose = protect_abbreviations(" ".join(b.text for b in blocks if b.kind is BlockKind.PARAGRAPH))
    clauses = [item for item in (_clause_item(restore_abbreviations(c)) for c in _SPLIT.split(prose) if c)
               if item is not None]
    return _merged(clauses)


def _merged(items: list[PlannedItem]) -> list[PlannedItem]:
    """Sentences that go on about the same segment ("a panel discussion with four panellists.
    Each panellist will have 7 minutes") make one item."""
    merged: list[PlannedItem] = []
    for item in items:
        last = merged[-1] if merged else None
        if last is not None and last.kind is item.kind:
            last.presenter = last.presenter or item.presenter
            last.minutes = last.minutes if last.minutes is not None else item.minutes
            last.speaking = last.speaking or item.speaking
        else:
            merged.append(item)
    return merged


def _listed_item(block: Block) -> PlannedItem | None:
    cells = block.lines if block.kind is BlockKind.TABLE_ROW else [block.text]
    if all(_TABLE_HEADER.match(cell) for cell in cells):
        return None
    minutes, rest = None, []
    duration: int | None = None
    for cell in cells:
        times = find_time_range(cell)
        if times is not None and times.end is not None and minutes is None:
            minutes = _span(times.start, times.end)
            cell = cell[_time_prefix_end(cell):]
        length = _DURATION_CELL.match(cell.strip()) if block.kind is BlockKind.TABLE_ROW else None
        if length is not None:
            duration = _number(length.group(1))  # a Duration column: minutes, not a presenter
            continue
        if cell.strip(" -\u2013|:"):
            rest.append(cell.strip(" -\u2013|:"))
    minutes = minutes if minutes is not None else duration
    text = " \u2014 ".join(rest)
    kind = agenda_kind(rest[0] if rest else "") or agenda_kind(text)
    speaking = speaking_time(text)
    if minutes is None and speaking is None:
        planned = _PLANNED.search(text)
        minutes = _number(planned.group(1)) if planned else None
    if kind is None and minutes is None:
        return None  # a list of names or documents, not a programme
    title = rest[0] if block.kind is BlockKind.TABLE_ROW and rest else text
    title = _PLANNED.sub("", title) if minutes is not None and speaking is None else title
    title = " ".join(_SPEAKING_ASIDE.sub("", title).split()).strip(" ,;:\u2013-")[:160]
    if block.kind is BlockKind.TABLE_ROW and len(rest) > 1:
        presenter = ", ".join(rest[1:])
    else:
        presenter = _presenter_field(kind or AgendaKind.OTHER, _presenter(text, kind or AgendaKind.OTHER))
    return PlannedItem(kind or AgendaKind.OTHER, title or (kind or AgendaKind.OTHER).label,
                       presenter, minutes, speaking)


def _time_prefix_end(cell: str) -> int:
    """Where a leading time range ("15:00–15:10") of a programme line ends, else 0."""
    match = re.match(r"^\s*\d{1,2}[:.h]\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:-|\u2013|\u2014|to)\s?\d{1,2}[:.h]\d{2}"
                     r"\s?(?:[ap]\.?m\.?)?", cell, re.IGNORECASE)
    return match.end() if match else 0


def _span(start: dt.time, end: dt.time) -> int | None:
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return minutes if 0 < minutes <= 600 else None


def _clause_item(clause: str) -> PlannedItem | None:
    kind = agenda_kind(clause)
    if kind is None or _NOT_A_SEGMENT.search(clause):
        return None
    presenter = _presenter(clause, kind)
    planned = None if speaking_time(clause) else _PLANNED.search(clause)
    minutes = _number(planned.group(1)) if planned else None
    return PlannedItem(kind, _title(kind, clause, presenter), _presenter_field(kind, presenter),
                       minutes, speaking_time(clause))


def _presenter(text: str, kind: AgendaKind) -> str:
    """Who leads the segment: ``remarks of the Co-Chair`` / ``The secretariat will present``."""
    return restore_abbreviations(_presenter_in(protect_abbreviations(text)))


def _presenter_in(text: str) -> str:
    subject = _SUBJECT.search(text)
    if subject:
        who = subject.group(1).strip()
        if who.split()[0].lower() not in _PRONOUNS and len(who.split()) <= 8 \
                and not _ACTIVITY.search(who):
            return who
    by = _BY.search(text) if agenda_kind(text) is not AgendaKind.INTERACTIVE_DISCUSSION else None
    return (by.group(1) or by.group(2)).strip() if by else ""  # not "interventions from Member States"


def _presenter_field(kind: AgendaKind, presenter: str) -> str:
    if kind is AgendaKind.INTERVENTIONS or not presenter:
        return ""
    name = re.sub(r"^the\s", "", presenter, flags=re.IGNORECASE)
    return name[:1].upper() + name[1:]


def _title(kind: AgendaKind, clause: str, presenter: str) -> str:
    lowered = clause.lower()
    who = f" by {_with_article(presenter)}" if presenter else ""
    if kind is AgendaKind.INTERACTIVE_DISCUSSION:
        base = "Interactive discussion" if "interactive" in lowered or "floor" in lowered else \
            ("Questions and answers" if re.search(r"q\s?&\s?a", lowered) else "Discussion")
        return base + (", including the floor" if "floor" in lowered else "")
    if kind is AgendaKind.INTERVENTIONS:
        base = "Panel discussion" if "panel" in lowered else \
            ("Initial interventions" if "initial" in lowered else "Interventions")
        return base + who
    if kind is AgendaKind.REMARKS:
        base = "Opening remarks" if "opening" in lowered else \
            ("Welcome" if "welcom" in lowered else "Remarks")
        return base + who
    if kind is AgendaKind.CLOSING:
        return "Closing" + who
    base = "Keynote presentation" if "keynote" in lowered else "Presentation"
    return base + who


def _with_article(presenter: str) -> str:
    """``The Commission secretariat`` (a sentence's start) -> ``the Commission secretariat``."""
    return "the" + presenter[3:] if presenter.startswith("The ") else presenter


def planned_minutes(items: list[PlannedItem], meeting_minutes: int | None) -> tuple[list[int], bool]:
    """Minutes for every item: as stated, else shared out of the meeting's length (presentations
    10, remarks and closing 5, the rest split between interventions and discussion).
    The flag says whether any figure was estimated."""
    minutes = [item.minutes if item.minutes is not None else _FIXED_MINUTES.get(item.kind)
               for item in items]
    flexible = [i for i, item in enumerate(items) if minutes[i] is None]
    estimated = any(item.minutes is None for item in items)
    left = (meeting_minutes or 0) - sum(m for m in minutes if m is not None)
    weights = sum(_FLEXIBLE_SHARE.get(items[i].kind, 4) for i in flexible)
    for i in flexible:
        share = _FLEXIBLE_SHARE.get(items[i].kind, 4)
        if meeting_minutes and left > 0:
            minutes[i] = max(5, round(left * share / weights / 5) * 5)
        else:
            minutes[i] = share * 5
    return [m or 0 for m in minutes], estimated
