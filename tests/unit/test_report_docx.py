"""The Word summary read back with python-docx and, independently, docx2python."""

import io
import zipfile
from datetime import UTC, datetime

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm
from docx2python import docx2python
from hypothesis import given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.text import clean_text
from roundtable_desktop.exchange.demo import DEMO_QUESTIONS
from roundtable_desktop.exchange.report import build_report, render_docx, write_docx
from roundtable_desktop.exchange.report.typography import typeset
from tests.rehearsed_meeting import ARABIC_NOTE, FLOOR_NAME, KEY_MESSAGES, NOTES, SYNTHESES, rehearsed_meeting


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> tuple:
    """The summary of the rehearsed meeting, with the wall times just before and after writing."""
    path = tmp_path_factory.mktemp("export") / "summary.docx"
    before = datetime.now(UTC)
    write_docx(rehearsed_meeting(), path)
    return path, before, datetime.now(UTC)


@pytest.fixture(scope="module")
def exported(written):
    return written[0]


def styled(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_the_summary_uses_real_word_styles(exported):
    document = docx.Document(str(exported))
    assert styled(document, "Title") == ["Summary by the Rapporteur"]
    assert styled(document, "Heading 1")[:5] == [
        "I. Introduction", "II. Summary of the discussion", "III. Key messages",
        "IV. Recommendations and commitments", "V. Contribution to the Sustainable Development Goals"]
    assert [f"Q{n}. {q}" for n, q in enumerate(DEMO_QUESTIONS, 1)] == styled(document, "Heading 2")[:3]
    assert "Points raised" in styled(document, "Heading 3")
    assert "Create joint research centres with universities in the South. (Discussant 1)" in styled(
        document, "List Bullet")
    assert {table.style.name for table in document.tables} == {"Table Grid"}
    cell_styles = {p.style.name for t in document.tables for row in t.rows for c in row.cells
                   for p in c.paragraphs}
    assert cell_styles == {"Table Heading", "Table Text", "Table Total"}  # restyled by styles


def test_document_properties_name_the_summary_and_the_rapporteur(written):
    exported, before, after = written
    properties = docx.Document(str(exported)).core_properties
    assert properties.title.startswith("Summary by the Rapporteur: High-level Roundtable")
    assert properties.language == "en-GB"
    assert properties.author == "Mr. Jonas Berg"
    created = properties.created.replace(tzinfo=properties.created.tzinfo or UTC)
    assert before.replace(microsecond=0) <= created <= after  # stamped when written, to the second
    assert properties.modified == properties.created


def test_an_independent_reader_finds_every_section(exported):
    with docx2python(exported) as content:
        text = content.text
    for expected in (KEY_MESSAGES, *DEMO_QUESTIONS, *filter(None, SYNTHESES), FLOOR_NAME,
                     "The rapporteur has not written a synthesis for this question.",
                     "SDG 17: Partnerships for the goals", "No point was tagged with SDG",
                     "Annex I. Programme as held", "Shares of speaking time", "45:50",
                     "Annex III. Notes in chronological order", *(typeset(note[3]) for note in NOTES)):
        assert expected in text, expected


def test_tables_hold_the_recommendations_and_the_speaking_time(exported):
    document = docx.Document(str(exported))
    recommendations = document.tables[0]
    assert [c.text for c in recommendations.rows[0].cells] == [
        "Speaker", "Kind", "Recommendation or commitment", "SDGs"]
    assert [c.text for c in recommendations.rows[2].cells][:2] == ["Discussant 2", "Commitment"]
    speaking = document.tables[2]
    assert [c.text for c in speaking.rows[-1].cells][6] == "45:50"
    header = speaking.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None  # repeats on each page


def test_arabic_paragraphs_are_right_to_left(exported):
    document = docx.Document(str(exported))
    paragraphs = [p for p in document.paragraphs if ARABIC_NOTE in p.text]
    cells = [p for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs
             if p.text == ARABIC_NOTE]
    assert paragraphs and cells
    for paragraph in paragraphs + cells:
        assert paragraph._p.pPr.find(qn("w:bidi")) is not None
        arabic = [r for r in paragraph.runs if ARABIC_NOTE in r.text]
        assert arabic[0]._r.rPr.find(qn("w:rtl")) is not None
        for run in paragraph.runs:  # only the Arabic is marked right-to-left
            latin = any("a" <= c.lower() <= "z" for c in run.text)
            assert (run._r.rPr is not None and run._r.rPr.find(qn("w:rtl")) is not None) != latin or \
                not run.text.strip()
    english = next(p for p in document.paragraphs if p.text.startswith("Participants agreed"))
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None


def test_a_note_full_of_control_characters_and_lone_surrogates_exports_cleanly(tmp_path):
    meeting = rehearsed_meeting()
    nasty = "".join(chr(c) for c in range(32)) + "\ud800\udfff\ufffe\uffff" + " end of note"
    meeting.notes[0].text = nasty
    meeting.session.rapporteur_name = "Rap\x0bporteur"
    path = write_docx(meeting, tmp_path / "nasty.docx")
    document = docx.Document(str(path))
    cell = next(c.text for t in document.tables for row in t.rows for c in row.cells
                if "end of note" in c.text)
    assert cell.endswith("\ufffd end of note")
    assert "\x00" not in cell and "\ud800" not in cell
    assert document.core_properties.author == "Rap\ufffdporteur"


def _template(path, body_text="Template body to be replaced"):
    document = docx.Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21)
    section.left_margin = Cm(4)
    section.header.paragraphs[0].text = "SECRETARIAT LETTERHEAD"
    section.footer.paragraphs[0].text = "Distr.: General"
    document.styles["Normal"].font.name = "Arial"
    document.add_paragraph(body_text)
    document.save(str(path))
    return path


def test_a_template_gives_its_styles_page_set_up_header_and_footer(tmp_path):
    template = _template(tmp_path / "org.docx")
    path = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", template=template)
    document = docx.Document(str(path))
    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE and round(section.left_margin.cm, 2) == 4
    assert section.header.paragraphs[0].text == "SECRETARIAT LETTERHEAD"
    assert section.footer.paragraphs[0].text == "Distr.: General"
    assert document.styles["Normal"].font.name == "Arial"
    texts = [p.text for p in document.paragraphs]
    assert "Template body to be replaced" not in texts
    assert texts.count("Summary by the Rapporteur") == 1


def test_a_dotx_template_and_one_missing_report_styles_both_work(tmp_path):
    template = _template(tmp_path / "org.docx")
    dotx = tmp_path / "org.dotx"
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(dotx, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            if item.filename == "word/numbering.xml":  # its lists are all numbered, none bulleted
                data = data.replace(b'w:numFmt w:val="bullet"', b'w:numFmt w:val="decimal"')
            if item.filename == "word/styles.xml":  # a sparse template without List Bullet
                data = data.replace(b'w:styleId="ListBullet"', b'w:styleId="Gone"').replace(
                    b'w:val="List Bullet"', b'w:val="Gone"')
            target.writestr(item, data)
    path = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", template=dotx)
    document = docx.Document(str(path))
    assert styled(document, "List Bullet")
    assert document.sections[0].header.paragraphs[0].text == "SECRETARIAT LETTERHEAD"
    num_id = document.styles["List Bullet"].element.xpath(".//w:numId/@w:val")[0]
    numbering = document.part.numbering_part.element
    [abstract_id] = numbering.xpath(f"w:num[@w:numId='{num_id}']/w:abstractNumId/@w:val")
    formats = numbering.xpath(f"w:abstractNum[@w:abstractNumId='{abstract_id}']//w:numFmt/@w:val")
    assert formats == ["bullet"]  # its own bullet list, not whatever list 1 is in the template


def test_a_template_that_is_not_word_is_refused_clearly(tmp_path):
    fake = tmp_path / "notes.docx"
    fake.write_text("not a word file")
    with pytest.raises(InputError, match="not a Word document"):
        write_docx(rehearsed_meeting(), tmp_path / "summary.docx", template=fake)
    with pytest.raises(InputError, match="was not found"):
        write_docx(rehearsed_meeting(), tmp_path / "summary.docx", template=tmp_path / "missing.docx")
    assert not (tmp_path / "summary.docx").exists()


def test_without_a_template_the_page_is_a4_with_page_numbers(exported):
    document = docx.Document(str(exported))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21, 29.7)
    assert section.footer._element.xpath(".//w:fldSimple[@w:instr='PAGE']")


def test_english_inside_an_arabic_line_stays_left_to_right(exported):
    document = docx.Document(str(exported))
    paragraph = next(p for p in document.paragraphs
                     if ARABIC_NOTE in p.text and p.style.name == "List Bullet")
    label = paragraph.runs[0]
    assert label.text.replace("\u200e", "").strip() == "Key point:"
    assert label._r.rPr.find(qn("w:rtl")) is None


@settings(max_examples=15, deadline=None)
@given(text=st.text(min_size=1, max_size=60), name=st.text(max_size=20))
def test_any_text_a_rapporteur_types_gives_a_word_file_that_opens(text, name):
    meeting = rehearsed_meeting()
    meeting.notes[2].text = text
    meeting.participants[2].name = name
    stream = io.BytesIO()
    render_docx(build_report(meeting)).save(stream)
    stream.seek(0)
    cells = {c.text for t in docx.Document(stream).tables for row in t.rows for c in row.cells}
    assert typeset(clean_text(text).strip()) in cells or not clean_text(text).strip()
