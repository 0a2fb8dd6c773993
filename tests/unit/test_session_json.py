import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import NoteKind
from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.session_json import (
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    meeting_from_dict,
    meeting_to_dict,
    read_session_json,
)
from tests.rehearsed_meeting import ARABIC_NOTE, rehearsed_meeting


@pytest.fixture
def exported() -> dict:
    return meeting_to_dict(rehearsed_meeting())


def test_a_rehearsed_meeting_reads_back_to_the_same_json(exported):
    again = meeting_to_dict(meeting_from_dict(json.loads(json.dumps(exported))))
    assert again == exported


def test_what_is_read_back_is_the_meeting_with_its_links(exported):
    meeting = meeting_from_dict(exported)
    assert len(meeting.notes) == len(exported["notes"])
    arabic = next(n for n in meeting.notes if n.text == ARABIC_NOTE)
    assert arabic.kind is NoteKind.KEY_POINT
    assert arabic.participant_id in {p.id for p in meeting.participants}
    assert meeting.slots[0].actual_start.tzinfo is not None
    assert meeting.session.focus_sdgs == (1, 2, 3, 8, 10, 12, 13, 16, 17)


def test_another_format_is_refused_by_name(exported):
    exported["format"] = "something-else"
    with pytest.raises(InputError, match="not a Roundtable session file.*something-else"):
        meeting_from_dict(exported)


def test_a_newer_version_is_refused_with_a_way_out(exported):
    exported["version"] = FORMAT_VERSION + 1
    with pytest.raises(InputError, match="newer Roundtable Desktop.*Update"):
        meeting_from_dict(exported)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["session"].pop("title"), "“session” has no “title”"),
    (lambda d: d["notes"][0].update(kind="opinion"), r"notes\[0\]\.kind.*must be one of"),
    (lambda d: d["notes"][1].update(sdgs=[18]), "SDGs are numbered 1 to 17"),
    (lambda d: d["speaker_slots"][0].update(spoken_seconds="long"), "must be a number"),
    (lambda d: d["speaker_slots"][0].update(target_seconds=-5), "must be from 0 to 604,800"),
    (lambda d: d["agenda"][0].update(planned_minutes=True), "must be a whole number"),
    (lambda d: d["session"].update(date="17 May 2021"), "not a date like 2021-05-17"),
    (lambda d: d["notes"][0].update(participant_id="nobody"), "refers to a participant"),
    (lambda d: d["notes"][0].update(session_id="elsewhere"), "belongs to another meeting"),
    (lambda d: d["notes"][1].update(id=d["notes"][0]["id"]), "used twice"),
    (lambda d: d.update(notes={}), "“notes” must be a list"),
    (lambda d: d["participants"].append("Ms. X"), "must be an object"),
    (lambda d: d["notes"][0].update(key_message="yes"), "must be true or false"),
    (lambda d: d["session"].update(title=None), "must not be empty"),
])
def test_a_damaged_file_names_its_first_problem(exported, change, message):
    change(exported)
    with pytest.raises(InputError, match=message):
        meeting_from_dict(exported)


def test_optional_lists_and_fields_may_be_left_out():
    minimal = {"format": "roundtable-session", "version": 1,
               "session": {"id": "s1", "title": "A small panel"}}
    meeting = meeting_from_dict(minimal)
    assert meeting.session.title == "A small panel" and meeting.notes == []
    assert meeting.session.timezone == "UTC"


def test_text_is_cleaned_when_read(exported):
    exported["notes"][0]["text"] = "bad\x00byte \ud800 and \x1b escape"
    note = meeting_from_dict(exported).notes[0]
    assert note.text == "bad\ufffdbyte \ufffd and \ufffd escape"


def test_reading_a_file_refuses_what_is_not_a_session(tmp_path, exported):
    good = tmp_path / "meeting.json"
    good.write_text(json.dumps(exported), encoding="utf-8")
    assert read_session_json(good).session.title == exported["session"]["title"]
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        read_session_json(broken)
    with pytest.raises(InputError, match="no file"):
        read_session_json(tmp_path / "missing.json")
    with pytest.raises(InputError, match="not a file"):
        read_session_json(tmp_path)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "caf\xe9"}')
    with pytest.raises(InputError, match="not UTF-8"):
        read_session_json(latin)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as stream:
        stream.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(InputError, match="at most"):
        read_session_json(huge)


_any_text = st.text(max_size=40)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=_any_text, note_text=_any_text, synthesis=_any_text, name=_any_text)
def test_any_text_survives_export_import_export(exported, title, note_text, synthesis, name):
    data = copy.deepcopy(exported)
    data["session"]["title"] = title
    data["notes"][2]["text"] = note_text
    data["guiding_questions"][0]["synthesis"] = synthesis
    data["participants"][0]["name"] = name
    first = meeting_to_dict(meeting_from_dict(json.loads(json.dumps(data))))
    second = meeting_to_dict(meeting_from_dict(json.loads(json.dumps(first))))
    assert second == first
    assert first["notes"][2]["text"] == note_text or "\ufffd" in first["notes"][2]["text"] \
        or "\r" in note_text
