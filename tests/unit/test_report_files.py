"""The other exports (Markdown summary, CSV speaker log, session JSON) and safe writing."""

import csv
import io
import json
import os
import stat

import pytest

from roundtable_desktop.domain.errors import ExportError, InputError
from roundtable_desktop.exchange.atomic import write_atomically, write_text_atomically
from roundtable_desktop.exchange.report import write_markdown
from roundtable_desktop.exchange.report.formats import ExportFormat, export_meeting
from roundtable_desktop.exchange.session_json import meeting_to_dict
from roundtable_desktop.exchange.speaker_log import COLUMNS, speaker_log_csv, write_speaker_log
from tests.rehearsed_meeting import ARABIC_NOTE, FLOOR_NAME, KEY_MESSAGES, rehearsed_meeting


def test_the_markdown_summary_has_the_same_sections_as_the_word_file(tmp_path):
    text = write_markdown(rehearsed_meeting(), tmp_path / "summary.md").read_text(encoding="utf-8")
    assert text.startswith("**United Nations Commission")
    assert "\n# Summary by the Rapporteur\n" in text
    assert "\n## III. Key messages\n\n4. " + KEY_MESSAGES in text  # numbered on through the document
    assert "\n### Q1. How can the international community" in text
    assert f"**{FLOOR_NAME}**, Director, Côte d\u2019Ivoire" in text
    assert "| Speaker | Kind | Recommendation or commitment | SDGs |" in text
    assert "- *Key point:* " + ARABIC_NOTE in text
    assert "\n## Annex III. Notes in chronological order\n" in text


def test_markdown_escapes_what_would_change_the_layout(tmp_path):
    meeting = rehearsed_meeting()
    meeting.notes[0].text = "Costs *fell* by 50% | see [annex] # 3"
    text = write_markdown(meeting, tmp_path / "summary.md").read_text(encoding="utf-8")
    assert r"Costs \*fell\* by 50% \| see \[annex\] \# 3" in text


def test_the_speaker_log_has_one_row_per_slot_with_spoken_time():
    meeting = rehearsed_meeting()
    meeting.participants[0].name = "=HYPERLINK(\"x\")"
    rows = list(csv.reader(io.StringIO(speaker_log_csv(meeting))))
    assert tuple(rows[0]) == COLUMNS
    assert len(rows) == 1 + len(meeting.slots)
    by_name = {row[1]: dict(zip(COLUMNS, row, strict=True)) for row in rows[1:]}
    floor = by_name[FLOOR_NAME]
    assert floor["Organisation or country"] == "Côte d'Ivoire"
    assert (floor["Gender"], floor["Regional group"]) == ("Woman", "African States")
    assert (floor["Target (s)"], floor["Spoken (s)"], floor["Over/under target (s)"]) == ("180", "200", "20")
    assert floor["Actual start"].endswith("+02:00")  # the meeting's own time zone
    assert "'=HYPERLINK(\"x\")" in by_name  # never run as a spreadsheet formula


def test_the_speaker_log_file_opens_in_spreadsheets_in_any_script(tmp_path):
    path = write_speaker_log(rehearsed_meeting(), tmp_path / "log.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_json_export_is_the_session_format(tmp_path):
    meeting = rehearsed_meeting()
    path = export_meeting(meeting, ExportFormat.JSON, tmp_path / "meeting.json")
    assert json.loads(path.read_text(encoding="utf-8")) == meeting_to_dict(meeting)


def test_a_template_is_refused_for_other_formats(tmp_path):
    with pytest.raises(InputError, match="only to the Word"):
        export_meeting(rehearsed_meeting(), ExportFormat.CSV, tmp_path / "a.csv",
                       template=tmp_path / "t.docx")


@pytest.mark.parametrize("name, message", [
    ("nofolder/summary.docx", "folder .* does not exist"),
    ("bad:name.docx", "not a valid file name"),
    ("CON.docx", "not a valid file name"),
    ("", "is a folder|Give the file a name"),
])
def test_a_target_that_cannot_be_written_says_why(tmp_path, name, message):
    with pytest.raises(ExportError, match=message):
        write_text_atomically(tmp_path / name, "text")


def test_a_file_open_in_word_or_read_only_is_not_overwritten(tmp_path):
    target = tmp_path / "summary.docx"
    target.write_text("the previous summary")
    (tmp_path / "~$summary.docx").write_text("lock")
    with pytest.raises(ExportError, match="open in Word"):
        write_text_atomically(target, "new")
    (tmp_path / "~$summary.docx").unlink()
    target.chmod(stat.S_IRUSR | stat.S_IRGRP)
    with pytest.raises(ExportError, match="read-only"):
        write_text_atomically(target, "new")
    target.chmod(0o644)
    assert target.read_text() == "the previous summary"


def test_a_failed_export_leaves_no_half_written_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "summary.md"
    target.write_text("the previous summary")

    def fail_halfway(path):
        path.write_text("half a summ")
        raise ExportError("the disk went away")

    with pytest.raises(ExportError):
        write_atomically(target, fail_halfway)
    assert target.read_text() == "the previous summary"
    assert os.listdir(tmp_path) == ["summary.md"]


def test_a_new_file_gets_ordinary_permissions(tmp_path):
    path = write_text_atomically(tmp_path / "summary.md", "text")
    assert path.stat().st_mode & 0o044  # others may read it, unlike a bare temporary file


def test_a_bare_new_meeting_exports_in_every_format(tmp_path):
    from roundtable_desktop.domain.model import Meeting, Note, Session

    session = Session(title="A new panel", timezone="Not/AZone")
    meeting = Meeting(session=session, notes=[Note(session_id=session.id, text="A point from nobody")])
    for export_format in ExportFormat:
        path = export_meeting(meeting, export_format, tmp_path / f"bare{export_format.suffix}")
        assert path.stat().st_size > 0
    text = (tmp_path / "bare.md").read_text(encoding="utf-8")
    assert "**Not attributed to a speaker**" in text and "The meeting had no agenda." in text
