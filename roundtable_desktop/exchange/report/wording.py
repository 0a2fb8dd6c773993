"""How times, dates and durations read in the report: UN style ("15.00–16.00 CEST")."""

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from ...domain.durations import mmss
from ...domain.model import Note, Session
from ...domain.text import clean_line, clean_text
from .texts import ENGLISH


def long_date(day: date) -> str:
    """``Monday, 17 May 2021`` in UN English, whatever the machine's locale."""
    return ENGLISH.long_date(day)


def clock(moment: datetime, zone: tzinfo) -> str:
    return f"{moment.astimezone(zone):%H.%M}"


def zone_name(session: Session, moment: datetime | None = None) -> str:
    """``CEST`` for Europe/Zurich in May; the zone's own name when it has no abbreviation."""
    zone = session.zone()
    if moment is None:
        moment = session.planned_start() or datetime.now(zone)
    name = moment.astimezone(zone).tzname() or session.timezone
    return session.timezone if name.startswith(("+", "-")) else name


def planned_hours(session: Session) -> str:
    """``15.00–16.00 CEST (13.00–14.00 UTC)``; empty without a start and an end."""
    start, end = session.planned_start(), session.planned_end()
    if start is None or end is None:
        if session.start_time is not None:
            return f"{session.start_time:%H.%M} {session.timezone}"
        return ""
    text = f"{start:%H.%M}\u2013{end:%H.%M}\u00a0{zone_name(session, start)}"
    if start.utcoffset() != timedelta(0):
        utc_start, utc_end = start.astimezone(UTC), end.astimezone(UTC)
        text += f" ({utc_start:%H.%M}\u2013{utc_end:%H.%M}\u00a0UTC)"
    return text


def meeting_time(note: Note, started: datetime | None, zone: tzinfo) -> str:
    """A note's time on the meeting clock: ``15.04`` when the start is known, else ``+4:05``;
    none for a time not sure (counted from the planned start while the link was lost): the
    summary never prints a guessed time as found."""
    if note.meeting_offset_seconds is None or note.meeting_moment is not None:
        return ""
    if started is None:
        return f"+{mmss(note.meeting_offset_seconds)}"
    return clock(started + timedelta(seconds=note.meeting_offset_seconds), zone)


def minutes(seconds: float | None) -> str:
    return "" if seconds is None else mmss(seconds)


def signed(seconds: int) -> str:
    """``+2:30`` over, ``−0:55`` under (a true minus sign), ``0:00`` on time."""
    if seconds > 0:
        return f"+{mmss(seconds)}"
    return f"\u2212{mmss(-seconds)}" if seconds < 0 else mmss(0)


def sdg_list(numbers: tuple[int, ...]) -> str:
    """``4, 8``: the comma keeps its number (a non-breaking space), so a list never splits."""
    return ",\u00a0".join(str(n) for n in sorted(numbers))


def paragraphs(text: str) -> list[str]:
    """Blocks of text separated by blank lines, each kept with its own line breaks."""
    blocks = [block.strip() for block in clean_text(text).split("\n\n")]
    return [block for block in blocks if block]


def line(text: str) -> str:
    return clean_line(text)


def hhmm(value: time | None) -> str:
    return f"{value:%H.%M}" if value else ""


def note_text(note: Note) -> str:
    """A note's text, cleaned, its own line breaks kept."""
    return clean_text(note.text).strip() or "\u2014"
