"""`export … --language ar|zh|en|fr|ru|es` writes the summary in that language for one export;
the meeting's own language is used otherwise, English when it has none."""

import subprocess
import sys

import pytest

from roundtable_desktop.storage.library import Library
from tests.rehearsed_meeting import rehearsed_meeting

EXPECTED = {"ar": "موجز المقرر", "zh": "报告员的总结", "en": "Summary by the Rapporteur",
            "fr": "Résumé établi par le Rapporteur", "ru": "Резюме Докладчика", "es": "Resumen del Relator"}


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "roundtable_desktop", *arguments],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def library_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("library") / "library.sqlite"
    library = Library.open(path)
    library.add_meeting(rehearsed_meeting())
    library.close()
    return path


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_the_summary_in_the_language_asked_for(library_path, tmp_path, code):
    target = tmp_path / f"summary-{code}.md"
    result = run("export", "latest", "--format", "md", "--language", code, "-o", str(target),
                 "--db", str(library_path))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert EXPECTED[code] in text
    others = [title for other, title in EXPECTED.items() if other != code]
    assert not any(title in text for title in others)


def test_a_language_not_offered_is_one_clear_line(library_path, tmp_path):
    result = run("export", "latest", "--format", "md", "--language", "de", "-o", str(tmp_path / "x.md"),
                 "--db", str(library_path))
    assert result.returncode == 2
    assert "invalid choice: 'de'" in result.stderr
    assert "Traceback" not in result.stderr
