"""A template exported by Google Docs: only the parts Google Docs writes (no document properties, no
theme, no numbering, no web settings), its styles named in lower case ("normal", "heading 1") and its
fonts set in the document defaults. The summary goes into it whole, in its fonts."""

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx2python import docx2python

from roundtable_desktop.exchange.report import Attribution, Preset, ReportOptions, write_docx
from tests.rehearsed_meeting import rehearsed_meeting

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default ContentType="application/xml" Extension="xml"/>
<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
 PartName="/word/settings.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
 PartName="/word/fontTable.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
 PartName="/word/header1.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
 PartName="/word/styles.xml"/>
<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
 PartName="/word/document.xml"/>
</Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="word/document.xml"/>
</Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
 Target="settings.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
 Target="fontTable.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
 Target="styles.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
 Target="header1.xml"/>
</Relationships>"""


def _style(style_id: str, name: str, size: int, extra: str = "") -> str:
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>'
        f'<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/>'
        f'<w:spacing w:before="400" w:after="120"/></w:pPr><w:rPr>{extra}<w:sz w:val="{size}"/>'
        f'<w:szCs w:val="{size}"/></w:rPr></w:style>'
    )


STYLES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial"'
    ' w:cs="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/>'
    "</w:style>"
    + _style("Heading1", "heading 1", 40)
    + _style("Heading2", "heading 2", 32)
    + _style("Heading3", "heading 3", 28, '<w:color w:val="434343"/>')
    + _style("Title", "Title", 52)
    + _style("Subtitle", "Subtitle", 30, '<w:color w:val="666666"/>')
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Table Normal"/>'
    "</w:style></w:styles>"
)

DOCUMENT = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" xmlns:r="{R}">'
    '<w:body><w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Untitled document</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>Text of the draft to be replaced.</w:t></w:r></w:p>"
    '<w:sectPr><w:headerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/>'
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720"'
    ' w:gutter="0"/><w:pgNumType w:start="1"/></w:sectPr></w:body></w:document>'
)

HEADER = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="{W}" xmlns:r="{R}">'
    "<w:p><w:r><w:t>SECRETARIAT DRAFT</w:t></w:r></w:p></w:hdr>"
)

SETTINGS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="{W}">'
    '<w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat>'
    '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
    "</w:compat></w:settings>"
)

FONTS = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="{W}">'
    '<w:font w:name="Arial"/></w:fonts>'
)


def google_docs_template(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/_rels/document.xml.rels", DOCUMENT_RELS)
        archive.writestr("word/document.xml", DOCUMENT)
        archive.writestr("word/styles.xml", STYLES)
        archive.writestr("word/header1.xml", HEADER)
        archive.writestr("word/settings.xml", SETTINGS)
        archive.writestr("word/fontTable.xml", FONTS)
    return path


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return google_docs_template(tmp_path / "google-docs.docx")


@pytest.mark.parametrize("preset", list(Preset))
@pytest.mark.parametrize("attribution", list(Attribution))
def test_a_google_docs_template_takes_every_preset_and_mode(tmp_path, template, preset, attribution):
    target = write_docx(
        rehearsed_meeting(),
        tmp_path / "summary.docx",
        template,
        options=ReportOptions(attribution=attribution, preset=preset),
    )
    with docx2python(target) as content:
        text = content.text
    assert "Summary by the Rapporteur" in text
    assert "Text of the draft to be replaced." not in text
    document = docx.Document(str(target))
    assert document.sections[0].header.paragraphs[0].text == "SECRETARIAT DRAFT"
    numbered = [p for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None]
    assert numbered, "the body's paragraphs carry Word numbering, though the template had no lists"


def test_a_google_docs_template_keeps_its_headings_and_fonts(tmp_path, template):
    target = write_docx(rehearsed_meeting(), tmp_path / "summary.docx", template)
    document = docx.Document(str(target))
    heading = next(p for p in document.paragraphs if p.text == "I. Introduction")
    assert heading._p.pPr.pStyle.val == "Heading1"  # its own "heading 1", found by name
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:rFonts')}")
    assert fonts.get(qn("w:ascii")) == "Arial"  # the template's look is kept
    with zipfile.ZipFile(target) as written:
        assert "docProps/core.xml" in written.namelist()  # the summary's properties are written
    assert document.core_properties.language == "en-GB"
