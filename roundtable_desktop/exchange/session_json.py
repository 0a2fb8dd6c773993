"""The session JSON format: a whole meeting with stable key names (see docs/session-json.md).

Writing is :func:`meeting_to_dict`; reading is :func:`meeting_from_dict`, which checks every
field and says in one sentence what is wrong, so a damaged or foreign file never half-imports.
"""

import dataclasses
import json
import math
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from pathlib import Path
from typing import Any

from ..domain import file_problems
from ..domain.errors import InputError
from ..domain.ids import parse_utc
from ..domain.limits import moment_problem, number_problem, zone_problem
from ..domain.model import AgendaItem, GuidingQuestion, Meeting, Note, Participant, Session, SpeakerSlot
from ..domain.sdgs import SDG_NAMES
from ..domain.speaker_message import MESSAGE_MAX_CHARS, SpeakerMessage
from ..domain.text import clean_text
from ..domain.translatable import QT_TRANSLATE_NOOP

FORMAT_NAME = "roundtable-session"
FORMAT_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_RECORDS = 200_000
# per meeting: a real roundtable has a few hundred notes; 5,000 export to Word in about 20 s
MAX_PER_MEETING = {"agenda": 1_000, "guiding_questions": 1_000, "participants": 5_000,
                   "speaker_slots": 5_000, "notes": 5_000, "speaker_messages": 5_000}

# key in the file -> (record type, attribute of Meeting, what one record is called)
_LISTS: tuple[tuple[str, type, str, str], ...] = (
    ("agenda", AgendaItem, "agenda", "agenda item"),
    ("guiding_questions", GuidingQuestion, "questions", "guiding question"),
    ("participants", Participant, "participants", "participant"),
    ("speaker_slots", SpeakerSlot, "slots", "speaker slot"),
    ("notes", Note, "notes", "note"),
    ("speaker_messages", SpeakerMessage, "speaker_messages", "message to the speaker"),
)


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
        "speaker_messages": [record_to_dict(r) for r in meeting.speaker_messages],
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


# reading ---------------------------------------------------------------------------------------


def read_session_json(path: Path | str) -> Meeting:
    """Read a session file; any problem (missing, too big, not JSON, not a session) is an InputError."""
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
    return meeting_from_json(raw, path.name)


def meeting_from_json(raw: bytes | str, name: str = "The file") -> Meeting:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(QT_TRANSLATE_NOOP(
                "SessionFile", "{name} is not a session file: it is not UTF-8 text.").format(name=name)) \
                from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "{name} is not valid JSON: it is damaged at line {line}, column {column}.").format(
            name=name, line=error.lineno, column=error.colno)) from None
    except RecursionError:
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "{name} is not a session file: it is nested too deeply.").format(name=name)) \
            from None
    except ValueError:  # a number of thousands of digits (Python refuses to read it)
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "{name} is not a session file: it holds a number too long to be one of a "
            "meeting's.").format(name=name)) from None
    return meeting_from_dict(data)


def meeting_from_dict(data: Any) -> Meeting:
    """The meeting in ``data`` (parsed session JSON), checked field by field, text cleaned.

    Raises InputError naming the first problem: another format, a newer version, a missing or
    ill-typed field, an unknown value, a duplicate id or a link to a record that is not there.
    """
    if not isinstance(data, dict):
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "This is not a Roundtable session file: it does not hold a JSON object."))
    _check_format(data)
    session = _record(Session, data.get("session"), "session")
    meeting = Meeting(session=session)
    total = 0
    for key, record_type, attribute, _what in _LISTS:
        items = data.get(key, [])
        if not isinstance(items, list):
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be a list, not {kind}.").format(
                where=key, kind=_kind_of(items)))
        total += len(items)
        if total > MAX_RECORDS:
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "The session file holds more than {limit:,} "
                                               "records.").format(limit=MAX_RECORDS))
        if len(items) > MAX_PER_MEETING[key]:
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "The session file holds {count:,} records in "
                                               "“{where}”; a meeting has at most {limit:,}.").format(
                count=len(items), where=key, limit=MAX_PER_MEETING[key]))
        records = [_record(record_type, item, f"{key}[{index}]") for index, item in enumerate(items)]
        setattr(meeting, attribute, records)
    _check_links(meeting)
    _check_messages(meeting.speaker_messages)
    return meeting


def _check_messages(messages: list[SpeakerMessage]) -> None:
    """A message to the speaker is what the chair can send: a line of at most
    MESSAGE_MAX_CHARS characters, cleared (if at all) after it was sent."""
    for index, message in enumerate(messages):
        where = f"speaker_messages[{index}]"
        if not message.text.strip():
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must not be empty.").format(
                where=f"{where}.text"))
        if len(message.text) > MESSAGE_MAX_CHARS or "\n" in message.text:
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be one line of at most {limit} "
                                               "characters, as the chair sends it.").format(
                where=f"{where}.text", limit=MESSAGE_MAX_CHARS))
        if message.cleared_at is not None and message.cleared_at < message.sent_at:
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” is before it was sent ({sent}).")
                             .format(where=f"{where}.cleared_at", sent=f"{where}.sent_at"))


def _check_format(data: dict[str, Any]) -> None:
    name = data.get("format")
    if name != FORMAT_NAME:
        if not isinstance(name, str):
            raise InputError(QT_TRANSLATE_NOOP(
                "SessionFile", "This is not a Roundtable session file (it names no format, expected "
                "“{expected}”).").format(expected=FORMAT_NAME))
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "This is not a Roundtable session file (its format is “{format}”, expected "
            "“{expected}”).").format(format=name, expected=FORMAT_NAME))
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "The session file has no valid “version” (a whole number from 1)."))
    if version > FORMAT_VERSION:
        raise InputError(QT_TRANSLATE_NOOP(
            "SessionFile", "This session file was written by a newer Roundtable Desktop (format version "
            "{version}); this one reads up to version {known}. Update Roundtable Desktop to open it.").format(
            version=version, known=FORMAT_VERSION))


@cache
def _field_specs(record_type: type) -> tuple[tuple[str, Any, bool, bool], ...]:
    """(name, value type, accepts None, required) for each field of a record type."""
    hints = typing.get_type_hints(record_type)
    specs = []
    for item in dataclasses.fields(record_type):
        hint, optional = hints[item.name], False
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            arguments = [a for a in typing.get_args(hint) if a is not type(None)]
            hint, optional = arguments[0], True
        required = (item.default is dataclasses.MISSING
                    and item.default_factory is dataclasses.MISSING) or item.name == "id"
        specs.append((item.name, hint, optional, required))
    return tuple(specs)


def _record(record_type: type, data: Any, where: str) -> Any:
    if not isinstance(data, dict):
        raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be an object, not {kind}.").format(
            where=where, kind=_kind_of(data)))
    values: dict[str, Any] = {}
    for name, hint, optional, required in _field_specs(record_type):
        if name not in data:
            if required:
                raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” has no “{name}”.").format(
                    where=where, name=name))
            continue
        value = data[name]
        if value is None:
            if not optional:
                raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must not be empty (null).")
                                 .format(where=f"{where}.{name}"))
            values[name] = None
            continue
        values[name] = _value(hint, value, f"{where}.{name}")
    if not values["id"]:
        raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must not be empty.").format(
            where=f"{where}.id"))
    return record_type(**values)


def record_from_dict(record_type: type, data: Any, where: str) -> Any:
    """One record of ``record_type`` from its JSON object, checked field by field, text cleaned."""
    return _record(record_type, data, where)


def _value(hint: Any, value: Any, where: str) -> Any:  # noqa: C901 (one branch per type)
    field_name = where.rsplit(".", 1)[-1]
    if hint is str:
        text = clean_text(_expect(value, str, where, QT_TRANSLATE_NOOP("SessionFile", "text")))
        problem = zone_problem(text) if field_name == "timezone" else None
        if problem:
            raise InputError(_IS_WRONG.format(where=where, problem=problem))
        return text
    if hint is bool:
        return _expect(value, bool, where, _KINDS[bool])
    if hint is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be a whole number, not {kind}.")
                             .format(where=where, kind=_kind_of(value)))
        return _in_range(value, field_name, where)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be a number, not {kind}.")
                             .format(where=where, kind=_kind_of(value)))
        return _in_range(float(value), field_name, where)
    if isinstance(hint, type) and issubclass(hint, Enum):
        try:
            return hint(value)
        except ValueError:
            allowed = ", ".join(f"“{member.value}”" for member in hint)
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” is {value}; it must be one of "
                                               "{allowed}.").format(where=where, value=_shown(value),
                                                                    allowed=allowed)) from None
    if hint in (date, time, datetime):
        return _moment(hint, _expect(value, str, where, QT_TRANSLATE_NOOP("SessionFile", "text")), where)
    if typing.get_origin(hint) is tuple:
        return _sdgs(value, where)
    raise TypeError(f"no reader for {hint!r}")  # a new model field needs a reader here


def _in_range(number: float, field_name: str, where: str) -> Any:
    problem = number_problem(field_name, number)
    if problem:
        raise InputError(_IS_WRONG.format(where=where, problem=problem))
    return number


def _moment(hint: Any, text: str, where: str) -> Any:
    try:
        moment = parse_utc(text) if hint is datetime else hint.fromisoformat(text)
    except (ValueError, OverflowError):
        example = {date: "2021-05-17", time: "15:00", datetime: "2021-05-17T13:00:00+00:00"}[hint]
        said = QT_TRANSLATE_NOOP("SessionFile", "“{where}” is {value}, not {kind} like {example}.")
        raise InputError(said.format(where=where, value=_shown(text), kind=_MOMENTS[hint], example=example)) \
            from None
    problem = moment_problem(moment) if moment is not None else QT_TRANSLATE_NOOP("SessionFile",
                                                                                   "is empty")
    if problem:
        raise InputError(_IS_WRONG.format(where=where, problem=problem))
    return moment


def _sdgs(value: Any, where: str) -> tuple[int, ...]:
    if not isinstance(value, list):
        raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be a list of SDG numbers, not "
                                           "{kind}.").format(where=where, kind=_kind_of(value)))
    numbers = []
    for number in value:
        if isinstance(number, bool) or not isinstance(number, int) or number not in SDG_NAMES:
            raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” holds {value}; SDGs are numbered 1 "
                                               "to 17.").format(where=where, value=_shown(number)))
        numbers.append(number)
    return tuple(numbers)


def _check_links(meeting: Meeting) -> None:
    """Every id unique, every record in the session, every link to a record that exists."""
    seen: set[str] = {meeting.session.id}
    known: dict[str, set[str]] = {}
    for key, _type, attribute, _what in _LISTS:
        ids = set()
        for index, record in enumerate(getattr(meeting, attribute)):
            if record.id in seen:
                raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” {id} is used twice in the file.")
                                 .format(where=f"{key}[{index}].id", id=record.id))
            if record.session_id != meeting.session.id:
                raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” belongs to another meeting "
                                                   "(session_id {id}).").format(where=f"{key}[{index}]",
                                                                                id=record.session_id))
            seen.add(record.id)
            ids.add(record.id)
        known[attribute] = ids
    links = (("participant_id", "participants", QT_TRANSLATE_NOOP("SessionFile", "a participant")),
             ("agenda_item_id", "agenda", QT_TRANSLATE_NOOP("SessionFile", "an agenda item")),
             ("question_id", "questions", QT_TRANSLATE_NOOP("SessionFile", "a guiding question")),
             ("slot_id", "slots", QT_TRANSLATE_NOOP("SessionFile", "a speaker slot")))
    for key, _type, attribute, _what in _LISTS:
        for index, record in enumerate(getattr(meeting, attribute)):
            for field_name, target, target_what in links:
                value = getattr(record, field_name, None)
                if value is not None and value not in known[target]:
                    raise InputError(QT_TRANSLATE_NOOP(
                        "SessionFile", "“{where}” refers to {target} that is not in the file ({field} {id}).")
                        .format(where=f"{key}[{index}]", target=target_what, field=field_name, id=value))


def _expect(value: Any, kind: type, where: str, described: str) -> Any:
    if not isinstance(value, kind):
        raise InputError(QT_TRANSLATE_NOOP("SessionFile", "“{where}” must be {described}, not {kind}.")
                         .format(where=where, described=described, kind=_kind_of(value)))
    return value


def _kind_of(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, str):
        return QT_TRANSLATE_NOOP("SessionFile", "the text {value}").format(value=_shown(value))
    return _KINDS.get(type(value), type(value).__name__)


_KINDS: dict[type, str] = {
    bool: QT_TRANSLATE_NOOP("SessionFile", "true or false"),
    int: QT_TRANSLATE_NOOP("SessionFile", "a number"),
    float: QT_TRANSLATE_NOOP("SessionFile", "a number"),
    list: QT_TRANSLATE_NOOP("SessionFile", "a list"),
    dict: QT_TRANSLATE_NOOP("SessionFile", "an object")}
_MOMENTS: dict[type, str] = {
    date: QT_TRANSLATE_NOOP("SessionFile", "a date"),
    time: QT_TRANSLATE_NOOP("SessionFile", "a time"),
    datetime: QT_TRANSLATE_NOOP("SessionFile", "a datetime")}
_IS_WRONG = QT_TRANSLATE_NOOP("SessionFile", "“{where}” {problem}.")


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "…"


def write_session_json(meeting: Meeting, path: Path | str) -> Path:
    """The meeting as a session file, written atomically (UTF-8, indented, ends with a newline)."""
    from .atomic import write_text_atomically

    text = json.dumps(meeting_to_dict(meeting), ensure_ascii=False, indent=2) + "\n"
    return write_text_atomically(path, text)
