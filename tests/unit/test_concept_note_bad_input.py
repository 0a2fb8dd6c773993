"""Files that cannot be imported are refused with one clear sentence, quickly, and nothing else
happens (the importer never touches the library)."""

import contextlib
import io
import json
import zipfile
from pathlib import Path

import pytest
from concept_note_docs import offset_workshop_docx

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.concept_note import import_file
from roundtable_desktop.exchange.concept_note.importer import import_bytes


def _refused(path: Path, *words: str) -> str:
    with pytest.raises(InputError) as caught:
        import_file(path)
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300
    for word in words:
        assert word in message, message
    return message


def _docx_with(tmp_path: Path, document_xml: bytes, name: str = "note.docx") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document_xml)
    return path


def test_an_unsupported_type_is_refused_naming_the_types_that_work(tmp_path):
    path = tmp_path / "note.xlsx"
    path.write_bytes(b"PK\x03\x04")
    _refused(path, "note.xlsx", ".docx", ".pdf", ".md", ".txt", ".json")


def test_a_missing_file_is_refused(tmp_path):
    _refused(tmp_path / "gone.docx", "There is no file")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_an_empty_file_is_refused(tmp_path, content):
    for suffix in (".txt", ".md", ".docx", ".json"):
        path = tmp_path / f"empty{suffix}"
        path.write_bytes(content)
        _refused(path, "empty")


def test_a_binary_file_named_txt_is_refused(tmp_path):
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 64)
    _refused(path, "not a text file")


def test_a_docx_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "note.docx"
    path.write_text("Concept note, typed as text and renamed .docx")
    _refused(path, "not a Word document")


def test_a_zip_without_a_word_document_inside_is_refused(tmp_path):
    path = tmp_path / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    _refused(path, "not a Word document", "word/document.xml")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    path = _docx_with(tmp_path, b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>", "bomb.docx")
    assert path.stat().st_size < 200_000
    _refused(path, "refused", "20 MB")


def test_a_part_compressed_more_than_100_to_1_is_refused(tmp_path):
    path = _docx_with(tmp_path, b"<w:document>" + b"a" * (4 * 1024 * 1024) + b"</w:document>")
    _refused(path, "refused", "100 to 1")


def test_a_docx_declaring_external_entities_is_refused(tmp_path):
    xml = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
           b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           b"<w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>")
    _refused(_docx_with(tmp_path, xml), "refused", "DOCTYPE")


def test_a_docx_with_entity_expansion_is_refused(tmp_path):
    lol = b"".join(b'<!ENTITY l%d "&l%d;&l%d;&l%d;&l%d;">' % (i, i - 1, i - 1, i - 1, i - 1)
                   for i in range(1, 10))
    xml = b'<!DOCTYPE w [<!ENTITY l0 "lol">' + lol + b"]><w:document>&l9;</w:document>"
    _refused(_docx_with(tmp_path, xml), "refused")


def test_a_damaged_word_document_is_refused(tmp_path):
    good = offset_workshop_docx(tmp_path / "good.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(good[: len(good) // 2])
    _refused(path, "cut.docx")


def test_a_text_file_of_100_000_lines_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("How can we do better?\n" * 100_000)
    _refused(path, "100,001 lines", "at most 5,000")


def test_a_markdown_file_of_one_enormous_line_is_refused(tmp_path):
    path = tmp_path / "line.md"
    path.write_text("SDG 1, " * 400_000)
    _refused(path, "characters")


def test_a_file_over_20_mb_is_refused_without_being_read(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as file:
        file.truncate(21 * 1024 * 1024)
    _refused(path, "MB")


def _session(version: int) -> dict:
    return {"format": "roundtable-session", "version": version,
            "session": {"id": "a6b0c0de-0000-4000-8000-000000000001", "title": "Later meeting"},
            "agenda": [], "guiding_questions": [], "participants": [], "speaker_slots": [], "notes": []}


def test_a_session_file_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "meeting.json"
    path.write_text(json.dumps(_session(99)))
    _refused(path, "newer")


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2, 3]", b'{"format": "something else"}'])
def test_json_that_is_not_a_session_file_is_refused(tmp_path, content):
    path = tmp_path / "other.json"
    path.write_bytes(content)
    _refused(path)


def test_hostile_patterns_are_read_quickly_or_refused():
    """Inputs built to make a careless regular expression backtrack for ever."""
    for text in ("1-" * 20_000, "(" * 40_000, "by The " * 6_000, "SDG 1, " * 6_000, "Q1: " * 10_000,
                 "15.00-" * 8_000, "a" * 500_000 + "?", "**" * 30_000, "[" * 30_000 + "](",
                 "\u201c" + "word " * 50_000):
        for suffix in (".txt", ".md"):
            with contextlib.suppress(InputError):
                import_bytes(text.encode(), f"hostile{suffix}", suffix)


def test_importing_from_bytes_matches_importing_the_file(tmp_path):
    path = offset_workshop_docx(tmp_path / "w.docx")
    from_file = import_file(path).meeting.session
    from_bytes = import_bytes(io.BytesIO(path.read_bytes()).getvalue(), "w.docx", ".docx").meeting.session
    assert (from_file.title, from_file.date) == (from_bytes.title, from_bytes.date)
