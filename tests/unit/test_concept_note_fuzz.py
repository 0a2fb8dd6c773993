"""Fuzzing the importers: whatever the file holds, the result is a meeting or the importer's own
clear InputError, never another exception (1,000 generated files in all; 200 more CSV files in
test_participants_csv.py)."""

import io
import json
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.domain.model import Meeting
from roundtable_desktop.exchange.concept_note.importer import import_bytes

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large]


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, suppress_health_check=_SLOW_OK)

# Pieces of real concept notes, so the fuzzer reaches the parsers and not only the readers.
_PIECES = st.sampled_from([
    "Background", "Objectives", "Guiding questions", "Format", "Programme", "Speakers", "Concept note",
    "# ", "## ", "**", "*", "- ", "1. ", "I. ", "Q1: ", "| ", " |", "---", "\n", "\n\n", "?", ":", ", ",
    "17 May 2021", "May 17, 2021", "2021-05-17", "05/06/2021", "31/02/2021", "15.00-16.00", "(CEST)",
    "10:00\u201311:30 EDT", "UTC+2", "UTC+99", "GMT-14:60", "3 pm \u2013 4.30 pm", "25:00-26:00",
    "New York time",
    "Europe/Nowhere", "(5-7 mins)", "no more than 3 minutes", "0-0 minutes", "SDG 1, 2 and 17", "Goal 99",
    "zero hunger", "The outcome will feed into the ", "High-level Political Forum", "H.E. Ms. ", "by the ",
    "will make a presentation", "remarks", "interactive discussion", "Closing", "\u201cTitle here\u201d",
    "Venue: ", "Chair: ", "Organised by: ", "Rapporteur: ", "\u0627\u0644\u0645\u0627\u0621", "\U0001f30d",
    "\x00", "\ufeff", "\ud800", "\t", "\r\n",
])
_NOTE_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)


def _imports_or_refuses(raw: bytes, name: str, suffix: str) -> None:
    try:
        result = import_bytes(raw, name, suffix)
    except InputError as error:
        assert str(error)
        return
    assert isinstance(result.meeting, Meeting)
    assert result.meeting.session.title
    assert all(item.planned_minutes >= 0 for item in result.meeting.agenda)
    assert all(item.default_target_seconds <= item.default_limit_seconds for item in result.meeting.agenda)


@fuzz(350)
@given(_NOTE_TEXT, st.sampled_from([".txt", ".md"]), st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_text_and_markdown_notes(text, suffix, encoding):
    raw = text.encode(encoding, errors="replace") if encoding != "utf-8" else \
        text.encode("utf-8", errors="surrogatepass")
    _imports_or_refuses(raw, f"note{suffix}", suffix)


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_PARAGRAPH = st.tuples(
    st.sampled_from(["", "Heading1", "Title", "ListParagraph", "ListNumber", "Normal", "Heading9"]),
    st.booleans(), st.booleans(), _NOTE_TEXT)


def _xml_text(text: str) -> str:
    cleaned = "".join(c for c in text if c in "\t\n" or 0x20 <= ord(c) < 0xD800 or 0xE000 <= ord(c) < 0xFFFE)
    return cleaned.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _document_xml(paragraphs, table_rows) -> bytes:
    body = []
    for style, numbered, bold, text in paragraphs:
        properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + \
            ('<w:numPr><w:numId w:val="1"/></w:numPr>' if numbered else "")
        run = ("<w:rPr><w:b/></w:rPr>" if bold else "") + \
            f'<w:t xml:space="preserve">{_xml_text(text)}</w:t><w:br/><w:tab/>'
        body.append(f"<w:p><w:pPr>{properties}</w:pPr><w:r>{run}</w:r></w:p>")
    if table_rows:
        rows = "".join("<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t>{_xml_text(c)}</w:t></w:r></w:p></w:tc>"
                                          for c in row) + "</w:tr>" for row in table_rows)
        body.append(f"<w:tbl>{rows}</w:tbl>")
    return f"<w:document {_W}><w:body>{''.join(body)}</w:body></w:document>".encode()


@fuzz(300)
@given(st.lists(_PARAGRAPH, max_size=12), st.lists(st.lists(_NOTE_TEXT, max_size=3), max_size=4),
       st.booleans())
def test_word_documents(paragraphs, table_rows, with_styles):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", _document_xml(paragraphs, table_rows))
        if with_styles:
            archive.writestr("word/styles.xml", f'<w:styles {_W}><w:style w:styleId="Heading1">'
                             '<w:name w:val="heading 1"/></w:style></w:styles>')
    _imports_or_refuses(buffer.getvalue(), "note.docx", ".docx")


@fuzz(200)
@given(st.binary(max_size=2048), st.sampled_from([".docx", ".txt", ".md", ".json"]))
def test_arbitrary_bytes(raw, suffix):
    _imports_or_refuses(raw, f"file{suffix}", suffix)


_SCALAR = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_JSON = st.recursive(_SCALAR,
                     lambda children: st.lists(children, max_size=4)
                     | st.dictionaries(st.text(max_size=8), children, max_size=4), max_leaves=12)


@fuzz(150)
@given(st.fixed_dictionaries({"format": st.sampled_from(["roundtable-session", "other"]),
                              "version": st.integers(-1, 3)}, optional={
    "session": st.one_of(_JSON, st.fixed_dictionaries({"id": st.text(max_size=40), "title": _JSON})),
    "agenda": _JSON, "guiding_questions": _JSON, "participants": _JSON}))
def test_session_files(data):
    _imports_or_refuses(json.dumps(data).encode(), "meeting.json", ".json")
