"""The language tags of a summary in Chinese or Arabic: its Chinese or Arabic text in its own slot,
its Latin letters (the English names and terms in it) tagged English, so that Word and
LibreOffice break them between words, not anywhere as they break Chinese ("substanti-al")."""

import docx
import pytest
from docx.oxml.ns import qn

from roundtable_desktop.exchange.report import write_docx
from tests.rehearsed_meeting import rehearsed_meeting
from tests.unit.test_summary_templates import PLAIN_LIBREOFFICE

TAGS = {  # language: (Latin letters, East Asian slot, complex-script slot, the document's own)
    "zh": ("en-GB", "zh-CN", None, "zh-CN"),
    "ar": ("en-GB", None, "ar-SA", "ar-SA"),
    "fr": ("fr-FR", None, None, "fr-FR"),
    "ru": ("ru-RU", None, None, "ru-RU"),
}


@pytest.mark.parametrize("template", [None, PLAIN_LIBREOFFICE], ids=["own styles", "a template"])
@pytest.mark.parametrize("code", sorted(TAGS))
def test_latin_letters_of_a_chinese_or_arabic_summary_are_tagged_english(tmp_path, code, template):
    meeting = rehearsed_meeting()
    meeting.session.summary_language = code
    document = docx.Document(str(write_docx(meeting, tmp_path / f"summary-{code}.docx", template)))
    latin, east_asian, complex_script, own = TAGS[code]
    tags = list(document.styles.element.iter(qn("w:lang")))
    assert tags
    assert {tag.get(qn("w:val")) for tag in tags} == {latin}
    if east_asian:
        assert {tag.get(qn("w:eastAsia")) for tag in tags} == {east_asian}
    if complex_script:
        assert {tag.get(qn("w:bidi")) for tag in tags} == {complex_script}
    assert document.core_properties.language == own
