"""Concept notes worded unlike the seed, in Markdown, plain text and Word."""

from datetime import date, time, timedelta
from pathlib import Path

from concept_note_docs import digital_panel_docx, offset_workshop_docx

from roundtable_desktop.domain.enums import AgendaKind, Role
from roundtable_desktop.exchange.concept_note import import_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "concept_notes"


def _times(item):
    return item.default_target_seconds, item.default_limit_seconds


def test_markdown_note_with_labelled_lines_and_a_programme_table():
    result = import_file(FIXTURES / "unea-2024-ocean-dialogue.md")
    session = result.meeting.session
    assert session.title == 'Ministerial Dialogue on "Financing a Sustainable Ocean Economy"'
    assert session.organiser == "United Nations Environment Programme (UNEP)"
    assert session.session_line.startswith("Sixth session of the United Nations Environment Assembly")
    assert session.date == date(2024, 2, 27)
    assert (session.start_time, session.end_time, session.timezone) == (time(10), time(11, 30),
                                                                         "Africa/Nairobi")
    assert session.venue == "Conference Room 2, United Nations Office at Nairobi"
    assert session.chair_name.startswith("H.E. Ms. Leila Benali")
    assert len(result.meeting.questions) == 3
    assert result.meeting.questions[1].text.startswith("How can small island developing States")
    agenda = result.meeting.agenda
    assert [i.title for i in agenda] == ["Opening remarks", "Keynote presentation on the state of ocean "
                                         "finance", "Interventions by ministers",
                                         "Interactive dialogue with the floor", "Closing remarks"]
    assert [i.planned_minutes for i in agenda] == [5, 10, 40, 30, 5]
    assert agenda[0].presenter == "H.E. Ms. Leila Benali"
    assert _times(agenda[2]) == (180, 180)  # "no more than 3 minutes each"
    assert session.focus_sdgs == (5, 13, 14, 17)
    assert session.outcome_destination == "2025 United Nations Ocean Conference, 9\u201313 June 2025"
    assert not result.notes  # every minute was written in the programme


def test_text_note_in_capitals_with_us_date_pm_times_and_a_city_time():
    result = import_file(FIXTURES / "ecosoc-2022-youth-roundtable.txt")
    session = result.meeting.session
    assert session.title == "Roundtable: Youth and Decent Work in the Recovery"
    assert session.organiser == "Economic and Social Council"
    assert session.session_line == "2022 ECOSOC Youth Forum"
    assert session.date == date(2022, 4, 19)
    assert (session.start_time, session.end_time) == (time(15), time(16, 30))
    assert session.timezone == "America/New_York"
    assert session.venue == "Virtual (Zoom)"
    assert session.chair_name.startswith("Ms. Jayathma Wickramanayake")
    assert session.background.startswith("Young people were among the first")
    questions = [q.text for q in result.meeting.questions]
    assert questions[0] == ("How can apprenticeship schemes be opened to young people in the informal "
                            "economy?")  # a wrapped line joined, the "Q1:" label dropped
    assert len(questions) == 3
    kinds = [i.kind for i in result.meeting.agenda]
    assert kinds == [AgendaKind.REMARKS, AgendaKind.PRESENTATION, AgendaKind.INTERVENTIONS,
                     AgendaKind.INTERACTIVE_DISCUSSION, AgendaKind.CLOSING]
    assert [i.planned_minutes for i in result.meeting.agenda][:2] == [5, 10]
    assert sum(i.planned_minutes for i in result.meeting.agenda) == 90
    assert _times(result.meeting.agenda[2]) == (240, 240)  # "no more than 4 minutes each"
    assert result.meeting.agenda[1].presenter == "ILO"
    assert session.focus_sdgs == (4, 5, 14, 15)
    assert result.notes  # some minutes were estimated: the user is told to check


def test_word_note_with_title_style_headings_numbered_questions_and_speakers(tmp_path):
    result = import_file(digital_panel_docx(tmp_path / "panel.docx"))
    session = result.meeting.session
    assert result.source == "Word document"
    assert session.title == "High-level Panel on Digital Cooperation for the SDGs"
    assert session.organiser.startswith("Permanent Mission of Kenya")
    assert session.session_line == "2023 High-level Political Forum"
    assert session.date == date(2023, 7, 10)
    assert session.timezone == "America/New_York"  # EDT, in New York
    assert session.planned_start().utcoffset() == timedelta(hours=-4)
    assert [q.text for q in result.meeting.questions] == [
        "What makes digital public infrastructure inclusive by design?",
        "How can countries share open-source solutions across regions?"]
    agenda = result.meeting.agenda
    assert agenda[0].title == "Opening remarks by H.E. Mr. Martin Kimani"
    assert agenda[0].planned_minutes == 5
    assert _times(agenda[1]) == (300, 420)  # "5 to 7 minutes"
    assert agenda[-1].kind is AgendaKind.CLOSING
    assert session.focus_sdgs == (4, 9, 17)
    names = [p.name for p in result.meeting.participants]
    assert names == ["Ms. Doreen Bogdan-Martin", "H.E. Ms. Paula Ingabire", "Mr. Jean Dupont"]
    assert result.meeting.participants[0].role is Role.MODERATOR
    assert result.meeting.participants[1].organisation == "Rwanda"


def test_committed_word_fixture_reads_like_the_one_built_in_the_test():
    result = import_file(FIXTURES / "itu-2023-digital-panel.docx")
    assert result.meeting.session.title == "High-level Panel on Digital Cooperation for the SDGs"


def test_word_note_with_a_fixed_offset_iso_date_question_lines_and_a_table(tmp_path):
    result = import_file(offset_workshop_docx(tmp_path / "workshop.docx"))
    session = result.meeting.session
    assert session.title == "Regional Consultation on Climate Finance"
    assert session.organiser == "United Nations Economic Commission for Africa (ECA)"
    assert session.date == date(2021, 11, 3)
    assert session.timezone == "UTC+02:00"
    assert session.planned_start().utcoffset() == timedelta(hours=2)
    assert [q.text for q in result.meeting.questions] == [
        "Where are the gaps in adaptation finance?", "Who should carry the cost of loss and damage?"]
    agenda = result.meeting.agenda
    assert [(i.title, i.planned_minutes) for i in agenda] == [
        ("Welcome and opening", 10), ("Statements by delegations, no more than 3 minutes", 50),
        ("Open discussion", 30)]
    assert agenda[0].presenter == "ECA Executive Secretary"
    assert _times(agenda[1]) == (180, 180)
    assert "focus_sdgs" in result.missing and "objectives" in result.missing


def test_text_note_with_a_chair_in_the_format_a_panel_and_floor_interventions():
    result = import_file(FIXTURES / "ecosoc-2021-health-special-event.txt")
    session = result.meeting.session
    assert session.title == ('Special Event of the Economic and Social Council "Building Back Better: '
                             'Resilient Health Systems"')
    assert session.organiser == ""  # the time line "(EDT)" is not taken for a body
    assert session.chair_name == "H.E. Mr. Munir Akram, President of ECOSOC"
    assert (session.date, session.start_time, session.timezone) == (date(2021, 7, 8), time(9),
                                                                     "America/New_York")
    assert session.venue == "Virtual meeting via Zoom"
    agenda = result.meeting.agenda
    assert [(i.kind, i.title) for i in agenda] == [
        (AgendaKind.PRESENTATION, "Keynote presentation by the Secretary-General"),
        (AgendaKind.INTERVENTIONS, "Panel discussion"),  # two sentences about the panel: one item
        (AgendaKind.INTERACTIVE_DISCUSSION, "Interactive discussion, including the floor")]
    assert _times(agenda[1]) == (420, 420)  # "Each panellist will have 7 minutes"
    assert _times(agenda[2]) == (180, 180)  # "(3 minutes each)"
    assert agenda[2].presenter == ""  # not "Member States": they are the floor
    assert session.objectives.startswith("The special event aims to:\n\n\u2022 Identify policies")
    assert session.focus_sdgs == (3,)
