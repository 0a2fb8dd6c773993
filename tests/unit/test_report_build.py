"""The rapporteur's summary as a report model: every section of the issue, for the demo meeting
after a rehearsal, and for a meeting where nothing happened yet."""

from datetime import UTC, datetime, timedelta

import pytest

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.exchange.demo import DEMO_QUESTIONS, demo_meeting
from roundtable_desktop.exchange.report import Attribution, ReportOptions, build_report
from roundtable_desktop.exchange.report.model import Heading, Paragraph, ParagraphStyle, Table
from tests.rehearsed_meeting import (
    ARABIC_NOTE,
    FLOOR_NAME,
    KEY_MESSAGES,
    MEETING_START,
    NOTES,
    SYNTHESES,
    rehearsed_meeting,
)

NOW = MEETING_START + timedelta(hours=2)


def report_of(meeting, attribution=Attribution.NAMED):
    return build_report(meeting, ReportOptions(attribution=attribution, now=NOW))


def section(report, heading_start: str) -> list:
    """The blocks from the heading starting with ``heading_start`` to the next heading of the
    same or a higher level."""
    blocks = report.blocks
    start = next(i for i, b in enumerate(blocks)
                 if isinstance(b, Heading) and b.text.startswith(heading_start))
    level = blocks[start].level
    end = next((i for i in range(start + 1, len(blocks))
                if isinstance(blocks[i], Heading) and blocks[i].level <= level), len(blocks))
    return blocks[start + 1:end]


def texts(blocks) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Paragraph | Heading)]


def tables(blocks) -> list[Table]:
    return [b for b in blocks if isinstance(b, Table)]


@pytest.fixture(scope="module")
def report():
    return report_of(rehearsed_meeting())


def test_the_title_block_names_the_meeting_its_time_and_its_people(report):
    first = texts(report.blocks[:12])
    assert "Summary by the Rapporteur" in first
    assert any(t.startswith("High-level Roundtable on") for t in first)
    assert "Date: Monday, 17\u00a0May 2021" in first
    assert "Time: 15.00\u201316.00\u00a0CEST (13.00\u201314.00\u00a0UTC)" in first
    assert "Chair: Chair of the Commission" in first
    assert "Rapporteur: Mr. Jonas Berg" in first
    assert report.author == "Mr. Jonas Berg"
    assert report.title.startswith("Summary by the Rapporteur: High-level Roundtable")


def test_sections_come_in_the_order_of_a_un_summary(report):
    top = [b.text for b in report.blocks if isinstance(b, Heading) and b.level == 1]
    assert top == ["I. Introduction", "II. Summary of the discussion", "III. Key messages",
                   "IV. Recommendations and commitments",
                   "V. Contribution to the Sustainable Development Goals",
                   "Annex I. Programme as held", "Annex II. Speakers and speaking time",
                   "Annex III. Notes in chronological order"]
    annexes = [b for b in report.blocks if isinstance(b, Heading) and b.text.startswith("Annex")]
    assert all(b.new_page for b in annexes)


def test_key_messages_hold_the_rapporteurs_text_then_the_marked_notes(report):
    lines = texts(section(report, "III. Key messages"))
    marked = [text for _s, _q, _k, text, _sdgs, key in NOTES if key]
    assert lines[0] == KEY_MESSAGES
    assert [line.split(" (")[0] for line in lines[1:]] == marked


def test_each_guiding_question_has_its_synthesis_and_points_by_speaker(report):
    for question, synthesis in zip(DEMO_QUESTIONS, SYNTHESES, strict=True):
        blocks = section(report, f"Q{DEMO_QUESTIONS.index(question) + 1}. {question}")
        lines = texts(blocks)
        assert lines[0] == (synthesis or "The rapporteur has not written a synthesis for this question.")
    q2 = section(report, "Q2.")
    speakers = [b.text for b in q2 if isinstance(b, Paragraph) and b.style is ParagraphStyle.SPEAKER]
    assert speakers == ["Discussant 2, High-level discussant", f"{FLOOR_NAME}, Director, Côte d\u2019Ivoire"]
    bullets = [b.text for b in q2 if isinstance(b, Paragraph) and b.style is ParagraphStyle.BULLET]
    assert bullets[1] == "Commitment: My government will connect every school by 2025. (SDG\u00a04,\u00a09)"


def test_points_not_tied_to_a_question_are_not_lost(report):
    lines = texts(section(report, "Other points raised"))
    assert "Data point: Frontier technologies are a USD\u00a0350 billion market. (SDG\u00a09)" in lines


def test_recommendations_and_commitments_are_a_table(report):
    [table] = tables(section(report, "IV."))
    assert table.header == ("Speaker", "Kind", "Recommendation or commitment", "SDGs")
    assert table.rows == [
        ("Discussant 1", "Recommendation", "Create joint research centres with universities in the South.",
         "9,\u00a017"),
        ("Discussant 2", "Commitment", "My government will connect every school by 2025.", "4,\u00a09"),
    ]


def test_sdgs_come_focus_first_and_an_empty_focus_sdg_says_so(report):
    blocks = section(report, "V.")
    headings = [b.text for b in blocks if isinstance(b, Heading)]
    assert headings[:2] == ["SDG 1: No poverty", "SDG 3: Good health and well-being"]
    assert headings[-2:] == ["SDG 4: Quality education", "SDG 9: Industry, innovation and infrastructure"]
    # the focus goals nobody spoke to: one line, not a heading each
    assert texts(blocks)[-1] == ("No point was tagged with SDG\u00a02, SDG\u00a08, SDG\u00a012, "
                                 "SDG\u00a013 or SDG\u00a016.")
    sdg17 = texts(section(report, "SDG 17:"))
    assert f"Key point: {ARABIC_NOTE} (H.E. Mr. Karim Haddad)" in sdg17


def test_the_programme_as_held_compares_planned_and_actual(report):
    [table] = tables(section(report, "Annex I."))
    assert table.rows[0][0] == "Presentation of the Technology and Innovation Report 2021"
    assert table.rows[0][1:] == ("10:00", "15.00", "15.09", "9:05", "\u22120:55")
    assert table.rows[4][4] == "not held"
    assert table.rows[-1][:2] == ("Total", "60:00")


def test_speaking_time_has_totals_and_shares_by_role_gender_and_region(report):
    blocks = section(report, "Annex II.")
    per_slot, by_role, by_gender, by_region, by_request, balance = tables(blocks)
    assert len(per_slot.rows) == 7 + 1
    assert per_slot.rows[2][4:] == ("5:00", "7:00", "7:30", "0:30 past the limit")
    assert by_request.rows[0][:2] == ("Intervention", "7")
    assert per_slot.rows[-1][6] == "45:50"
    assert by_gender.rows == [("Woman", "3", "16:00", "35\u00a0%"), ("Man", "4", "29:50", "65\u00a0%"),
                              ("Total", "7", "45:50", "100\u00a0%")]
    assert by_role.rows[2] == ("Discussant", "4", "28:20", "62\u00a0%")
    assert [row[0] for row in by_region.rows][:2] == ["African States", "Asia-Pacific States"]
    # the annex ends with the balance of the floor: share of time beside share of interventions
    assert balance.rows[:2] == [("Woman", "35\u00a0%", "43\u00a0%"), ("Man", "65\u00a0%", "57\u00a0%")]
    assert [row[0] for row in balance.rows[2:4]] == ["African States", "Asia-Pacific States"]


def test_every_note_is_listed_in_time_order_with_its_meeting_time(report):
    [table] = tables(section(report, "Annex III."))
    assert len(table.rows) == len(NOTES)
    assert table.rows[0][:3] == ("15.00", "Commission secretariat", "Data point")
    assert table.rows[2][2] == "Recommendation, key message"
    times = [row[0] for row in table.rows]
    assert times == sorted(times)


def test_a_meeting_with_nothing_yet_says_so_in_each_section():
    report = report_of(demo_meeting())
    for heading, line in [
        ("III. Key messages", "No key messages were recorded."),
        ("IV.", "No recommendations or commitments were recorded."),
        ("Annex II.", "Nobody has spoken yet: the speaker list was not used."),
        ("Annex III.", "The rapporteur took no notes."),
    ]:
        blocks = section(report, heading)
        assert texts(blocks) == [line]
        assert blocks[0].style is ParagraphStyle.EMPTY
    q1 = texts(section(report, "Q1."))
    assert "No points were recorded under this question." in q1


def test_by_role_attribution_names_nobody_in_the_body():
    report = report_of(rehearsed_meeting(), Attribution.BY_ROLE)
    body = " ".join(texts(section(report, "II.")) + texts(section(report, "V.")))
    assert "Karim Haddad" not in body and FLOOR_NAME not in body
    assert "A Minister of Digital Economy from the Asia-Pacific States" in body
    assert "A Director from the African States" in body


def test_unattributed_points_are_grouped_by_kind_without_speakers():
    report = report_of(rehearsed_meeting(), Attribution.UNATTRIBUTED)
    q2 = section(report, "Q2.")
    assert not [b for b in q2 if isinstance(b, Paragraph) and b.style is ParagraphStyle.SPEAKER]
    assert [b.text.split(":")[0] for b in q2 if isinstance(b, Paragraph)
            and b.style is ParagraphStyle.BULLET] == ["Commitment", "Challenge", "Quote"]
    [table] = tables(section(report, "IV."))
    assert table.header[0] == "Kind"
    assert "Discussant" not in " ".join(texts(section(report, "III. Key")))


def test_a_speaker_still_speaking_counts_up_to_the_export():
    meeting = rehearsed_meeting()
    slot = meeting.slots[-1]
    slot.state, slot.spoken_seconds = SlotState.SPEAKING, 60.0
    slot.last_started_at = datetime(2021, 5, 17, 14, 0, tzinfo=UTC)
    report = build_report(meeting, ReportOptions(now=slot.last_started_at + timedelta(seconds=30)))
    per_slot = tables(section(report, "Annex II."))[0]
    assert per_slot.rows[6][6] == "1:30"


def test_text_that_xml_cannot_carry_is_replaced_in_the_report():
    meeting = rehearsed_meeting()
    meeting.notes[0].text = "Bell\x07 escape\x1b surrogate\ud83d end"
    meeting.session.title = "Title\x00 with a NUL"
    report = report_of(meeting)
    assert report.title == "Summary by the Rapporteur: Title\ufffd with a NUL"
    [table] = tables(section(report, "Annex III."))
    assert table.rows[0][3] == "Bell\ufffd escape\ufffd surrogate\ufffd end"


def test_a_note_whose_speaker_is_not_sure_names_no_speaker_in_the_summary():
    """A guessed speaker (the note was written while the link to the chair's laptop was lost)
    is never printed as found: the note is in the summary, under no speaker's name."""
    meeting = rehearsed_meeting()
    [guessed] = [n for n in meeting.notes if "connect every school" in n.text]
    guessed.speaker_unsure = True
    report = report_of(meeting)
    q2 = section(report, "Q2.")
    lines = texts(q2)
    under = lines.index("Not attributed to a speaker")
    point = next(i for i, text in enumerate(lines) if "connect every school" in text)
    assert under < point
    assert not any(lines[i].startswith(FLOOR_NAME) for i in range(under, point))
    [table] = tables(section(report, "Annex III."))
    [row] = [r for r in table.rows if any("connect every school" in cell for cell in r)]
    assert FLOOR_NAME not in row[1]
