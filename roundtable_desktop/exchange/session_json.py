"""The session JSON format: a whole meeting with stable key names (see docs/session-json.md)."""

import dataclasses
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from ..domain.model import Meeting

FORMAT_NAME = "roundtable-session"
FORMAT_VERSION = 1


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "session": record_to_dict(meeting.session),
        "agenda": [record_to_dict(r) for r in meeting.agenda],
        "guiding_questions": [record_to_dict(r) for r in meeting.questions],
        "participants": [record_to_dict(r) for r in meeting.participants],
        "speaker_slots": [record_to_dict(r) for r in meeting.slots],
        "notes": [record_to_dict(r) for r in meeting.notes],
    }


def record_to_dict(record: Any) -> dict[str, Any]:
    return {f.name: _json_value(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _json_value(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
