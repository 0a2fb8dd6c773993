"""An English summary exported on a laptop whose system locale is French has no French word in it:
dates and months come from the document's language, never from the locale (which Qt installs
with ``setlocale(LC_ALL, "")`` as the window starts)."""

import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT

FRENCH_WORDS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier",
                "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre")

SCRIPT = textwrap.dedent("""
    import datetime, sys
    from PySide6.QtWidgets import QApplication
    app = QApplication([])  # Qt sets the C library's locale from the environment here
    print("CONTROL", datetime.date(2021, 5, 17).strftime("%A %B"))
    from docx import Document
    from roundtable_desktop.exchange.demo import demo_meeting
    from roundtable_desktop.exchange.report import write_docx, write_markdown
    meeting = demo_meeting()
    write_markdown(meeting, sys.argv[1] + "/summary.md")
    write_docx(meeting, sys.argv[1] + "/summary.docx")
    document = Document(sys.argv[1] + "/summary.docx")
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    print("DOCX", " ".join([p.text for p in document.paragraphs] + cells))
""")


@pytest.fixture(scope="module")
def french_locale(tmp_path_factory):
    """fr_FR.UTF-8 compiled into a private folder (LOCPATH): the machine's own locales are left alone."""
    if sys.platform != "linux" or shutil.which("localedef") is None:
        pytest.skip("needs glibc's localedef")
    folder = tmp_path_factory.mktemp("locales")
    made = subprocess.run(["localedef", "-i", "fr_FR", "-f", "UTF-8", str(folder / "fr_FR.UTF-8")],
                          capture_output=True, text=True)
    if not (folder / "fr_FR.UTF-8").exists():
        pytest.skip(f"cannot compile the French locale here: {made.stderr.strip()[-200:]}")
    return folder


def test_an_english_summary_under_a_french_locale_has_no_french_word(french_locale, tmp_path):
    environment = {**os.environ, "LOCPATH": str(french_locale), "LC_ALL": "fr_FR.UTF-8",
                   "LANG": "fr_FR.UTF-8", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path)], env=environment,
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    control = next(line for line in done.stdout.splitlines() if line.startswith("CONTROL"))
    assert control == "CONTROL lundi mai", "the French locale was not in force: the test proves nothing"
    texts = {"md": (tmp_path / "summary.md").read_text(encoding="utf-8"),
             "docx": next(line for line in done.stdout.splitlines() if line.startswith("DOCX"))}
    for kind, text in texts.items():
        words = set(text.lower().replace(",", " ").split())
        assert not words & set(FRENCH_WORDS), (kind, words & set(FRENCH_WORDS))
        assert "Monday, 17 May 2021" in text.replace("\u00a0", " "), kind
