"""Each field in the wordings concept notes use."""

from datetime import date, time

import pytest

from roundtable_desktop.exchange.concept_note.goals import find_outcome_destination, find_sdgs
from roundtable_desktop.exchange.concept_note.importer import import_bytes
from roundtable_desktop.exchange.concept_note.programme import speaking_time
from roundtable_desktop.exchange.concept_note.when import find_date, find_time_range, resolve_zone


@pytest.mark.parametrize("text, expected", [
    ("17 May 2021", date(2021, 5, 17)),
    ("Monday, 17 May 2021", date(2021, 5, 17)),
    ("May 17, 2021", date(2021, 5, 17)),
    ("Monday, May 17th, 2021", date(2021, 5, 17)),
    ("2021-05-17", date(2021, 5, 17)),
    ("17/05/2021", date(2021, 5, 17)),
    ("05/17/2021", date(2021, 5, 17)),
    ("17.05.2021", date(2021, 5, 17)),
    ("3 Sept. 2022", date(2022, 9, 3)),
    ("16-17 June 2022", date(2022, 6, 16)),
])
def test_dates_in_the_common_forms(text, expected):
    assert find_date(f"Date: {text}, Geneva")[0] == expected


def test_a_date_that_could_be_day_month_or_month_day_is_not_guessed():
    day, note = find_date("05/06/2021")
    assert day is None
    assert "05/06/2021" in note


@pytest.mark.parametrize("text, start, end, zone", [
    ("15.00-16.00 (CEST)", time(15), time(16), "CEST"),
    ("10:00\u201311:30 EDT", time(10), time(11, 30), "EDT"),
    ("14:00-15:30 UTC+2", time(14), time(15, 30), "UTC+2"),
    ("3 pm \u2013 4.30 pm", time(15), time(16, 30), ""),
    ("from 9 a.m. to 12 noon", None, None, ""),
    ("10 a.m. to 1 p.m. (New York time)", time(10), time(13), "New York time"),
    ("1500-1600 hrs GMT", time(15), time(16), "GMT"),
    ("11 \u2013 1 pm", time(11), time(13), ""),
    ("at 09:30 CET, for 90 minutes", time(9, 30), time(11), "CET"),
])
def test_time_ranges_and_the_zone_written_after_them(text, start, end, zone):
    found = find_time_range(text)
    if start is None:
        assert found is None or found.end is None
        return
    assert (found.start, found.end, found.zone_text) == (start, end, zone)


def test_numbers_that_are_not_clock_times_are_not_taken_for_a_time_range():
    for text in ("(5-7 mins)", "2020-2021", "SDGs 1-17", "paragraphs 12-15"):
        assert find_time_range(text) is None, text


@pytest.mark.parametrize("written, day, expected", [
    ("CEST", date(2021, 5, 17), "Europe/Zurich"),
    ("CET", date(2022, 1, 10), "Europe/Zurich"),
    ("CEST", date(2022, 1, 10), "Europe/Zurich"),  # summer time written in winter: see below
    ("EDT", date(2021, 5, 17), "America/New_York"),
    ("EST", date(2021, 7, 1), "America/New_York"),
    ("UTC+2", date(2021, 5, 17), "UTC+02:00"),
    ("GMT-3", date(2021, 5, 17), "UTC-03:00"),
    ("UTC+05:30", date(2021, 5, 17), "UTC+05:30"),
    ("UTC", date(2021, 5, 17), "UTC"),
    ("New York time", date(2021, 5, 17), "America/New_York"),
    ("Geneva time", date(2021, 5, 17), "Europe/Zurich"),
    ("Europe/Vienna", date(2021, 5, 17), "Europe/Vienna"),
])
def test_zones_become_an_iana_zone_or_a_fixed_offset(written, day, expected):
    assert resolve_zone(written, day, time(15), "") == expected


def test_an_abbreviation_used_loosely_keeps_its_zone_and_asks_to_check():
    note = b"Panel on Oceans\n\nTuesday, 10 October 2023, 13:15-14:30 EST\n"
    result = import_bytes(note, "oceans.txt", ".txt")
    assert result.meeting.session.timezone == "America/New_York"
    reason = result.checks["timezone"]  # shown as "check", not as found
    assert "EST (UTC-05:00)" in reason and "UTC-04:00" in reason
    assert not result.is_found("timezone")
    summer = import_bytes(note.replace(b"EST", b"EDT"), "oceans.txt", ".txt")
    assert summer.meeting.session.timezone == "America/New_York" and summer.notes == []


def test_an_abbreviation_takes_the_zone_of_the_city_the_note_names():
    assert resolve_zone("CEST", date(2021, 5, 17), time(15), "Palais, Vienna") == "Europe/Vienna"
    assert resolve_zone("CET", date(2021, 12, 1), time(15), "held in Bonn") == "Europe/Berlin"


@pytest.mark.parametrize("text, expected", [
    ("initial interventions (5-7 mins)", (300, 420)),
    ("statements of 5 to 7 minutes", (300, 420)),
    ("between 3 and 4 minutes", (180, 240)),
    ("no more than 3 minutes", (180, 180)),
    ("interventions should not exceed three minutes", (180, 180)),
    ("a maximum of 4 minutes", (240, 240)),
    ("2 minutes each", (120, 120)),
    ("five-minute interventions", (300, 300)),
    ("a 60-minute session", None),
])
def test_speaking_time_of_interventions(text, expected):
    assert speaking_time(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The HLPF will review SDG 4 and SDG 17.", (4, 17)),
    ("It contributes to SDGs 1, 2 and 5.", (1, 2, 5)),
    ("Goals 6, 7, 9, 11 and 17 are under review in 2023.", (6, 7, 9, 11, 17)),
    ("The forum discusses the SDGs on quality education and climate action.", (4, 13)),
    ("Sustainable Development Goal 14 on life below water", (14,)),
    ("150 countries and 20 agencies joined in 2021.", ()),
    ("Climate action is urgent.", ()),  # an SDG's words without an SDG nearby
])
def test_focus_sdgs_by_number_and_by_name(text, expected):
    assert find_sdgs(text) == expected


def test_the_forum_the_outcome_feeds_is_found_with_its_dates():
    text = ("The outcome of the roundtable will feed into the 2024 Summit of the Future, to be held "
            "in New York on 22 September 2024.")
    assert find_outcome_destination(text).startswith("2024 Summit of the Future")
    assert find_outcome_destination("The results will inform policy making.") == ""


def test_questions_under_a_numbered_heading_with_a_question_label():
    note = (b"Roundtable on \"Water for Peace\"\n\n2 March 2023, 10:00-11:00 CET\n\n"
            b"2. Key questions for discussion\n\nQuestion 1: Who pays for water?\n\n"
            b"Question 2: Who decides?\n\n3. Format\n\nOpening remarks (5 min), then an "
            b"interactive discussion.\n")
    result = import_bytes(note, "water.txt", ".txt")
    assert [q.text for q in result.meeting.questions] == ["Who pays for water?", "Who decides?"]
    assert result.meeting.session.title == "Roundtable on \"Water for Peace\""
    assert result.meeting.session.timezone == "Europe/Zurich"


def test_a_note_without_a_zone_takes_the_zone_of_its_city():
    note = b"Panel on Data\n\nVenue: Palais des Nations, Geneva\n\n12 June 2023, 13:00-14:00\n"
    result = import_bytes(note, "data.md", ".md")
    assert result.meeting.session.timezone == "Europe/Zurich"
    assert any("Europe/Zurich" in note for note in result.notes)


def test_a_note_that_says_little_still_imports_with_its_file_name_as_title():
    result = import_bytes(b"Some thoughts for the meeting.\n", "my-roundtable.txt", ".txt")
    assert result.meeting.session.title == "my roundtable"
    assert "title" in result.missing and "date" in result.missing
    assert result.meeting.agenda == [] and result.meeting.questions == []


@pytest.mark.parametrize("note, title, start, end, zone, venue", [
    ("Side event on Water\n\nDate: Wednesday, 12 July 2023 | 1:15 \u2013 2:30 PM | "
     "Conference Room 11, UNHQ\n",
     "Side event on Water", time(13, 15), time(14, 30), "UTC", "Conference Room 11, UNHQ"),
    ("Panel on Soils\n\n3 March 2024, 12:00 noon \u2013 1:00 pm (GMT+1)\n\nHybrid meeting, Room XX, "
     "Palais des Nations, Geneva\n", "Panel on Soils", time(12), time(13), "Europe/Zurich",  # GMT+1 there
     "Hybrid meeting, Room XX, Palais des Nations, Geneva"),
    ("Webinar on AI\n\n2024-06-05 from 14h00 to 15h30 CEST\n", "Webinar on AI", time(14), time(15, 30),
     "Europe/Zurich", ""),
])
def test_one_line_headers_with_title_times_zone_and_venue(note, title, start, end, zone, venue):
    session = import_bytes(note.encode(), "n.txt", ".txt").meeting.session
    assert (session.title, session.start_time, session.end_time, session.timezone, session.venue) == (
        title, start, end, zone, venue)
