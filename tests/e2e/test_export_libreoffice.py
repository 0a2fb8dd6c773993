"""The Word summary opens in LibreOffice: converted to PDF, the title, every guiding question and
the notes are on the pages."""

import shutil
import subprocess

import pytest

from roundtable_desktop.exchange.demo import DEMO_QUESTIONS
from roundtable_desktop.exchange.report import write_docx
from tests.pdf_text import joined_lines
from tests.rehearsed_meeting import NOTES, rehearsed_meeting

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = pytest.mark.skipif(
    not SOFFICE or not PDFTOTEXT,
    reason="LibreOffice (soffice) and pdftotext are needed to check the Word summary renders; "
    "`make test` installs them on Debian (packages libreoffice-writer, poppler-utils)")


def _pdf_text(docx_path, folder) -> str:
    profile = folder / "lo-profile"
    try:
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(folder), str(docx_path)],
                       capture_output=True, timeout=180, check=True)
    except subprocess.TimeoutExpired:
        pytest.skip("LibreOffice did not finish converting within 3 minutes (a busy machine)")
    pdf = folder / (docx_path.stem + ".pdf")
    assert pdf.exists(), "LibreOffice wrote no PDF"
    result = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True,
                            timeout=300, check=True)
    return joined_lines(result.stdout)  # the same text whichever fonts broke the lines


def test_the_summary_renders_in_libreoffice_with_title_questions_and_notes(tmp_path):
    path = write_docx(rehearsed_meeting(), tmp_path / "summary.docx")
    text = _pdf_text(path, tmp_path)
    assert "Summary by the Rapporteur" in text
    assert "sustainable and resilient recovery from the COVID-19 pandemic" in text
    for question in DEMO_QUESTIONS:
        assert " ".join(question.split()[:8]) in text
    assert NOTES[2][3] in text  # a recommendation, as a bullet and in the tables
    assert "Annex II. Speakers and speaking time" in text
