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
                          capture_output=True, text=True, timeout=60)


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
