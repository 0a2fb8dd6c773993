"""PDF concept notes -> a Document, read with PDFium (pypdfium2).

PDFium is the PDF engine of Chromium, written in C and fuzzed continuously, so a hostile file
costs the time PDFium takes, not the time a pure-Python parser would; its text comes in reading
order, line by line. The file's size is capped before it is opened (20 MB), the pages before
any is read (at most 60), and the text as it is read (1,000,000 characters). A file protected by
a password is refused in one line; a PDF that is only scanned pictures has no text to read.
"""

from typing import TYPE_CHECKING

from ...domain.errors import InputError
from ...domain.translatable import QT_TRANSLATE_NOOP
from .document import MAX_TEXT_CHARS, Document
from .text_reader import document_from_text

if TYPE_CHECKING:
    from pypdfium2 import PdfDocument

MAX_PAGES = 60
NO_TEXT = ("{name}: this PDF has no text (it is a scan or a picture); copy the text or use the "
           "Word version.")
_PASSWORD_ERROR = 4  # FPDF_ERR_PASSWORD


def read_pdf_document(raw: bytes, name: str) -> Document:
    try:
        import pypdfium2  # loaded on first use: the window starts without it
    except (ImportError, OSError):
        raise InputError(f"{name} cannot be read: this installation has no PDF reader (pypdfium2); "
                         "use the Word version or copy the text.") from None

    try:
        pdf = pypdfium2.PdfDocument(raw)
    except pypdfium2.PdfiumError as error:
        raise InputError(_opening_problem(error, name)) from None
    try:
        return _document(pdf, name)
    except pypdfium2.PdfiumError:
        raise InputError(f"{name} is a damaged PDF; open it and save it again, or use the Word "
                         "version.") from None
    finally:
        pdf.close()


def _opening_problem(error: Exception, name: str) -> str:
    if getattr(error, "err_code", None) == _PASSWORD_ERROR:
        return (f"{name} is protected by a password; open it, save a copy without the password, "
                "or use the Word version.")
    return f"{name} is not a readable PDF (it is damaged or not a PDF); use the Word version."


def _document(pdf: "PdfDocument", name: str) -> Document:
    pages = len(pdf)
    if pages > MAX_PAGES:
        raise InputError(f"{name} has {pages:,} pages; a concept note has at most {MAX_PAGES}. "
                         "Is it the right file?")
    texts: list[str] = []
    size = 0
    for index in range(pages):
        page = pdf[index]
        try:
            text_page = page.get_textpage()
            try:
                text = text_page.get_text_range()
            finally:
                text_page.close()
        finally:
            page.close()
        size += len(text)
        if size > MAX_TEXT_CHARS:
            raise InputError(f"{name} holds more than {MAX_TEXT_CHARS:,} characters of text; a "
                             "concept note has far fewer. Is it the right file?")
        texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "\n".join(texts)
    if sum(1 for char in text if not char.isspace()) < 20:
        raise InputError(NO_TEXT.format(name=name))
    source = QT_TRANSLATE_NOOP("ConceptNote", "PDF document")
    return document_from_text(text, name, markdown=False, source=source, single_breaks=True)
