"""A row read back from the library checked against the record it must become: damage that
``quick_check`` cannot see (a flipped byte that changes a value but keeps the page sound)
becomes one :class:`DamagedRecordError` in plain words, never a crash further on."""

import typing
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from ..domain.errors import LibraryError
from ..domain.ids import parse_utc
from ..domain.limits import moment_problem, number_problem
from ..domain.sdgs import SDG_NAMES

RECORD_WORDS = {"Session": "meeting", "AgendaItem": "agenda item",
                "GuidingQuestion": "guiding question", "Participant": "participant",
                "SpeakerSlot": "speaker slot", "Note": "note"}
RESTORE_ADVICE = ("Restore a backup (File > Restore from backup…, or "
                  "`roundtable-desktop check --repair`); the library as it is is kept aside.")


class DamagedRecordError(LibraryError):
    """A stored row does not fit its record: the library is damaged there."""

    def __init__(self, record: str, record_id: object, field: str, problem: str) -> None:
        shown_id = str(record_id)[:40] if isinstance(record_id, str) else "unknown"
        self.detail = f"a {record} (id {shown_id}) holds a “{field}” that {problem}"
        super().__init__(f"The library is damaged: {self.detail}. {RESTORE_ADVICE}")
        self.record, self.record_id, self.field = record, record_id, field


class MisfitError(ValueError):
    """A stored value that does not fit its field; the words say how."""


def column_value(kind: Any, value: Any, optional: bool, name: str) -> Any:
    """The record's value for a stored column value, or MisfitError."""
    if value is None:
        if optional:
            return None
        raise MisfitError("is empty")
    if kind is str:
        return _expect(value, str, "is not text")
    if kind is bool:
        if value not in (0, 1) or isinstance(value, float):
            raise MisfitError(f"is {_shown(value)}, not yes or no")
        return bool(value)
    if kind in (int, float):
        number = _expect(value, int if kind is int else (int, float), "is not a number")
        problem = number_problem(name, number)
        if problem:
            raise MisfitError(problem)
        return float(number) if kind is float else number
    if kind in (datetime, date, time):
        return _moment(kind, _expect(value, str, "is not a date or time"))
    if typing.get_origin(kind) is tuple:
        return _sdgs(_expect(value, str, "is not a list of SDGs"))
    if isinstance(kind, type) and issubclass(kind, Enum):
        try:
            return kind(value)
        except ValueError:
            raise MisfitError(f"is {_shown(value)}, not one of its choices") from None
    return value


def _moment(kind: Any, text: str) -> Any:
    try:
        moment = parse_utc(text) if kind is datetime else kind.fromisoformat(text)
    except (ValueError, OverflowError):
        raise MisfitError(f"is {_shown(text)}, not a {kind.__name__}") from None
    if moment is None:
        raise MisfitError("is empty")
    problem = moment_problem(moment)
    if problem:
        raise MisfitError(problem)
    return moment


def _sdgs(text: str) -> tuple[int, ...]:
    parts = [part for part in text.split(",") if part]
    if not all(part.isascii() and part.isdigit() and int(part) in SDG_NAMES for part in parts):
        raise MisfitError(f"is {_shown(text)}, not SDG numbers from 1 to 17")
    return tuple(int(part) for part in parts)


def _expect(value: Any, kind: type | tuple[type, ...], words: str) -> Any:
    if isinstance(value, bool) or not isinstance(value, kind):
        raise MisfitError(f"{words} ({_shown(value)})")
    return value


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 30 else text[:27] + "…"
