"""The summary as a UN document: document type, masthead, introduction, numbered paragraphs and
A., B. sections per guiding question, the two presets and their sections, each note once and
concise For circulation, nobody named or timed when unattributed."""

import re
import zipfile
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn

from roundtable_desktop.domain.enums import DocumentType, SlotState
from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.report import (
    Attribution,
    Preset,
    ReportOptions,
    Section,
    build_report,
    write_docx,
)
from roundtable_desktop.exchange.report.introduction import generated_introduction
from roundtable_desktop.exchange.report.model import Heading, Paragraph, ParagraphStyle
from roundtable_desktop.exchange.report.options import check_sections, parse_sections, parse_style_names
from tests.large_meeting import CHINESE, LONG, NAMES, large_meeting, typed_characters
from tests.rehearsed_meeting import rehearsed_meeting

CIRCULATION = ReportOptions(preset=Preset.CIRCULATION)


def headings(report, level: int) -> list[str]:
    return [b.text for b in report.blocks if isinstance(b, Heading) and b.level == level]


def numbered(report) -> list[str]:
    return [b.text for b in report.blocks if isinstance(b, Paragraph) and b.style is ParagraphStyle.NUMBERED]


def test_for_circulation_is_introduction_discussion_key_messages_recommendations():
    report = build_report(rehearsed_meeting(), CIRCULATION)
    assert headings(report, 0) == [
        "Summary by the Rapporteur of the high-level roundtable on \u201cThe role "
        "of science, technology, and innovation in a sustainable and resilient "
        "recovery from the COVID-19 pandemic\u201d"
    ]
    assert headings(report, 1) == [
        "I. Introduction",
        "II. Summary of the discussion",
        "III. Key messages",
        "IV. Recommendations and commitments",
    ]
    assert [h[:3] for h in headings(report, 2)] == ["A. ", "B. ", "C. ", "D. "]
    text = report.text
    for internal in ("Speaking time", "Share", "Annex", "Over/under", "15.00", "Interventions"):
        assert internal not in text


def test_the_full_record_has_everything_with_its_annexes():
    report = build_report(rehearsed_meeting(), ReportOptions(preset=Preset.FULL))
    assert [h for h in headings(report, 1) if h.startswith("Annex")] == [
        "Annex I. Programme as held",
        "Annex II. Speakers and speaking time",
        "Annex III. Notes in chronological order",
    ]


def test_sections_are_switched_on_and_off_one_by_one():
    options = ReportOptions(
        preset=Preset.CIRCULATION, sections=frozenset({Section.DISCUSSION, Section.PARTICIPANTS})
    )
    report = build_report(large_meeting(), options)
    assert headings(report, 1) == ["I. Summary of the discussion", "Annex I. Participants"]
    assert parse_sections("introduction, key-messages") == {Section.INTRODUCTION, Section.KEY_MESSAGES}
    with pytest.raises(InputError, match="Unknown section “statistics”"):
        parse_sections("introduction,statistics")


def test_for_circulation_each_note_appears_once_and_the_text_is_concise():
    meeting = large_meeting()
    report = build_report(meeting, CIRCULATION)
    text = report.text
    for note in meeting.notes:
        first_words = " ".join(note.text.split()[:6]).replace("'", "\u2019")
        if note.text in (LONG,):
            assert text.count(note.text[:80]) == 12  # the long note repeats its own sentence
            continue
        assert text.count(note.text.rstrip(".")) <= 1 or note.text in meeting.session.key_messages, (
            first_words
        )
    assert len(text) <= 1.5 * typed_characters(meeting), (len(text), typed_characters(meeting))


def test_key_messages_copied_into_the_rapporteur_s_text_are_not_repeated():
    meeting = large_meeting()
    report = build_report(meeting, ReportOptions(preset=Preset.FULL))
    copied = meeting.session.key_messages.split("\n\n")
    section_text = [b.text for b in _section(report, "III. Key messages")]
    for text in copied:
        assert sum(text in line for line in section_text) == 1


def _section(report, start: str) -> list:
    blocks = report.blocks
    first = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text.startswith(start))
    end = next(
        (
            i
            for i in range(first + 1, len(blocks))
            if isinstance(blocks[i], Heading) and blocks[i].level <= blocks[first].level
        ),
        len(blocks),
    )
    return blocks[first + 1 : end]


@pytest.mark.parametrize("preset", list(Preset))
def test_an_unattributed_summary_names_and_times_nobody(tmp_path, preset):
    meeting = large_meeting()
    path = write_docx(
        meeting,
        tmp_path / "summary.docx",
        options=ReportOptions(attribution=Attribution.UNATTRIBUTED, preset=preset),
    )
    with zipfile.ZipFile(path) as archive:
        xml = " ".join(
            archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")
        )
    text = re.sub(r"<[^>]+>", "", xml)
    for name in (*NAMES, meeting.session.rapporteur_name):
        for part in [name, *name.split()[-1:]]:
            assert part not in text, part
    planned = "15.00\u201316.00\u00a0CEST (13.00\u201314.00\u00a0UTC)"  # the meeting's own hours
    assert not re.search(r"\b1[3-6]\.\d\d\b", text.replace(planned, ""))  # nobody's clock time


def test_an_unattributed_summary_may_list_the_participants_plainly():
    meeting = large_meeting()
    options = ReportOptions(
        attribution=Attribution.UNATTRIBUTED,
        preset=Preset.CIRCULATION,
        sections=Preset.CIRCULATION.sections | {Section.PARTICIPANTS},
    )
    report = build_report(meeting, options)
    assert headings(report, 1)[-1] == "Annex I. Participants"
    assert NAMES[3] in report.text and "15.0" not in report.text
    with pytest.raises(InputError, match="leaves out programme, speaking_time"):
        check_sections({Section.PROGRAMME, Section.SPEAKING_TIME}, Attribution.UNATTRIBUTED)


def test_the_document_type_names_the_summary():
    meeting = rehearsed_meeting()
    meeting.session.document_type = DocumentType.CHAIR_SUMMARY
    assert headings(build_report(meeting, CIRCULATION), 0)[0].startswith("Chair\u2019s summary of the")
    meeting.session.document_type = DocumentType.RAPPORTEUR_REPORT
    report = build_report(meeting)
    assert (
        headings(report, 0) == ["Rapporteur\u2019s report"] and report.subject == "Rapporteur\u2019s report"
    )


def test_the_masthead_goes_into_the_template_s_first_page_header(tmp_path):
    from tests.unit.test_summary_templates import LETTERHEAD

    meeting = rehearsed_meeting()
    session = meeting.session
    session.document_symbol, session.issue_date = "E/CN.16/2021/CRP.1", date(2021, 5, 20)
    path = write_docx(meeting, tmp_path / "with-header.docx", LETTERHEAD)
    first = docx.Document(str(path)).sections[0].first_page_header
    assert [p.text for p in first.paragraphs][-4:] == [
        "E/CN.16/2021/CRP.1",
        "Distr.: General",
        "20\u00a0May 2021",
        "Original: English",
    ]
    plain = docx.Document(str(write_docx(meeting, tmp_path / "plain.docx")))
    assert [p.text for p in plain.paragraphs][:2] == ["E/CN.16/2021/CRP.1", "Distr.: General"]
    session.document_symbol = ""
    assert not build_report(meeting).masthead


def test_the_introduction_is_generated_from_the_facts_and_a_stored_one_replaces_it():
    meeting = rehearsed_meeting()
    text = generated_introduction(meeting)
    assert text.startswith(
        "On 17\u00a0May 2021, the United Nations Commission on Science and Technology for "
        "Development (CSTD) held the high-level roundtable on \u201cThe role of science"
    )
    assert "at its twenty-fourth annual session." in text
    assert "The meeting was chaired by the Chair of the Commission." in text  # an office, not a name
    assert "Seven speakers took the floor: the Commission secretariat (UNCTAD), " in text
    assert "Ms. Amina Diallo (Director, Côte d\u2019Ivoire)." in text
    anonymous = generated_introduction(meeting, ReportOptions(attribution=Attribution.UNATTRIBUTED))
    assert "Seven speakers took the floor." in anonymous and "Diallo" not in anonymous
    meeting.session.introduction = "An introduction the rapporteur wrote.\n\nA second paragraph."
    assert numbered(build_report(meeting, CIRCULATION))[:2] == [
        "An introduction the rapporteur wrote.",
        "A second paragraph.",
    ]


def test_body_paragraphs_carry_word_numbering_from_one_list_style(tmp_path):
    path = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", options=CIRCULATION)
    document = docx.Document(str(path))
    body = [p for p in document.paragraphs if p.style.name == "Numbered Paragraph"]
    assert len(body) == len(numbered(build_report(rehearsed_meeting(), CIRCULATION)))
    ids = {p._p.pPr.numPr.numId.val for p in body}
    assert len(ids) == 1  # one sequence through the document: headings do not restart it
    numbering = document.part.numbering_part.element
    [abstract] = numbering.xpath(f"w:num[@w:numId='{ids.pop()}']/w:abstractNumId/@w:val")
    definition = numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract}']")[0]
    link = definition.find(qn("w:styleLink")).get(qn("w:val"))
    list_style = document.styles.element.xpath(f"w:style[@w:styleId='{link}']")[0]
    assert list_style.get(qn("w:type")) == "numbering"
    assert [e.get(qn("w:val")) for e in definition.iter(qn("w:lvlText"))] == ["%1."]


def test_speakers_labels_and_table_headers_are_named_styles_not_direct_formatting(tmp_path):
    path = write_docx(rehearsed_meeting(), tmp_path / "summary.docx")
    document = docx.Document(str(path))
    body = document.element.body
    assert not body.xpath(".//w:r/w:rPr/w:b") and not body.xpath(".//w:r/w:rPr/w:i")
    run_styles = {
        document.styles.element.xpath(f"w:style[@w:styleId='{v}']/w:name/@w:val")[0]
        for v in body.xpath(".//w:rStyle/@w:val")
    }
    assert {"Speaker", "Label", "Note Kind", "SDG Reference"} <= run_styles
    paragraph_styles = {p.style.name for p in document.paragraphs}
    assert {"Speaker Line", "Meeting Detail", "Numbered Paragraph", "Explanation"} <= paragraph_styles


def test_a_meeting_not_held_and_a_withdrawn_request_read_right():
    meeting = rehearsed_meeting()
    for item in meeting.agenda:
        item.actual_start = item.actual_end = None
    meeting.slots[-1].state = SlotState.WITHDRAWN
    report = build_report(meeting)
    programme = next(b for b in _section(report, "Annex I.") if hasattr(b, "rows"))
    assert programme.rows[-1] == ("Total", "60:00", "", "", "not held", "")
    speaking = " ".join(b.text for b in _section(report, "Annex II.") if isinstance(b, Paragraph))
    assert "1 request to speak was withdrawn." in speaking and "not reached" not in speaking


def test_chinese_and_a_very_long_note_are_kept_whole():
    report = build_report(large_meeting(), CIRCULATION)
    assert CHINESE in report.text
    assert LONG.split(".")[0] in report.text


def test_a_style_mapping_reads_our_style_equals_theirs():
    assert parse_style_names("Numbered Paragraph=SingleTxtG; Heading 1 = HChG") == {
        "Numbered Paragraph": "SingleTxtG",
        "Heading 1": "HChG",
    }
    with pytest.raises(InputError, match="OUR STYLE=TEMPLATE STYLE"):
        parse_style_names("SingleTxtG")
