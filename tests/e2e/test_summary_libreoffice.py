"""Each preset, attribution mode and kind of template opened in LibreOffice (converted to PDF):
the pages hold the summary, numbered paragraphs carry their numbers, an unattributed summary
names nobody; and a template LibreOffice makes from an .odt there and then works too."""

import shutil
import subprocess
from itertools import product
from pathlib import Path

import pytest

from roundtable_desktop.exchange.report import Attribution, Preset, ReportOptions, write_docx
from tests.large_meeting import NAMES, large_meeting
from tests.pdf_text import joined_lines
from tests.unit.test_summary_templates import LETTERHEAD, TEMPLATES, without_lists

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")

pytestmark = pytest.mark.skipif(
    not SOFFICE or not PDFTOTEXT,
    reason="LibreOffice (soffice) and pdftotext are needed; `make test` installs them on Debian "
    "(packages libreoffice-writer, poppler-utils)")


def _convert(files: list[Path], to: str, folder: Path) -> None:
    profile = folder / "lo-profile"
    try:
        subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        to, "--outdir", str(folder), *map(str, files)],
                       capture_output=True, timeout=600, check=True)
    except subprocess.TimeoutExpired:
        pytest.skip("LibreOffice did not finish converting within 10 minutes (a busy machine)")


def _text(pdf: Path) -> str:
    result = subprocess.run([PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True,
                            timeout=300, check=True)
    return joined_lines(result.stdout)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> dict[tuple[str, str, str], str]:
    folder = tmp_path_factory.mktemp("libreoffice")
    templates = {"none": None, "libreoffice": LETTERHEAD, "no-lists": without_lists(folder / "no-lists.docx")}
    meeting = large_meeting()
    files = {}
    for (template, path), preset, attribution in product(templates.items(), Preset, Attribution):
        name = f"{template}-{preset.value}-{attribution.value}"
        options = ReportOptions(attribution=attribution, preset=preset)
        target = folder / f"{name}.docx"
        files[(template, preset.value, attribution.value)] = write_docx(meeting, target, path,
                                                                        options=options)
    _convert(list(files.values()), "pdf", folder)
    return {key: _text(path.with_suffix(".pdf")) for key, path in files.items()}


@pytest.mark.parametrize(("template", "preset", "attribution"),
                         list(product(("none", "libreoffice", "no-lists"), [p.value for p in Preset],
                                      [a.value for a in Attribution])))
def test_every_preset_mode_and_template_renders_in_libreoffice(rendered, template, preset, attribution):
    text = rendered[(template, preset, attribution)]
    assert "Summary by the Rapporteur" in text
    assert "1. On 17 May 2021, the United Nations Commission" in text  # Word numbering, rendered
    question = "A. How can" if preset == "circulation" else "Q1. How can"
    assert "II. Summary of the discussion" in text and f"{question} the international community" in text
    annexes = preset == "full" and attribution != "unattributed"
    assert ("Annex III. Notes in chronological order" in text) == annexes
    if attribution == "unattributed":
        for name in NAMES:
            assert name.split()[-1] not in text, name
    if template == "libreoffice":
        assert "SECRETARIAT LETTERHEAD" in text or "United Nations" in text


def test_a_template_libreoffice_saves_from_an_odt_works(tmp_path):
    odt = tmp_path / "letterhead.odt"
    shutil.copy(TEMPLATES / "letterhead-libreoffice.odt", odt)
    _convert([odt], "docx:MS Word 2007 XML", tmp_path)
    template = tmp_path / "letterhead.docx"
    assert template.exists(), "LibreOffice wrote no .docx"
    path = write_docx(large_meeting(), tmp_path / "summary.docx", template,
                      options=ReportOptions(preset=Preset.CIRCULATION))
    _convert([path], "pdf", tmp_path)
    text = _text(path.with_suffix(".pdf"))
    assert "SECRETARIAT LETTERHEAD" in text or "United Nations" in text
    assert "IV. Recommendations and commitments" in text


def test_a_word_template_libreoffice_saves_as_dotx_works(tmp_path):
    odt = tmp_path / "letterhead.odt"
    shutil.copy(TEMPLATES / "letterhead-libreoffice.odt", odt)
    _convert([odt], "dotx:MS Word 2007 XML Template", tmp_path)
    template = tmp_path / "letterhead.dotx"
    assert template.exists(), "LibreOffice wrote no .dotx"
    path = write_docx(large_meeting(), tmp_path / "summary.docx", template,
                      options=ReportOptions(preset=Preset.FULL))
    _convert([path], "pdf", tmp_path)
    text = _text(path.with_suffix(".pdf"))
    assert "SECRETARIAT LETTERHEAD" in text and "Annex II. Speakers and speaking time" in text
