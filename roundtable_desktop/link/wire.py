"""What travels on the live link: JSON messages, encrypted and authenticated once paired (``pairing``)."""

import json
import time
from dataclasses import dataclass
from typing import Any

from ..domain.errors import RoundtableError
from ..domain.meeting_changes import MeetingChanges
from ..exchange.meeting_file import changes_from_dict, changes_to_dict

PATH_FOLLOW = "/follow"
PATH_VIEW = "/view"
SERVICE_TYPE = "_roundtable._tcp.local."
MAX_FRAME = 8 * 1024 * 1024  # a frame from a follower; a larger one closes its connection
MAX_JOIN_FRAME = 4096  # the join message, before pairing
JOIN_TIMEOUT = 10.0
RECORDS_PER_MESSAGE = 400  # changes go in parts, so no frame nears the limit


class WireError(Exception):
    """A message that is not what the link expects; the connection is closed, nothing applied."""


class LinkError(RoundtableError):
    """The share or the join cannot run (the port is taken, the address is wrong...)."""


class BatchAbandonedError(Exception):
    """A batch of changes that arrived was not stored because following stopped first; nothing
    of it was written, and the next join fetches it again."""


COMPLETE = "complete"  # the text of the "received" event that ends the chair's whole record

# why the chair's laptop refused a join, as the link says it (the window says it in its language)
REFUSALS = {"wrong_code": "The code is not right.",
            "locked": "Too many wrong codes were tried: ask the chair's laptop for a new code.",
            "not_chair": "The other laptop did not show that it knows the code.",
            "another_meeting": "The address now shares another meeting."}


def message(kind: str, **fields: Any) -> str:
    return json.dumps({"type": kind, **fields}, ensure_ascii=False, separators=(",", ":"))


def parsed(text: str | bytes, expected: str | None = None) -> dict[str, Any]:
    if not isinstance(text, str):
        raise WireError("a binary frame")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise WireError("not JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("type"), str):
        raise WireError("not a link message")
    if expected is not None and data["type"] != expected:
        raise WireError(f"expected {expected}, got {data['type']}")
    return data


def changes_message(changes: MeetingChanges, **fields: Any) -> str:
    return message("changes", data=changes_to_dict(changes), **fields)


def changes_in(data: dict[str, Any], session_id: str) -> MeetingChanges:
    """The changes a message carries, every record checked, for the shared meeting only."""
    try:
        changes = changes_from_dict(data.get("data"))
    except Exception as error:  # an InputError from the checks, or anything a hostile frame causes
        raise WireError(f"bad changes: {error}") from None
    if changes.session_id != session_id:
        raise WireError("changes of another meeting")
    return changes


def in_parts(changes: MeetingChanges, size: int = RECORDS_PER_MESSAGE) -> list[MeetingChanges]:
    """The changes cut into parts of at most ``size`` records, parents before children, sent in
    this order; only after the last part does the receiver count ``last_seq`` as reached."""
    parts: list[MeetingChanges] = []
    current = _empty_like(changes)
    for kind, records in changes.records.items():
        for record in records:
            if current.count() >= size:
                parts.append(current)
                current = _empty_like(changes)
            current.records.setdefault(kind, []).append(record)
            if record.id in changes.versions:
                current.versions[record.id] = changes.versions[record.id]
    current.tombstones = list(changes.tombstones)
    parts.append(current)
    for part in parts:
        part.last_seq = changes.last_seq
    return parts


def _empty_like(changes: MeetingChanges) -> MeetingChanges:
    return MeetingChanges(changes.session_id, changes.laptop_id, changes.laptop)


@dataclass(frozen=True)
class LinkEvent:
    """What the link tells its host (the window's adapter, the command line)."""

    kind: str  # sharing, followers, joined, lost, refused, stopped, received, error
    text: str = ""
    count: int = 0
    at: float = 0.0  # time.time() when it happened

    @classmethod
    def now(cls, kind: str, text: str = "", count: int = 0) -> "LinkEvent":
        return cls(kind, text, count, time.time())
