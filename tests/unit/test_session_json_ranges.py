"""The strict session reader refuses every out-of-range value with one line naming the field:
a zone beyond ±14 hours, a date in year 9999 or year 1, a time of day with an offset, numbers
no meeting has, a number of thousands of digits. What it accepts exports without a traceback."""

import dataclasses
import json
import typing
from datetime import date, datetime, time

import pytest

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.limits import number_range
from roundtable_desktop.domain.model import (
    AgendaItem,
    GuidingQuestion,
    Note,
    Participant,
    Session,
    SpeakerSlot,
)
from roundtable_desktop.exchange.report.formats import ExportFormat, export_meeting
from roundtable_desktop.exchange.session_json import meeting_from_dict, meeting_from_json, meeting_to_dict
from tests.rehearsed_meeting import rehearsed_meeting

RECORDS = (("session", Session), ("agenda", AgendaItem), ("guiding_questions", GuidingQuestion),
           ("participants", Participant), ("speaker_slots", SpeakerSlot), ("notes", Note))
MOMENTS = {
    date: ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"],
    datetime: ["9999-12-31T23:59:59+00:00", "0001-01-01T00:00:00+05:00", "0001-01-01T00:00:00"],
    time: ["15:00+02:00", "15:00:00-05:00"],
}


def _bare(hint):
    arguments = [a for a in typing.get_args(hint) if a is not type(None)]
    return arguments[0] if arguments else hint


def _out_of_range_cases():
    """(file key, field, bad value) for every number, date, time and moment field, and the zone."""
    for key, record_type in RECORDS:
        for item in dataclasses.fields(record_type):
            hint = _bare(typing.get_type_hints(record_type)[item.name])
            if hint in (int, float):
                low, high = number_range(item.name)
                for value in (low - 1, high + 1, 10**30, -(10**30), 2**63):
                    yield key, item.name, hint(value) if hint is float else int(value)
            elif hint in MOMENTS:
                for value in MOMENTS[hint]:
                    yield key, item.name, value
    for zone in ("UTC+25", "UTC-13:00", "UTC+14:30", "GMT+99", "UTC+05:75", "Mars/Olympus_Mons", ""):
        yield "session", "timezone", zone


CASES = list(_out_of_range_cases())


def _set(data: dict, key: str, name: str, value) -> str:
    if key == "session":
        data["session"][name] = value
        return f"session.{name}"
    data[key][0][name] = value
    return rf"{key}\[0\]\.{name}"


@pytest.mark.parametrize("key, name, value", CASES, ids=[f"{k}.{n}={v!r}"[:60] for k, n, v in CASES])
def test_every_out_of_range_value_is_refused_naming_its_field(key, name, value):
    data = meeting_to_dict(rehearsed_meeting())
    where = _set(data, key, name, value)
    with pytest.raises(InputError, match=f"“{where}”") as refused:
        meeting_from_json(json.dumps(data))
    assert "\n" not in str(refused.value)


def test_every_kind_of_field_is_covered():
    named = {(key, name) for key, name, _value in CASES}
    assert ("session", "timezone") in named and ("session", "date") in named
    assert ("session", "start_time") in named and ("speaker_slots", "spoken_seconds") in named
    assert ("agenda", "planned_minutes") in named and ("notes", "meeting_offset_seconds") in named
    assert ("speaker_slots", "last_started_at") in named


def test_a_number_of_five_thousand_digits_is_one_line():
    text = json.dumps(meeting_to_dict(rehearsed_meeting()))
    text = text.replace('"planned_minutes": 5', '"planned_minutes": ' + "9" * 5000, 1)
    with pytest.raises(InputError, match="number too long"):
        meeting_from_json(text)


@pytest.mark.parametrize("zone", ["UTC+14:00", "UTC-12:00", "UTC+05:45", "Asia/Kathmandu", "UTC"])
def test_the_edges_of_every_range_are_accepted_and_export(tmp_path, zone):
    data = meeting_to_dict(rehearsed_meeting())
    data["session"].update(timezone=zone, date="2199-12-31", start_time="23:30", end_time="00:30")
    data["agenda"][0]["planned_minutes"] = 24 * 60
    data["speaker_slots"][0]["spoken_seconds"] = 366 * 24 * 3600
    meeting = meeting_from_dict(data)
    for export_format in ExportFormat:
        export_meeting(meeting, export_format, tmp_path / f"summary{export_format.suffix}")
