"""`roundtable-desktop export` as a user runs it: every format, and clear one-line errors."""

import json
import subprocess
import sys

import docx
import pytest

from roundtable_desktop.exchange.session_json import meeting_to_dict, read_session_json
from roundtable_desktop.storage.library import Library
from tests.rehearsed_meeting import ARABIC_NOTE, rehearsed_meeting


def run(*arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "roundtable_desktop", *arguments],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def rehearsed_library(tmp_path_factory):
    path = tmp_path_factory.mktemp("library") / "library.sqlite"
    library = Library.open(path)
    meeting = library.add_meeting(rehearsed_meeting())
    library.close()
    return path, meeting


def test_every_format_is_written_from_the_command_line(rehearsed_library, tmp_path):
    path, meeting = rehearsed_library
    for name in ("docx", "md", "csv", "json"):
        target = tmp_path / f"summary.{name}"
        result = run("export", meeting.session.id[:8], "--format", name, "-o", str(target), "--db", str(path))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == str(target)
    document = docx.Document(str(tmp_path / "summary.docx"))
    assert any(ARABIC_NOTE in p.text for p in document.paragraphs)
    assert ARABIC_NOTE in (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert ARABIC_NOTE not in (tmp_path / "summary.csv").read_text(encoding="utf-8-sig")
    exported = json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))
    assert meeting_to_dict(read_session_json(tmp_path / "summary.json")) == exported
    shown = run("show", "latest", "--json", "--db", str(path))
    assert json.loads(shown.stdout) == exported


def test_a_template_and_an_attribution_are_taken(rehearsed_library, tmp_path):
    path, meeting = rehearsed_library
    template = tmp_path / "org.docx"
    letterhead = docx.Document()
    letterhead.sections[0].header.paragraphs[0].text = "SECRETARIAT LETTERHEAD"
    letterhead.save(str(template))
    target = tmp_path / "summary.docx"
    result = run("export", "latest", "--format", "docx", "-o", str(target), "--template", str(template),
                 "--attribution", "unattributed", "--db", str(path))
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(target))
    assert document.sections[0].header.paragraphs[0].text == "SECRETARIAT LETTERHEAD"
    assert not any("Karim Haddad" in p.text for p in document.paragraphs)


@pytest.mark.parametrize("output, message", [
    ("{tmp}/missing-folder/summary.docx", "does not exist"),
    ("{tmp}", "is a folder"),
    ("{tmp}/bad|name.docx", "not a valid file name"),
])
def test_a_bad_target_is_one_line_and_exit_code_2(rehearsed_library, tmp_path, output, message):
    path, _meeting = rehearsed_library
    result = run("export", "latest", "--format", "docx", "-o", output.format(tmp=tmp_path), "--db", str(path))
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_a_missing_template_or_unknown_format_is_bad_input(rehearsed_library, tmp_path):
    path, _meeting = rehearsed_library
    result = run("export", "latest", "--format", "docx", "-o", str(tmp_path / "a.docx"),
                 "--template", str(tmp_path / "none.docx"), "--db", str(path))
    assert result.returncode == 2 and "was not found" in result.stderr
    result = run("export", "latest", "--format", "pdf", "-o", str(tmp_path / "a.pdf"), "--db", str(path))
    assert result.returncode == 2 and "invalid choice" in result.stderr
    assert not list(tmp_path.iterdir())


def test_presets_and_sections_are_chosen_on_the_command_line(rehearsed_library, tmp_path):
    path, _meeting = rehearsed_library
    for preset, expected in (("circulation", "I. Introduction"),
                             ("full", "Annex III. Notes in chronological order")):
        target = tmp_path / f"{preset}.docx"
        result = run("export", "latest", "--format", "docx", "-o", str(target), "--preset", preset,
                     "--db", str(path))
        assert result.returncode == 0, result.stderr
        assert expected in [p.text for p in docx.Document(str(target)).paragraphs]
    target = tmp_path / "sections.docx"
    result = run("export", "latest", "--format", "docx", "-o", str(target), "--sections",
                 "discussion,participants", "--document-type", "chair_summary", "--db", str(path))
    assert result.returncode == 0, result.stderr
    headings = [p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 1"]
    assert headings == ["I. Summary of the discussion", "Annex I. Participants"]


@pytest.mark.parametrize("arguments, message", [
    (("--sections", "introduction,statistics"), "Unknown section"),
    (("--sections", "notes", "--attribution", "unattributed"), "leaves out notes"),
    (("--style-map", "SingleTxtG"), "OUR STYLE=TEMPLATE STYLE"),
])
def test_wrong_summary_options_are_one_line_and_exit_code_2(rehearsed_library, tmp_path, arguments, message):
    path, _meeting = rehearsed_library
    target = tmp_path / "a.docx"
    result = run("export", "latest", "--format", "docx", "-o", str(target), *arguments, "--db", str(path))
    assert result.returncode == 2 and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not target.exists()


def test_a_file_that_is_not_a_template_is_one_line_and_exit_code_2(rehearsed_library, tmp_path):
    path, _meeting = rehearsed_library
    fake = tmp_path / "letterhead.docx"
    fake.write_text("a letter, not a Word file")
    result = run("export", "latest", "--format", "docx", "-o", str(tmp_path / "a.docx"), "--template",
                 str(fake), "--db", str(path))
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert "letterhead.docx" in result.stderr


def test_a_summary_with_speakers_not_sure_says_so_and_names_none_of_them(tmp_path):
    path = tmp_path / "library.sqlite"
    library = Library.open(path)
    meeting = rehearsed_meeting()
    [guessed] = [n for n in meeting.notes if "connect every school" in n.text]
    guessed.speaker_unsure = True  # written while the link to the chair's laptop was lost
    session_id = library.add_meeting(meeting).session.id
    library.close()
    target = tmp_path / "summary.docx"
    result = run("export", session_id, "--format", "docx", "-o", str(target), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == ("roundtable-desktop: 1 note(s) have a speaker not sure (written while "
                                     "the link to the chair's laptop was lost): the summary names no "
                                     "speaker for them.")
    [paragraph] = [p.text for p in docx.Document(str(target)).paragraphs if "connect every school" in p.text]
    assert "Diallo" not in paragraph
