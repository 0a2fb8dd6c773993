"""`roundtable-desktop import -` reads a note's text from standard input; a PDF imports like any
note, and a PDF that cannot be read is one line on stderr, exit 2, nothing written."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from roundtable_desktop.storage.library import Library

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
NOTE = """Side event
Water cooperation for peace
Tuesday, 22 March 2022
13:15 - 14:30 (New York time)
Conference Room 6, United Nations Headquarters
Guiding questions
How can water cooperation prevent conflict?
"""


def _run(*arguments: str, given: bytes = b"") -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("ROUNDTABLE_DB", None)
    return subprocess.run([sys.executable, "-m", "roundtable_desktop", *arguments], cwd=ROOT, input=given,
                          capture_output=True, env=environment, timeout=300)


@pytest.fixture
def empty_library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    return path


def _titles(path: Path) -> list[str]:
    library = Library.open(path)
    try:
        return [session.title for session in library.sessions.all()]
    finally:
        library.close()


def test_import_dash_reads_the_note_from_standard_input(empty_library):
    done = _run("import", "-", "--db", str(empty_library), given=NOTE.encode("utf-8"))
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "Imported from pasted text as a new meeting" in out
    assert "Title: Water cooperation for peace" in out and "Guiding questions: 1" in out
    assert _titles(empty_library) == ["Water cooperation for peace"]


def test_empty_standard_input_is_one_line_and_exit_2(empty_library):
    done = _run("import", "-", "--db", str(empty_library), given=b"")
    assert done.returncode == 2
    assert done.stderr.decode().count("\n") == 1 and "empty" in done.stderr.decode()
    assert _titles(empty_library) == []


def test_a_pdf_note_is_imported_with_what_to_check(empty_library):
    done = _run("import", str(DATA / "concept_notes" / "ipu-145-2022-panel.pdf"), "--db", str(empty_library))
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "Imported from a PDF document" in out and "Africa/Kigali" in out


def test_a_password_protected_pdf_is_refused_in_one_line(empty_library):
    done = _run("import", str(DATA / "pdf" / "secret-note.pdf"), "--db", str(empty_library))
    assert done.returncode == 2
    assert "password" in done.stderr.decode() and done.stderr.decode().count("\n") == 1
    assert _titles(empty_library) == []
