"""A text file is decoded line by line: one stray byte spoils only its own line, which the
review names; a Windows-1252 file is read as such; pasted lone surrogates become U+FFFD."""

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.text import REPLACEMENT, clean_text, text_from_utf8
from roundtable_desktop.exchange.concept_note.decoding import decode_lines
from roundtable_desktop.exchange.concept_note.importer import import_bytes

NOTE = ("Roundtable on “Science, technology and innovation”\n"
        "Organised by: Commission on Science and Technology for Development\n"
        "Date: 17 May 2021, 15.00–16.00 CEST\n"
        "Venue: Palais des Nations, Genève\n"
        "\n"
        "Guiding questions\n"
        "1. How can STI help the SDGs?\n")


def test_one_stray_byte_spoils_only_its_line_and_the_line_is_named():
    raw = NOTE.encode("utf-8").replace("Genève".encode(), "Gen\xe8ve".encode("cp1252"))
    text, lines = decode_lines(raw)
    assert lines == [4]
    assert "Roundtable on “Science, technology and innovation”" in text  # not "â€œ"
    assert "15.00–16.00" in text and "Genève" in text  # the stray byte read as Windows-1252
    result = import_bytes(raw, "note.txt", ".txt")
    assert result.meeting.session.title.startswith("Roundtable on “Science")
    assert any("Line 4 is not UTF-8" in note for note in result.notes)


def test_a_windows_1252_file_is_read_as_such_without_a_word():
    raw = NOTE.replace("“", '"').replace("”", '"').replace("–", "-").encode("cp1252")
    text, lines = decode_lines(raw)
    assert lines == [] and "Genève" in text
    result = import_bytes(raw, "note.txt", ".txt")
    assert not any("UTF-8" in note for note in result.notes)


def test_many_bad_lines_are_counted_not_all_listed():
    raw = ("café\n" + "Gen\xe8ve\n" * 9).encode("utf-8").replace("\xe8".encode(), b"\xe8")
    text, lines = decode_lines(raw)
    assert lines == list(range(2, 11)) and text.count("Genève") == 9
    result = import_bytes(NOTE.encode() + raw, "note.md", ".md")
    assert any("Lines 9, 10, 11, 12, 13 and 4 more are not UTF-8" in n for n in result.notes)


@given(st.text())
def test_any_text_is_read_back_as_cleaned_and_utf8_files_unchanged(text):
    encoded = text.encode("utf-8", "surrogatepass")  # lone surrogates too, as WTF-8
    assert text_from_utf8(encoded) == clean_text(text)
    plain = clean_text(text)
    assert decode_lines(plain.encode("utf-8")) == (plain, [])


def test_a_lone_surrogate_becomes_one_replacement_character():
    assert text_from_utf8("a\ud800b".encode("utf-8", "surrogatepass")) == f"a{REPLACEMENT}b"
    assert text_from_utf8(b"a\xffb") == f"a{REPLACEMENT}b"
