"""The seed concept note imports to the same meeting as the built-in demo."""

from datetime import date, time, timedelta
from pathlib import Path

import pytest
from concept_note_docs import seed_as_word

from roundtable_desktop.domain.enums import AgendaKind
from roundtable_desktop.exchange.concept_note import import_file
from roundtable_desktop.exchange.demo import DEMO_QUESTIONS, DEMO_TITLE, demo_meeting

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "concept_notes" / "cstd-2021-seed.txt"


@pytest.fixture(scope="module", params=["text", "word", "libreoffice"])
def imported(request, tmp_path_factory):
    """The seed as given (text with Markdown marks), written as a Word document with
    python-docx, and that document saved again by LibreOffice Writer (committed fixture)."""
    if request.param == "text":
        return import_file(SEED)
    if request.param == "libreoffice":
        return import_file(SEED.with_name("cstd-2021-seed-libreoffice.docx"))
    return import_file(seed_as_word(SEED, tmp_path_factory.mktemp("seed") / "seed.docx"))


def test_title_organiser_and_session_line_are_the_demo_ones(imported):
    demo = demo_meeting().session
    session = imported.meeting.session
    assert session.title == DEMO_TITLE
    assert session.organiser == demo.organiser
    assert session.session_line == demo.session_line


def test_the_meeting_is_on_17_may_2021_from_15_to_16_in_a_zone_of_utc_plus_2(imported):
    session = imported.meeting.session
    assert session.date == date(2021, 5, 17)
    assert (session.start_time, session.end_time) == (time(15, 0), time(16, 0))
    assert session.planned_start().utcoffset() == timedelta(hours=2)
    assert session.planned_start() == demo_meeting().session.planned_start()


def test_the_three_guiding_questions_are_taken_verbatim(imported):
    assert [q.text for q in imported.meeting.questions] == list(DEMO_QUESTIONS)
    assert [q.label for q in imported.meeting.questions] == ["Q1", "Q2", "Q3"]


def test_interventions_default_to_five_minutes_target_and_seven_limit(imported):
    interventions = [i for i in imported.meeting.agenda if i.kind is AgendaKind.INTERVENTIONS]
    assert len(interventions) == 1
    assert (interventions[0].default_target_seconds, interventions[0].default_limit_seconds) == (300, 420)
    assert imported.found["speaking_time"] == "5:00 target, 7:00 limit"


def test_focus_sdgs_are_the_nine_the_hlpf_discusses(imported):
    assert imported.meeting.session.focus_sdgs == (1, 2, 3, 8, 10, 12, 13, 16, 17)
    assert imported.meeting.session.focus_sdgs == demo_meeting().session.focus_sdgs


def test_the_programme_follows_the_format_and_fills_the_hour(imported):
    kinds = [item.kind for item in imported.meeting.agenda]
    assert kinds == [AgendaKind.PRESENTATION, AgendaKind.REMARKS, AgendaKind.INTERVENTIONS,
                     AgendaKind.INTERACTIVE_DISCUSSION]
    assert sum(item.planned_minutes for item in imported.meeting.agenda) == 60
    assert imported.meeting.agenda[1].presenter == "Co-Chair of the STI Forum"


def test_background_objectives_and_the_forum_the_outcome_feeds(imported):
    session = imported.meeting.session
    assert session.background.startswith(demo_meeting().session.background)
    assert session.objectives.startswith(demo_meeting().session.objectives)
    assert "How can" not in session.objectives  # the questions are not repeated in the prose
    assert session.outcome_destination.startswith("High-level political forum (HLPF)")
    assert session.outcome_destination.endswith("6\u201315 July 2021")


def test_the_report_lists_what_the_seed_does_not_say(imported):
    assert set(imported.missing) == {"venue", "chair", "rapporteur", "participants"}
    assert any("Not found: venue" in line for line in imported.summary_lines())
