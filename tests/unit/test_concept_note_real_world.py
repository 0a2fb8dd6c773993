"""What real concept notes got wrong, one kind at a time: each value is right, or shown as
"check" with its reason, never wrong and "found"."""

import datetime as dt
import io

import pytest
from docx import Document

from roundtable_desktop.domain.enums import AgendaKind
from roundtable_desktop.exchange.concept_note.importer import import_bytes, import_pasted
from roundtable_desktop.exchange.concept_note.report import FieldStatus


def _note(text: str, suffix: str = ".txt"):
    return import_bytes(text.encode("utf-8"), f"note{suffix}", suffix)


def _when(result) -> tuple[dt.date | None, str, str]:
    session = result.meeting.session
    start = f"{session.start_time:%H:%M}" if session.start_time else ""
    end = f"{session.end_time:%H:%M}" if session.end_time else ""
    return session.date, start, end


# dates ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("header", [
    "NEW YORK (October 10, 2012) -- The Committee will meet",
    "Concept note (as of 29 February 2016)",
    "Order of the day, 27 February 2017",
    "Posted on 2 July 2018 by the secretariat",
])
def test_a_dateline_an_as_of_date_a_template_date_or_a_post_date_is_not_the_meeting(header):
    result = _note(f"{header}\n\nPanel on water\n\nTuesday, 1 March 2016, 1:15 - 2:30 p.m., "
                   "Conference Room 4, New York\n")
    assert result.meeting.session.date == dt.date(2016, 3, 1)
    assert result.status("date") is FieldStatus.FOUND


def test_a_date_without_a_year_takes_it_from_the_note_and_says_so():
    result = _note("Concept note (as of 29 February 2016)\n\nPanel on water\n\nTuesday, 1 March\n"
                   "1:15 - 2:30 p.m.\nConference Room 4, New York\n")
    assert result.meeting.session.date == dt.date(2016, 3, 1)
    assert any("no year" in note and "2016" in note for note in result.notes)


def test_a_yearless_date_whose_weekday_fits_no_year_is_shown_to_check():
    result = _note("Concept note (as of 29 February 2016)\n\nPanel on water\n\nWednesday, 1 March\n"
                   "1:15 - 2:30 p.m.\nConference Room 4, New York\n")
    assert result.status("date") is FieldStatus.CHECK
    assert "weekday" in result.checks["date"]


def test_two_dates_that_could_each_be_the_meeting_are_shown_to_check_with_both():
    result = _note("Panel on water\n\nGeneva, 29 February 2016\n\nDate: 1 March 2016, 10:00-11:00 CET\n")
    assert result.status("date") is FieldStatus.CHECK
    assert "29 February 2016" in result.checks["date"] and "1 March 2016" in result.checks["date"]


def test_several_sessions_are_offered_and_the_first_is_taken_to_check():
    result = _note("Expert meeting\n\n- Session 1: Monday, 6 February 2023, 10:00-13:00\n"
                   "- Session 2: Tuesday, 7 February 2023, 15:00-18:00\n\nNew York\n", ".md")
    assert [c.label for c in result.time_choices] == ["Monday 6 February 2023, 10:00\u201313:00",
                                                      "Tuesday 7 February 2023, 15:00\u201318:00"]
    assert _when(result) == (dt.date(2023, 2, 6), "10:00", "13:00")
    assert result.status("date") is result.status("times") is FieldStatus.CHECK


# times ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("written", "start", "end"), [
    ("15:00h - 18:00h", "15:00", "18:00"),
    ("Time:13:30 \u2013 15:00", "13:30", "15:00"),
    ("10.00 to 11.30 a.m.", "10:00", "11:30"),
    ("3 - 6 p.m.", "15:00", "18:00"),
    ("11:30 \u2013 1:00 p.m.", "11:30", "13:00"),
])
def test_the_time_formats_of_real_notes(written, start, end):
    result = _note(f"Panel on water\n\nThursday, 26 September 2019\n{written}\nPalais des Nations, Geneva\n")
    assert _when(result) == (dt.date(2019, 9, 26), start, end)


def test_with_no_time_for_the_meeting_the_programme_gives_it_to_check():
    result = _note("Panel on water\n\nDate: 26 September 2019, Geneva\n\nProgramme\n\n"
                   "- 15:00 - 15:10 Opening\n- 15:10 - 16:20 Panel discussion\n- 16:20 - 16:30 Closing\n",
                   ".md")
    assert _when(result)[1:] == ("15:00", "16:30")
    assert "programme" in result.checks["times"]


# time zones -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("proper_name", "venue", "zone"), [
    ("the Copenhagen Declaration", "Conference Room 4, United Nations Headquarters, New York",
     "America/New_York"),
    ("the Montreal Protocol", "UNESCO, 7 place de Fontenoy, Paris", "Europe/Paris"),
    ("the Beijing Platform for Action", "Conference Room A, New York", "America/New_York"),
    ("the Vienna Declaration and Programme of Action", "Room XX, Palais des Nations", "Europe/Zurich"),
    ("the Paris Agreement", "World Conference Center Bonn", "Europe/Berlin"),
    ("the Addis Ababa Action Agenda", "Conference Room 7, New York", "America/New_York"),
])
def test_a_city_inside_a_proper_name_is_not_the_meetings_city(proper_name, venue, zone):
    result = _note(f"Panel on finance\n\nMonday, 15 April 2019, 13:15 - 14:30\n\nVenue: {venue}\n\n"
                   f"Background\n\nThe panel builds on {proper_name}.\n")
    assert result.meeting.session.timezone == zone


# SDGs -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "goals"), [
    ("The event contributes to SDG10.", (10,)),
    ("It speaks to SDG16 and SDG17.", (16, 17)),
    ("The Second Committee discusses the Sustainable Development Goals on Tuesday, 16 October, "
     "with a focus on SDG 9.", (9,)),
    ("It supports SDG 7 and SDG 13, and target 12.4 on chemicals.", (7, 13)),
])
def test_sdg_forms_and_no_goal_taken_from_a_date(sentence, goals):
    assert _note(f"Panel on water\n\n{sentence}\n").meeting.session.focus_sdgs == goals


# organiser, title, chair --------------------------------------------------------------------------

def test_a_programme_line_is_no_organiser():
    result = _note("Panel on water\n\nWelcome (5 min)\n\nPROGRAMME\n\nMs. Jane Doe, Minister, Kenya\n")
    assert result.meeting.session.organiser == ""


def test_organised_by_at_a_lines_start_is_the_organiser():
    result = _note("Panel on water\n\nOrganized by the Permanent Mission of Finland and the ILO\n")
    assert result.meeting.session.organiser == "Permanent Mission of Finland and the ILO"


@pytest.mark.parametrize("note", [
    "---\nlayout: event\npermalink: /events/water\n---\n\n# Water for peace\n\nVenue:Zoom webinar\n",
    "Venue:Zoom webinar\n\n**Water for peace**\n",
    "SIDE EVENT\n\nWater for peace\n\nBackground\n\nThe priority theme is \u201cWater and peace for all "
    "nations of the world\u201d.\n",
])
def test_the_title_is_not_a_venue_a_yaml_marker_a_generic_line_or_a_quoted_theme(note):
    assert _note(note, ".md").meeting.session.title == "Water for peace"


def test_moderated_by_capitalised_is_the_chair():
    result = _note("Panel on water\n\nThe event will be Moderated by Ms. Anna Mäkelä, Deputy Permanent "
                   "Representative of Finland.\n")
    assert result.meeting.session.chair_name == "Ms. Anna Mäkelä, Deputy Permanent Representative of Finland"


# programme and speakers ---------------------------------------------------------------------------

def _word_note_with_format_and_table() -> bytes:
    document = Document()
    document.add_paragraph("Cooling without warming", style="Title")
    document.add_heading("Format", level=1)
    document.add_paragraph("Presentations will be followed by a moderated discussion.")
    document.add_heading("Programme", level=1)
    table = document.add_table(rows=0, cols=3)
    for row in (("Item", "Duration", "Presenter"), ("Opening remarks", "15 min", "Ms. Megumi Seki"),
                ("Presentations", "60 min", "TEAP co-chairs"), ("Moderated discussion", "(90 minutes)", "")):
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_programme_table_is_read_even_after_a_format_paragraph_and_duration_is_minutes():
    result = import_bytes(_word_note_with_format_and_table(), "note.docx", ".docx")
    agenda = result.meeting.agenda
    assert [(item.title, item.planned_minutes, item.presenter) for item in agenda] == [
        ("Opening remarks", 15, "Ms. Megumi Seki"), ("Presentations", 60, "TEAP co-chairs"),
        ("Moderated discussion", 90, "")]


@pytest.mark.parametrize("speakers", [
    "### Discussion Panel\n\n- Ms. Jane Doe, Minister, Kenya\n- Mr. Jan Novak, Director, Czechia\n",
    "Panellists:\n\n| Name | Function |\n|---|---|\n| Ms. Jane Doe | Minister, Kenya |\n"
    "| Mr. Jan Novak | Director |\n",
    "## Speakers\n\n\u2022Ms. Jane Doe, Minister, Kenya\n\u2022Mr. Jan Novak, Director, Czechia\n",
    "## Speakers\n\nMs. Jane Doe, Minister, Kenya\n\nMr. Jan Novak, Director, Czechia\n",
])
def test_speaker_lists_in_their_many_forms(speakers):
    result = _note(f"# Panel on water\n\n{speakers}", ".md")
    assert [p.name for p in result.meeting.participants] == ["Ms. Jane Doe", "Mr. Jan Novak"]


@pytest.mark.parametrize(("phrase", "times"), [
    ("Speaking time is 2 minutes for all.", (120, 120)),
    ("Delegations are invited to deliver three\u2011minute statements.", (180, 180)),
    ("Speakers will make 5\u201010 minute interventions.", (300, 600)),
])
def test_speaking_time_phrases_with_any_hyphen(phrase, times):
    result = _note(f"Panel on water\n\nFormat\n\n{phrase}\n")
    interventions = [i for i in result.meeting.agenda if i.kind is AgendaKind.INTERVENTIONS]
    assert (interventions[0].default_target_seconds, interventions[0].default_limit_seconds) == times


# text pasted from a PDF or a web page --------------------------------------------------------------

PASTED_FROM_PDF = """Special event
Transforming education
Wednesday, 13 July 2022
1:15 - 2:30 p.m. EDT
Conference Room 4, United Nations Headquarters
Chair:
H.E. Mr. Collen Vixen Kelapile, President of ECOSOC
I.
BACKGROUND
The pandemic caused the largest disruption of education systems in history,
affecting 1.6 billion learners in more than 190 countries, and many children
have not returned to school.
II.
PROGRAMME
13:15 - 13:20 Welcome (5 min)
13:20 - 14:25 Panel discussion with ministers
14:25 - 14:30 Closing
III.
GUIDING QUESTIONS
1. What national commitments will countries bring to the Transforming
Education Summit?
2. How can financing for education be protected?
The event will be webcast live on UN Web TV. Interpretation will be provided in
English, French and Spanish. Participants are invited to register by 8 July
2022. Light refreshments will be offered after the event.
"""


def test_text_pasted_from_a_pdf_keeps_headings_chair_programme_and_questions():
    result = import_pasted(PASTED_FROM_PDF)
    session = result.meeting.session
    assert session.chair_name == "H.E. Mr. Collen Vixen Kelapile, President of ECOSOC"
    assert session.background.startswith("The pandemic caused the largest disruption of education systems "
                                         "in history, affecting")
    assert [q.text for q in result.meeting.questions] == [
        "What national commitments will countries bring to the Transforming Education Summit?",
        "How can financing for education be protected?"]  # the last one swallows nothing after it
    assert [i.planned_minutes for i in result.meeting.agenda] == [5, 65, 5]
    assert _when(result) == (dt.date(2022, 7, 13), "13:15", "14:30")
    assert session.timezone == "America/New_York"


def test_an_empty_paste_is_refused_in_one_line():
    from roundtable_desktop.domain.errors import InputError

    with pytest.raises(InputError, match="empty"):
        import_pasted(" \n\t\n")
