"""PDF concept notes: the text of a PDF is read, wrapped lines rejoined; a PDF that cannot be
read is refused in one line that says what to do."""

import io
from pathlib import Path

import pytest
from pypdf import PdfWriter

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.concept_note import import_file
from roundtable_desktop.exchange.concept_note.importer import import_bytes
from roundtable_desktop.exchange.concept_note.pdf_reader import MAX_PAGES

DATA = Path(__file__).resolve().parents[1] / "data"


def _refusal(raw: bytes, name: str = "note.pdf") -> str:
    with pytest.raises(InputError) as caught:
        import_bytes(raw, name, ".pdf")
    message = str(caught.value)
    assert "\n" not in message and len(message) < 300
    return message


def _blank_pdf(pages: int) -> bytes:
    pdf = PdfWriter()
    for _ in range(pages):
        pdf.add_blank_page(595, 842)
    buffer = io.BytesIO()
    pdf.write(buffer)
    return buffer.getvalue()


def test_a_pdf_saved_from_word_gives_its_meeting():
    result = import_file(DATA / "concept_notes" / "mop31-2019-side-event.pdf")
    session = result.meeting.session
    assert result.source == "PDF document"
    assert session.title == "Tackling illegal trade in HFCs and ODS"
    assert (str(session.date), f"{session.start_time:%H:%M}", f"{session.end_time:%H:%M}") == \
        ("2019-11-06", "13:15", "14:45")
    assert session.timezone == "Europe/Rome"  # not Montreal's, from "Montreal Protocol"
    assert session.background.startswith("Unexpected emissions of CFC-11 reported in 2018 showed that "
                                          "illegal production and trade can undermine")  # lines rejoined


def test_a_pdf_from_a_text_keeps_its_wrapped_questions_whole():
    result = import_file(DATA / "concept_notes" / "ffd-forum-2019-side-event.pdf")
    assert [q.text for q in result.meeting.questions] == [
        "How can tax cooperation help countries collect more revenue without discouraging investment?",
        "What should the next progress report of the Platform cover?"]


def test_a_password_protected_pdf_is_refused_in_one_line():
    message = _refusal((DATA / "pdf" / "secret-note.pdf").read_bytes(), "secret-note.pdf")
    assert "password" in message and "Word version" in message


def test_a_scanned_pdf_says_it_has_no_text():
    message = _refusal((DATA / "pdf" / "scanned-note.pdf").read_bytes(), "scanned-note.pdf")
    assert message == ("scanned-note.pdf: this PDF has no text (it is a scan or a picture); copy the "
                       "text or use the Word version.")


def test_a_pdf_of_empty_pages_says_it_has_no_text():
    assert "this PDF has no text" in _refusal(_blank_pdf(2))


def test_a_pdf_of_too_many_pages_is_refused_before_its_pages_are_read():
    message = _refusal(_blank_pdf(MAX_PAGES + 1))
    assert f"{MAX_PAGES + 1} pages" in message


@pytest.mark.parametrize("raw", [b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 3,
                                 b"not a pdf at all", _blank_pdf(1)[:-200]])
def test_a_damaged_pdf_is_refused_in_one_line(raw):
    message = _refusal(raw)
    assert "PDF" in message


def test_without_the_pdf_reader_a_pdf_is_refused_in_one_line(monkeypatch):
    monkeypatch.setitem(__import__("sys").modules, "pypdf", None)  # an installation without it
    message = _refusal(_blank_pdf(1))
    assert "no PDF reader" in message and "Word version" in message


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_pdf_with_restrictions_only_opens_as_a_viewer_opens_it(algorithm):
    """Encrypted with an empty password and an owner's one (printing or copying restricted): the
    note is read as any PDF viewer shows it, whichever cipher the PDF uses."""
    writer = PdfWriter(clone_from=DATA / "concept_notes" / "mop31-2019-side-event.pdf")
    writer.encrypt(user_password="", owner_password="only-the-owner", algorithm=algorithm)
    buffer = io.BytesIO()
    writer.write(buffer)
    result = import_bytes(buffer.getvalue(), "restricted.pdf", ".pdf")
    assert result.meeting.session.title == "Tackling illegal trade in HFCs and ODS"


def test_a_pdf_with_a_password_is_refused_whichever_cipher(tmp_path):
    writer = PdfWriter(clone_from=DATA / "concept_notes" / "mop31-2019-side-event.pdf")
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "password" in _refusal(buffer.getvalue(), "secret-aes.pdf")


def test_without_aes_an_aes_pdf_is_refused_in_one_line(monkeypatch):
    """An installation without pycryptodome: pypdf's own stand-in, which has no AES, says so."""
    from pypdf._crypt_providers import _fallback

    writer = PdfWriter(clone_from=DATA / "concept_notes" / "mop31-2019-side-event.pdf")
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)

    monkeypatch.setattr("pypdf._encryption.CryptAES", _fallback.CryptAES)
    assert "is encrypted" in _refusal(buffer.getvalue())
