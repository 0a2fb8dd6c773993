"""How the summary words and sets things: speakers by role with the right article and capitals,
UN typography, right-to-left text beside English, tables that fit their content."""

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm

from roundtable_desktop.domain.enums import Region, Role
from roundtable_desktop.domain.model import Participant
from roundtable_desktop.exchange.report import Attribution, ReportOptions, build_report, write_docx
from roundtable_desktop.exchange.report.attribution import by_role, speaker_heading
from roundtable_desktop.exchange.report.docx_runs import add_runs, segments
from roundtable_desktop.exchange.report.docx_tables import column_widths
from roundtable_desktop.exchange.report.model import Paragraph, ParagraphStyle, Run, Table
from roundtable_desktop.exchange.report.typography import typeset
from tests.large_meeting import large_meeting
from tests.rehearsed_meeting import ARABIC_NOTE, rehearsed_meeting


def person(function: str = "", role: Role = Role.OTHER, region: Region = Region.UNSPECIFIED) -> Participant:
    return Participant(session_id="s", name="Someone", function=function, role=role, region=region)


@pytest.mark.parametrize(
    ("function", "role", "region", "expected"),
    [
        (
            "Deputy Minister of Science",
            Role.DISCUSSANT,
            Region.AFRICAN,
            "A Deputy Minister of Science from the African States",
        ),
        (
            "Vice-Minister for Digital Affairs",
            Role.DISCUSSANT,
            Region.UNSPECIFIED,
            "A Vice-Minister for Digital Affairs",
        ),
        (
            "Co-Chair of the STI Forum",
            Role.CO_CHAIR,
            Region.LATIN_AMERICAN_CARIBBEAN,
            "The Co-Chair of the STI Forum",
        ),
        (
            "Head of Delegation",
            Role.MEMBER_STATE,
            Region.EASTERN_EUROPEAN,
            "A Head of Delegation from the Eastern European States",
        ),
        ("", Role.SECRETARIAT, Region.WESTERN_EUROPEAN_OTHERS, "A representative of the secretariat"),
        ("Ambassador", Role.MEMBER_STATE, Region.AFRICAN, "An Ambassador from the African States"),
        ("UN Resident Coordinator", Role.OTHER, Region.UNSPECIFIED, "A UN Resident Coordinator"),
        ("Director-General", Role.MEMBER_STATE, Region.ASIA_PACIFIC, "The Director-General"),
        ("", Role.MEMBER_STATE, Region.AFRICAN, "A delegate from the African States"),
        ("", Role.CHAIR, Region.AFRICAN, "The Chair"),
    ],
)
def test_by_role_has_the_right_article_and_keeps_the_capitals_typed(function, role, region, expected):
    assert by_role(person(function, role, region)) == expected


def test_the_speaker_s_bold_covers_the_whole_role_phrase():
    phrase, rest = speaker_heading(
        person("Deputy Minister of Science", Role.DISCUSSANT, Region.AFRICAN), Attribution.BY_ROLE
    )
    assert (phrase, rest) == ("A Deputy Minister of Science from the African States", "")
    report = build_report(large_meeting(), ReportOptions(attribution=Attribution.BY_ROLE))
    speakers = [b for b in report.blocks if isinstance(b, Paragraph) and b.style is ParagraphStyle.SPEAKER]
    assert speakers and all(b.runs[0].text == b.text for b in speakers)


@pytest.mark.parametrize(
    ("typed", "set_"),
    [
        ('the world\'s "digital divide"', "the world\u2019s \u201cdigital divide\u201d"),
        ("'The role of STI'", "\u2018The role of STI\u2019"),
        ("from 2015-2020 and 15.00-16.00", "from 2015\u20132020 and 15.00\u201316.00"),
        ("40 % of 15.00 CEST", "40\u00a0% of 15.00\u00a0CEST"),
        ("on 17 May, SDG 4 and USD 350", "on 17\u00a0May, SDG\u00a04 and USD\u00a0350"),
        ("COVID-19 and Côte d'Ivoire", "COVID-19 and Côte d\u2019Ivoire"),
    ],
)
def test_typed_text_gets_un_typography(typed, set_):
    assert typeset(typed) == set_


def test_arabic_and_english_are_cut_into_runs_of_their_own_direction():
    assert list(segments("Key point: دعا الوزير.")) == [("Key point: ", False), ("دعا الوزير.", True)]
    assert list(segments("كريم الحداد, Ambassador, Egypt")) == [
        ("كريم الحداد", True),
        (", Ambassador, Egypt", False),
    ]


def _runs_of(paragraph):
    return [(r.text, r._r.rPr is not None and r._r.rPr.find(qn("w:rtl")) is not None) for r in paragraph.runs]


def test_right_to_left_lines_keep_their_spaces_and_english_stays_left_to_right(tmp_path):
    document = docx.Document(str(write_docx(rehearsed_meeting(), tmp_path / "summary.docx")))
    line = next(p for p in document.paragraphs if ARABIC_NOTE in p.text and p.style.name == "List Bullet")
    runs = _runs_of(line)
    assert runs[0] == ("\u200eKey\u200e \u200epoint:\u200e", False)
    assert runs[1] == (" ", False)  # the space after the label stays between label and Arabic
    assert [rtl for text, rtl in runs if ARABIC_NOTE[:10] in text] == [True]
    assert any("(SDG\u00a017)" in text for text, _ in runs)  # never split over two lines


def test_an_arabic_name_beside_an_english_function_marks_only_the_arabic(tmp_path):
    document = docx.Document(str(write_docx(large_meeting(), tmp_path / "summary.docx")))
    cell = next(
        c.paragraphs[0]
        for t in document.tables
        for row in t.rows
        for c in row.cells
        if c.text.startswith("كريم الحداد") and "Ambassador" in c.text
    )
    runs = _runs_of(cell)
    assert runs[0] == ("كريم الحداد", True)
    assert all(not rtl for text, rtl in runs[1:] if "Ambassador" in text)
    assert cell._p.pPr.find(qn("w:bidi")) is None  # mostly English: the cell reads left to right


def test_columns_hold_their_longest_word_at_any_text_width():
    table = Table(
        ("No.", "Speaker", "Kind", "Recommendation or commitment", "SDGs"),
        [("1", "H.E. Ms. Ingrid Solberg", "Recommendation", "A text " * 30, "4, 9")],
        (0.5, 2.0, 1.9, 4.7, 0.8),
    )
    for width_cm, size in ((16, 19), (11, 20), (24.7, 24)):
        widths = column_widths(table, int(Cm(width_cm)), size)
        assert sum(widths) == int(Cm(width_cm))
        em = size * 6350
        assert widths[2] >= len("Recommendation") * 0.55 * em  # "Recommendatio|n" never again
        assert widths[0] >= len("No.") * 0.62 * em
        assert widths[3] == max(widths)  # the text gets the room


def test_rows_never_split_headers_repeat_and_annexes_start_a_page(tmp_path):
    document = docx.Document(str(write_docx(rehearsed_meeting(), tmp_path / "summary.docx")))
    for table in document.tables:
        rows = table._tbl.tr_lst
        assert all(row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None for row in rows)
        header = rows[0].trPr.find(qn("w:tblHeader"))
        assert header is not None and header.get(qn("w:val")) is None  # on, in the schema's own terms
    annexes = [p for p in document.paragraphs if p.text.startswith("Annex")]
    assert annexes and all(p.paragraph_format.page_break_before for p in annexes)


def test_an_arabic_summary_reads_right_to_left_though_the_meeting_is_in_english(tmp_path):
    """The meeting's title and the body are English, the summary Arabic: the title, the headings
    and the numbered paragraphs are right to left (their numbers on the right), the separator after
    the Arabic heading stays with it, and the masthead keeps its own direction."""
    report = build_report(rehearsed_meeting(), ReportOptions(language="ar"))
    document = docx.Document(str(write_docx(rehearsed_meeting(), tmp_path / "summary.docx",
                                            options=ReportOptions(language="ar"))))

    def bidi(paragraph) -> bool:
        return paragraph._p.pPr is not None and paragraph._p.pPr.find(qn("w:bidi")) is not None

    titles = [p for p in document.paragraphs if p.style.name in ("Title", "Subtitle")]
    assert titles and all(bidi(p) for p in titles)
    numbered = [p for p in document.paragraphs if p.style.name == "Numbered Paragraph"]
    assert numbered and all(bidi(p) for p in numbered)
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings and all(bidi(p) for p in headings)
    assert document.tables and all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)
    masthead = [line.text for line in report.masthead]
    assert all(not bidi(p) for p in document.paragraphs if p.text in masthead and p.text)


def test_the_separator_after_arabic_stays_with_it_in_a_right_to_left_line():
    paragraph = docx.Document().add_paragraph()
    add_runs(paragraph._p, (Run("موجز المقرر: High-level Roundtable"),), {}, right_to_left=True)
    assert _runs_of(paragraph)[:2] == [("موجز المقرر", True), (": ", False)]
    assert _runs_of(paragraph)[2] == ("\u200eHigh-level\u200e \u200eRoundtable\u200e", False)
