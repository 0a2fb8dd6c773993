"""The summary in each of the six languages opens in LibreOffice with its headings and its dates in
that language (the meeting's own summary language; Word's language tags and script fonts set)."""

import re
import shutil
import subprocess
import zipfile

import pytest

from roundtable_desktop.exchange.report import write_docx
from roundtable_desktop.exchange.report.template import latin_text_language
from roundtable_desktop.exchange.report.texts import texts_for
from tests.pdf_text import joined_lines
from tests.rehearsed_meeting import rehearsed_meeting

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(not SOFFICE or not PDFTOTEXT,
                                reason="LibreOffice (soffice) and pdftotext are needed")
MEETING_DAY = {"en": "17 May 2021", "fr": "17 mai 2021", "es": "17 de mayo de 2021",
               "ru": "17 мая 2021 года", "zh": "2021年5月17日", "ar": "17 أيار/مايو 2021"}


def _pdf_text(docx_path, folder) -> str:
    profile = folder / "lo-profile"
    try:
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder), str(docx_path)],
                       capture_output=True, timeout=180, check=True)
    except subprocess.TimeoutExpired:
        pytest.skip("LibreOffice did not finish converting within 3 minutes (a busy machine)")
    result = subprocess.run([PDFTOTEXT, str(folder / (docx_path.stem + ".pdf")), "-"],
                            capture_output=True, text=True, timeout=300, check=True)
    text = BIDI_CONTROLS.sub("", joined_lines(result.stdout).replace("\u00a0", " "))
    return AROUND_CJK.sub("", text)  # pdftotext spaces out "2021 年 5 月"


BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e]")
AROUND_CJK = re.compile(r"(?<=[\u3000-\u9fff]) | (?=[\u3000-\u9fff])")


def _found(needle: str, text: str) -> bool:
    """Right-to-left text may come out of the PDF in visual order: either reading counts."""
    needle = AROUND_CJK.sub("", needle.replace("\u00a0", " "))
    words = needle.split()
    return needle in text or " ".join(reversed(words)) in text or needle[::-1] in text


@pytest.mark.parametrize("code", sorted(MEETING_DAY))
def test_the_summary_opens_in_libreoffice_in_its_language(tmp_path, code):
    meeting = rehearsed_meeting()
    meeting.session.summary_language = code
    path = write_docx(meeting, tmp_path / f"summary-{code}.docx")
    texts = texts_for(code)
    text = _pdf_text(path, tmp_path)
    day = MEETING_DAY[code]
    assert _found(day, text) or all(_found(part, text) for part in re.split("[ /]", day)), (day, text[:400])
    # pdftotext splits the Arabic lam-alef ligature ("الأهداف" reads "االهداف"): the goal's number there
    goal = texts.sdg_label(17) if code != "ar" else f"{texts.sdg} 17"
    for heading in (texts.key_messages, texts.discussion, goal):
        assert _found(heading, text), (heading, text[:600])
    # the English of a Chinese or Arabic summary is broken between words, never inside one
    # ("substanti al", "COVID-1 9"): every word of a guiding question reads whole
    for word in re.findall(r"[A-Za-z]{4,}", meeting.questions[0].text):
        assert re.search(rf"\b{word}\b", text), (word, text[:600])
    styles = zipfile.ZipFile(path).read("word/styles.xml").decode()
    assert f'w:val="{latin_text_language(texts.language_tag)}"' in styles
    assert 'w:eastAsia="SimSun"' in styles
    if code == "zh":
        assert 'w:eastAsia="zh-CN"' in styles
    if code == "ar":
        assert 'w:bidi="ar-SA"' in styles
