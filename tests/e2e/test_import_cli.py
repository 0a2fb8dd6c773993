"""`roundtable-desktop import FILE`: a new meeting and a summary; bad input: one line, exit 2,
nothing written."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from roundtable_desktop.exchange.demo import DEMO_TITLE
from roundtable_desktop.storage.library import Library

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "concept_notes"


def _run(*arguments: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("ROUNDTABLE_DB", None)
    return subprocess.run([sys.executable, "-m", "roundtable_desktop", *arguments], cwd=ROOT,
                          capture_output=True, text=True, env=environment, timeout=300)


@pytest.fixture
def empty_library(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    Library.open(path).close()
    return path


def test_importing_the_seed_prints_the_new_id_and_what_was_found(empty_library):
    done = _run("import", str(FIXTURES / "cstd-2021-seed.txt"), "--db", str(empty_library))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    new_id = lines[0]
    assert "Guiding questions: 3" in done.stdout
    assert "Not found: venue / format, chair, rapporteur, speakers named." in done.stdout
    library = Library.open(empty_library)
    try:
        meeting = library.load_meeting(new_id)
    finally:
        library.close()
    assert meeting.session.title == DEMO_TITLE
    assert len(meeting.questions) == 3 and len(meeting.agenda) == 4


def test_a_word_note_imports_and_shows_in_the_list_of_meetings(empty_library):
    done = _run("--db", str(empty_library), "import", str(FIXTURES / "itu-2023-digital-panel.docx"))
    assert done.returncode == 0, done.stderr
    listed = _run("sessions", "--db", str(empty_library))
    assert "2023-07-10  High-level Panel on Digital Cooperation for the SDGs" in listed.stdout


def test_a_session_file_imports_again_as_a_copy_with_new_ids(empty_library, tmp_path):
    first = _run("import", str(FIXTURES / "unea-2024-ocean-dialogue.md"), "--db", str(empty_library))
    exported = _run("show", first.stdout.splitlines()[0], "--json", "--db", str(empty_library))
    path = tmp_path / "meeting.json"
    path.write_text(exported.stdout)
    again = _run("import", str(path), "--db", str(empty_library))
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] != first.stdout.splitlines()[0]
    assert len(_run("sessions", "--db", str(empty_library)).stdout.splitlines()) == 2


def _bad_files(tmp_path: Path) -> list[Path]:
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (25 * 1024 * 1024))
    entities = tmp_path / "entities.docx"
    with zipfile.ZipFile(entities, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>')
    files = {"notes.pdf": b"%PDF", "empty.txt": b"", "binary.md": bytes(range(256)) * 8,
             "text.docx": b"not a zip", "long.txt": b"line\n" * 100_000,
             "newer.json": b'{"format": "roundtable-session", "version": 999, "session": {}}'}
    paths = [bomb, entities]
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
        paths.append(tmp_path / name)
    return paths


def test_bad_files_are_refused_in_one_line_with_exit_2_and_nothing_written(empty_library, tmp_path):
    before = empty_library.read_bytes()
    for path in _bad_files(tmp_path):
        done = _run("import", str(path), "--db", str(empty_library))
        assert done.returncode == 2, (path.name, done.stdout, done.stderr)
        assert done.stdout == ""
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert done.stderr.startswith("roundtable-desktop: ") and "Traceback" not in done.stderr
    assert empty_library.read_bytes() == before


def test_a_bad_file_never_creates_a_library(tmp_path):
    missing_library = tmp_path / "new" / "library.sqlite"
    (tmp_path / "empty.md").write_bytes(b"")
    done = _run("import", str(tmp_path / "empty.md"), "--db", str(missing_library))
    assert done.returncode == 2
    assert not missing_library.exists()


def test_import_into_a_missing_library_creates_it_with_only_that_meeting(tmp_path):
    new_library = tmp_path / "new.sqlite"
    done = _run("import", str(FIXTURES / "cstd-2021-seed.txt"), "--db", str(new_library))
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip() == f"Created the library {new_library}"
    listed = _run("sessions", "--db", str(new_library))
    assert listed.returncode == 0, listed.stderr
    new_id = done.stdout.splitlines()[0]
    assert [line.split()[0] for line in listed.stdout.splitlines()] == [new_id]  # no demo meeting
    again = _run("import", str(FIXTURES / "cstd-2021-seed.txt"), "--db", str(new_library))
    assert again.returncode == 0 and "Created" not in again.stderr


def test_import_does_not_make_a_missing_folder(tmp_path):
    new_library = tmp_path / "no such folder" / "new.sqlite"
    done = _run("import", str(FIXTURES / "cstd-2021-seed.txt"), "--db", str(new_library))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"roundtable-desktop: No folder {new_library.parent} for the new library new.sqlite: "
        "create the folder first."]
    assert not new_library.parent.exists()


@pytest.mark.parametrize("command", [["sessions"], ["show", "latest"],
                                     ["export", "latest", "--format", "md", "-o", "out.md"]])
def test_other_commands_still_refuse_a_missing_library(tmp_path, command):
    missing = tmp_path / "missing.sqlite"
    done = _run(*command, "--db", str(missing))
    assert done.returncode == 2
    assert done.stderr.strip() == f"roundtable-desktop: No library at {missing}."
    assert not missing.exists()
