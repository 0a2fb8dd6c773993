"""The meeting file: one meeting with its ids, row versions and deletions, for another laptop.

The same shape carries the live link's snapshot and updates (a part of the meeting). Unlike the
session file, it keeps every id, so the other laptop merges it by id (``storage.merge``). Every
record is checked as the session file's are; a damaged or foreign file is refused in one sentence.
"""

import json
from pathlib import Path
from typing import Any

from ..domain import file_problems
from ..domain.errors import InputError
from ..domain.meeting_changes import KINDS, RECORD_TYPES, MeetingChanges, Record, Tombstone
from ..domain.row_versions import Laptop, VersionVector, parse_version
from ..domain.translatable import QT_TRANSLATE_NOOP
from .session_json import MAX_FILE_BYTES, MAX_RECORDS, record_from_dict, record_to_dict

FORMAT_NAME = "roundtable-meeting"
MEETING_FORMAT_VERSION = 1
SUFFIX = ".roundtable-meeting"


def changes_to_dict(changes: MeetingChanges) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "version": MEETING_FORMAT_VERSION,
        "session_id": changes.session_id,
        "laptop": {"id": changes.laptop_id, "role": changes.laptop.value if changes.laptop else None},
        "last_seq": changes.last_seq,
        "records": {kind: [record_to_dict(r) for r in changes.records.get(kind, [])] for kind in KINDS},
        "row_versions": {key: dict(value) for key, value in changes.versions.items()},
        "tombstones": [{"id": t.id, "kind": t.kind, "deleted_at": t.deleted_at}
                       for t in changes.tombstones],
    }


_TOO_MANY = QT_TRANSLATE_NOOP("MeetingFile", "The meeting file holds more than {limit:,} records.")
_NOT_A_LIST = QT_TRANSLATE_NOOP("MeetingFile", "“{where}” must be a list.")


def changes_from_dict(data: Any) -> MeetingChanges:
    """The changes in parsed JSON, every record checked; InputError names the first problem."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "This is not a Roundtable meeting file (format “{expected}”).").format(
            expected=FORMAT_NAME))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "The meeting file has no valid “version” (a whole number from 1)."))
    if version > MEETING_FORMAT_VERSION:
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "This meeting file was written by a newer Roundtable Desktop (version {version}); "
            "update Roundtable Desktop to merge it.").format(version=version))
    session_id = _text(data.get("session_id"), "session_id")
    laptop = data.get("laptop")
    if not isinstance(laptop, dict):
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "The meeting file does not say which laptop wrote it (“laptop”)."))
    role = laptop.get("role")
    changes = MeetingChanges(session_id, _text(laptop.get("id"), "laptop.id"),
                             Laptop(role) if role in set(Laptop) else None,
                             last_seq=_whole(data.get("last_seq", 0), "last_seq"))
    changes.records = _records(data.get("records"), session_id)
    changes.versions = _versions(data.get("row_versions"))
    changes.tombstones = _tombstones(data.get("tombstones", []), session_id)
    if changes.count() > MAX_RECORDS:
        raise InputError(_TOO_MANY.format(limit=MAX_RECORDS))
    return changes


def _records(value: Any, session_id: str) -> dict[str, list[Record]]:
    if not isinstance(value, dict):
        raise InputError(QT_TRANSLATE_NOOP("MeetingFile", "The meeting file has no “records”."))
    records: dict[str, list[Record]] = {}
    seen: set[str] = set()
    total = 0
    for kind in KINDS:
        items = value.get(kind, [])
        if not isinstance(items, list):
            raise InputError(_NOT_A_LIST.format(where=f"records.{kind}"))
        total += len(items)
        if total > MAX_RECORDS:
            raise InputError(_TOO_MANY.format(limit=MAX_RECORDS))
        found: list[Record] = []
        for index, item in enumerate(items):
            record: Record = record_from_dict(RECORD_TYPES[kind], item, f"records.{kind}[{index}]")
            owner = record.id if kind == "session" else getattr(record, "session_id", None)
            if owner != session_id:
                raise InputError(QT_TRANSLATE_NOOP("MeetingFile", "“{where}” belongs to another meeting.")
                                 .format(where=f"records.{kind}[{index}]"))
            if record.id in seen:
                raise InputError(QT_TRANSLATE_NOOP("MeetingFile", "“{where}” {id} is used twice.").format(
                    where=f"records.{kind}[{index}].id", id=record.id))
            seen.add(record.id)
            found.append(record)
        records[kind] = found
    return records


def _versions(value: Any) -> dict[str, VersionVector]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise InputError(QT_TRANSLATE_NOOP("MeetingFile", "“{where}” must be an object.").format(
            where="row_versions"))
    return {str(key): parse_version(json.dumps(version)) for key, version in value.items()}


def _tombstones(value: Any, session_id: str) -> list[Tombstone]:
    if not isinstance(value, list):
        raise InputError(_NOT_A_LIST.format(where="tombstones"))
    tombstones = []
    for index, item in enumerate(value):
        if not isinstance(item, dict) or item.get("kind") not in RECORD_TYPES:
            raise InputError(QT_TRANSLATE_NOOP(
                "MeetingFile", "“{where}” is not a deleted record of a meeting.").format(
                where=f"tombstones[{index}]"))
        tombstones.append(Tombstone(_text(item.get("id"), f"tombstones[{index}].id"), str(item["kind"]),
                                    session_id, str(item.get("deleted_at") or "")))
    return tombstones


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value or len(value) > 100:
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "The meeting file's “{where}” is not an id.").format(where=where))
    return value


def _whole(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "The meeting file's “{where}” is not a whole number.").format(where=where))
    return value


def read_meeting_file(path: Path | str) -> MeetingChanges:
    """Read a meeting file; any problem (missing, too big, not JSON, not a meeting file) is an
    InputError, and nothing has been touched."""
    path = Path(path)
    try:
        if not path.is_file():
            raise InputError(file_problems.missing(path))
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(file_problems.too_big(path.name, size, MAX_FILE_BYTES))
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(file_problems.unreadable(path, error)) from None
    return changes_from_json(raw, path.name)


def changes_from_json(raw: bytes | str, name: str = "The file") -> MeetingChanges:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "{name} is not a meeting file: it is not valid JSON text.").format(name=name)) \
            from None
    if isinstance(data, dict) and data.get("format") == "roundtable-session":
        raise InputError(QT_TRANSLATE_NOOP(
            "MeetingFile", "{name} is a session file, which comes in with new ids: use File > Import.")
            .format(
            name=name))
    return changes_from_dict(data)


def write_meeting_file(changes: MeetingChanges, path: Path | str) -> Path:
    """Write atomically: a failed write leaves no half-written file."""
    from .atomic import write_text_atomically

    text = json.dumps(changes_to_dict(changes), ensure_ascii=False, indent=1) + "\n"
    return write_text_atomically(path, text)


