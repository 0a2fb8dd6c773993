"""Attendance is stored with the participant, travels in the session file, upgrades an older
library, and the summary's participants annex lists those present once the roll call was taken."""

import re
import sqlite3
from dataclasses import replace

from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report import build_report
from roundtable_desktop.exchange.report.options import ReportOptions, Section
from roundtable_desktop.exchange.session_json import meeting_from_dict, meeting_to_dict
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.schema import MIGRATIONS


def _with_present(count: int):
    meeting = demo_meeting()
    meeting.participants = [replace(p, present=index < count) for index, p in enumerate(meeting.participants)]
    return meeting


def test_marked_present_is_stored_and_read_back_after_reopening(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(_with_present(2))
    library.close()
    library = Library.open(path)
    try:
        stored = library.participants.for_session(meeting.session.id)
    finally:
        library.close()
    assert sorted(p.name for p in stored if p.present) == sorted(p.name for p in meeting.participants[:2])


def test_a_library_made_before_attendance_opens_with_no_one_marked_present(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    session_id = library.add_meeting(demo_meeting()).session.id
    library.close()
    connection = sqlite3.connect(path)
    with connection:  # back to schema 4: the columns the later migrations add, taken off again
        for version, script in reversed(MIGRATIONS):
            if version > 4:
                for trigger in re.findall(r"CREATE TRIGGER (\w+)", script):
                    connection.execute(f"DROP TRIGGER {trigger}")
                for index in re.findall(r"CREATE INDEX (?:IF NOT EXISTS )?(\w+)", script):
                    connection.execute(f"DROP INDEX {index}")
                for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", script):
                    connection.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        connection.execute("PRAGMA user_version = 4")
    connection.close()
    library = Library.open(path)
    try:
        stored = library.participants.for_session(session_id)
        assert stored and not any(p.present for p in stored)
    finally:
        library.close()


def test_the_session_file_carries_attendance_and_an_older_file_reads_as_no_one_present():
    meeting = _with_present(1)
    data = meeting_to_dict(meeting)
    expected = [True] + [False] * (len(meeting.participants) - 1)
    assert [p["present"] for p in data["participants"]] == expected
    assert [p.present for p in meeting_from_dict(data).participants] == expected
    for participant in data["participants"]:
        del participant["present"]
    assert not any(p.present for p in meeting_from_dict(data).participants)


def _annex(meeting) -> list[str]:
    options = ReportOptions(sections=frozenset({Section.PARTICIPANTS}))
    return build_report(meeting, options).text.splitlines()


def test_the_annex_lists_those_present_once_the_roll_call_was_taken():
    meeting = _with_present(2)
    text = _annex(meeting)
    assert any(line.endswith("Participants present") for line in text)
    listed = len(meeting.participants)
    assert f"2 of the {listed} participants listed were marked present at the roll call." in text
    named = {p.name for p in meeting.participants}
    assert {line for line in text if line in named} == {p.name for p in meeting.participants[:2]}


def test_before_the_roll_call_the_annex_lists_every_participant():
    meeting = _with_present(0)
    text = _annex(meeting)
    assert not any("present" in line for line in text)
    assert {line for line in text if line in {p.name for p in meeting.participants}} == {
        p.name for p in meeting.participants}
