"""The Word summary in any template a secretariat has: made by LibreOffice (converted from an
.odt), by python-docx without any list, by Word; a style the template lacks is added in the
template's own look; a file that is not a template is refused in one line."""

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.ns import qn
from docx2python import docx2python

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.report import Attribution, Preset, ReportOptions, write_docx
from tests.rehearsed_meeting import rehearsed_meeting

TEMPLATES = Path(__file__).resolve().parents[1] / "fixtures" / "templates"
LETTERHEAD = (
    TEMPLATES / "letterhead-libreoffice.docx"
)  # LibreOffice: letterhead-libreoffice.odt saved as Word
PLAIN_LIBREOFFICE = TEMPLATES / "plain-libreoffice.docx"


def without_lists(path: Path) -> Path:
    """A python-docx document with no numbering part at all (a letterhead without lists)."""
    document = docx.Document()
    part = document.part
    for key, relationship in list(part.rels.items()):
        if relationship.reltype == RELATIONSHIP_TYPE.NUMBERING:
            del part.rels[key]
    document.sections[0].header.paragraphs[0].text = "LETTERHEAD WITHOUT LISTS"
    document.save(str(path))
    with zipfile.ZipFile(path) as saved:
        assert "word/numbering.xml" not in saved.namelist()
    return path


def style_of(document, style_id: str):
    return document.styles.element.xpath(f'w:style[@w:styleId="{style_id}"]')[0]


@pytest.fixture(scope="module")
def no_lists(tmp_path_factory) -> Path:
    return without_lists(tmp_path_factory.mktemp("templates") / "no-lists.docx")


@pytest.mark.parametrize("preset", list(Preset))
@pytest.mark.parametrize("attribution", list(Attribution))
@pytest.mark.parametrize("template", ["libreoffice", "plain-libreoffice", "no-lists", None])
def test_every_preset_and_mode_exports_into_every_kind_of_template(
    tmp_path, no_lists, template, preset, attribution
):
    path = {
        "libreoffice": LETTERHEAD,
        "plain-libreoffice": PLAIN_LIBREOFFICE,
        "no-lists": no_lists,
        None: None,
    }[template]
    target = write_docx(
        rehearsed_meeting(),
        tmp_path / "summary.docx",
        path,
        options=ReportOptions(attribution=attribution, preset=preset),
    )
    with docx2python(target) as content:  # a second reader
        text = content.text
    assert "Summary by the Rapporteur" in text
    assert "Participants agreed that partnerships must build lasting productive capabilities." in text
    document = docx.Document(str(target))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert numbered, "the body's paragraphs carry Word numbering"


def test_a_libreoffice_template_keeps_its_headings_letterhead_and_first_page_header(tmp_path):
    target = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", LETTERHEAD)
    document = docx.Document(str(target))
    section = document.sections[0]
    assert section.header.paragraphs[0].text == "SECRETARIAT LETTERHEAD"
    heading = next(p for p in document.paragraphs if p.text == "I. Introduction")
    assert heading._p.pPr.pStyle.val == "Heading1"  # LibreOffice's own "Heading 1", found by its name
    assert "Body to be replaced." not in [p.text for p in document.paragraphs]


def test_styles_a_template_lacks_are_added_in_its_own_look(tmp_path, no_lists):
    target = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", PLAIN_LIBREOFFICE)
    document = docx.Document(str(target))
    title = next(p for p in document.paragraphs if p.text == "Summary by the Rapporteur")
    added = style_of(document, title._p.pPr.pStyle.val)
    assert added.find(qn("w:basedOn")).get(qn("w:val")) == "Normal"  # the template's fonts carry through
    assert added.find(f"{qn('w:rPr')}/{qn('w:rFonts')}") is None  # no font of its own
    assert {c.get(qn("w:val")) for c in added.iter(qn("w:color"))} <= {"000000"}  # not python-docx's blue
    normal_size = int(style_of(document, "Normal").find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val")))
    assert int(added.find(f"{qn('w:rPr')}/{qn('w:sz')}").get(qn("w:val"))) > normal_size


def test_a_template_without_lists_gets_numbering_of_its_own(tmp_path, no_lists):
    target = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", no_lists)
    document = docx.Document(str(target))
    assert document.sections[0].header.paragraphs[0].text == "LETTERHEAD WITHOUT LISTS"
    numbering = document.part.numbering_part.element
    formats = {e.get(qn("w:val")) for e in numbering.iter(qn("w:numFmt"))}
    assert formats == {"decimal", "bullet"}
    bullets = document.styles["List Bullet"].element.xpath(".//w:numId/@w:val")
    assert numbering.xpath(f"w:num[@w:numId='{bullets[0]}']")  # a list that exists


def test_the_template_s_own_style_names_can_stand_in_for_ours(tmp_path):
    options = ReportOptions(style_names={"Numbered Paragraph": "SingleTxtG", "Heading 1": "HChG"})
    target = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", LETTERHEAD, options=options)
    document = docx.Document(str(target))
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert {p.style.name for p in numbered} == {"SingleTxtG"}
    assert next(p for p in document.paragraphs if p.text == "I. Introduction").style.name == "HChG"


def test_a_mapping_to_a_style_the_template_lacks_is_refused_in_one_line(tmp_path):
    options = ReportOptions(style_names={"Numbered Paragraph": "NoSuchStyle"})
    with pytest.raises(InputError, match="no paragraph style named “NoSuchStyle”") as refused:
        write_docx(rehearsed_meeting(), tmp_path / "summary.docx", LETTERHEAD, options=options)
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "summary.docx").exists()


@pytest.mark.parametrize("content", [b"not a word file", b"PK\x03\x04 a broken zip", b""])
def test_a_file_that_is_not_a_template_is_one_clear_line(tmp_path, content):
    fake = tmp_path / "letterhead.docx"
    fake.write_bytes(content)
    with pytest.raises(InputError) as refused:
        write_docx(rehearsed_meeting(), tmp_path / "summary.docx", fake)
    assert "letterhead.docx" in str(refused.value) and "\n" not in str(refused.value)
    assert not (tmp_path / "summary.docx").exists()


def test_a_zip_that_is_not_word_is_refused(tmp_path):
    fake = tmp_path / "letterhead.dotx"
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    fake.write_bytes(stream.getvalue())
    with pytest.raises(InputError, match="letterhead.dotx"):
        write_docx(rehearsed_meeting(), tmp_path / "summary.docx", fake)


def test_the_document_language_is_uk_english_everywhere(tmp_path):
    target = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", PLAIN_LIBREOFFICE)
    document = docx.Document(str(target))
    languages = {lang.get(qn("w:val")) for lang in document.styles.element.iter(qn("w:lang"))}
    assert languages == {"en-GB"}  # LibreOffice wrote en-US in its styles
    assert document.core_properties.language == "en-GB"


def test_a_template_with_several_sections_and_a_different_first_page_works(tmp_path):
    from docx.enum.section import WD_ORIENT, WD_SECTION

    document = docx.Document()
    document.add_paragraph("Cover page")
    first = document.sections[0]
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "UNITED NATIONS"
    landscape = document.add_section(WD_SECTION.NEW_PAGE)
    landscape.orientation = WD_ORIENT.LANDSCAPE
    landscape.page_width, landscape.page_height = landscape.page_height, landscape.page_width
    landscape.header.is_linked_to_previous = False
    landscape.header.paragraphs[0].text = "ANNEX PAGES"
    document.add_paragraph("Annex body")
    template = tmp_path / "sections.docx"
    document.save(str(template))
    meeting = rehearsed_meeting()
    meeting.session.document_symbol = "E/CN.16/2021/CRP.1"
    target = write_docx(meeting, tmp_path / "summary.docx", template)
    written = docx.Document(str(target))
    texts = [p.text for p in written.paragraphs]
    assert "Cover page" not in texts and "Annex body" not in texts
    assert "Summary by the Rapporteur" in texts
    assert written.sections[-1].header.paragraphs[0].text == "ANNEX PAGES"  # the page set-up kept
