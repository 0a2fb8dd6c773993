"""The summary names each participant's country in the summary's own language, whatever the
window's language was when it was typed; an organisation stays as it was typed."""

import docx
import pytest

from roundtable_desktop.domain.enums import Region, Role
from roundtable_desktop.exchange.participants_csv import parse_participants_csv
from roundtable_desktop.exchange.report import ReportOptions, write_docx
from tests.rehearsed_meeting import rehearsed_meeting


def _with_a_german_discussant():
    meeting = rehearsed_meeting()
    speaker = next(p for p in meeting.participants if p.role is Role.DISCUSSANT)
    speaker.name, speaker.organisation = "Ms. Anna Schmidt", "Germany"
    return meeting


def _all_text(path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.parametrize(("language", "germany", "not_wanted"), [
    ("fr", "Allemagne", "Germany"), ("en", "Germany", "Allemagne"), ("es", "Alemania", "Germany"),
    ("ar", "ألمانيا", "Germany"), ("zh", "德国", "Germany"), ("ru", "Германия", "Germany"),
])
def test_a_german_participant_is_named_in_the_summarys_language(tmp_path, language, germany, not_wanted):
    meeting = _with_a_german_discussant()
    path = write_docx(meeting, tmp_path / f"{language}.docx", options=ReportOptions(language=language))
    text = _all_text(path)
    assert germany in text and not_wanted not in text
    assert "Ms. Anna Schmidt" in text
    stored = next(p for p in meeting.participants if p.name == "Ms. Anna Schmidt")
    assert stored.organisation == "Germany"  # the meeting itself is not changed


def test_the_meetings_summary_language_chooses_the_names(tmp_path):
    meeting = _with_a_german_discussant()
    meeting.session.summary_language = "fr"
    text = _all_text(write_docx(meeting, tmp_path / "summary.docx"))
    assert "Allemagne" in text and "Côte d'Ivoire" in text and "Jordanie" in text
    assert "Jordan" not in text.replace("Jordanie", "")


def test_a_spreadsheet_may_name_the_country_in_any_of_the_six_languages():
    rows = "name,organisation,country\nMs. A,,Allemagne\nMr. B,Ministère de la santé,Kenya\nMs. C,,ألمانيا\n"
    people = parse_participants_csv(rows.encode(), "speakers.csv", "session-1").participants
    assert [p.organisation for p in people] == ["Germany", "Ministère de la santé, Kenya", "Germany"]
    assert [p.region for p in people] == [Region.WESTERN_EUROPEAN_OTHERS, Region.AFRICAN,
                                          Region.WESTERN_EUROPEAN_OTHERS]
