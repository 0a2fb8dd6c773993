"""PDF concept notes -> a Document, read with pypdf (pure Python).

pypdf reads the text of each page in reading order, line by line, with each wrapped line ending
in its space or hyphen, which tells a wrapped line from a paragraph's end (``unwrap``). Being pure
Python it adds no native library to the package. A hostile file can only cost time, so it is
capped before it is opened (20 MB, in the importer), the pages before any is read (at most 60),
and the text as it is read (1,000,000 characters); pypdf itself caps what a compressed stream may
inflate to. A PDF encrypted with an empty password (printing or copying restricted) is read as a
viewer reads it (RC4 by pypdf itself, AES through pycryptodome); one protected by a password is
refused in one line; a PDF that is only scanned pictures has no text to read.
"""

import io
import logging
from typing import TYPE_CHECKING

from ...domain.errors import InputError
from ...domain.translatable import QT_TRANSLATE_NOOP
from .document import MAX_TEXT_CHARS, Document
from .text_reader import document_from_text

if TYPE_CHECKING:
    from pypdf import PdfReader

MAX_PAGES = 60
NO_TEXT = QT_TRANSLATE_NOOP("ConceptNote", "{name}: this PDF has no text (it is a scan or a picture); "
                            "copy the text or use the Word version.")
PASSWORD = QT_TRANSLATE_NOOP("ConceptNote", "{name} is protected by a password; open it, save a copy "
                             "without the password, or use the Word version.")
DAMAGED = QT_TRANSLATE_NOOP("ConceptNote", "{name} is not a readable PDF (it is damaged or not a PDF); "
                            "use the Word version.")
ENCRYPTED = QT_TRANSLATE_NOOP("ConceptNote", "{name} is encrypted; open it, save a copy without "
                              "protection, or use the Word version.")

# pypdf reports what it repairs in a damaged file as warnings on its logger: the chair gets the one
# line of the result, not pypdf's notes on stderr (the app's own log, if any, still receives them).
logging.getLogger("pypdf").addHandler(logging.NullHandler())


def read_pdf_document(raw: bytes, name: str) -> Document:
    try:  # loaded on first use: the window starts without it
        from pypdf import PdfReader
        from pypdf.errors import DependencyError
    except ImportError:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} cannot be read: this installation has no PDF reader (pypdf); use the "
            "Word version or copy the text.").format(name=name)) from None
    try:
        pdf = PdfReader(io.BytesIO(raw), strict=False)
        _open_protected(pdf, name)
        pages = len(pdf.pages)
    except InputError:
        raise
    except DependencyError:  # AES, in an installation without pycryptodome
        raise InputError(ENCRYPTED.format(name=name)) from None
    except Exception:  # pypdf's errors, or whatever else a damaged or hostile file causes
        raise InputError(DAMAGED.format(name=name)) from None
    if pages > MAX_PAGES:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} has {pages:,} pages; a concept note has at most {limit}. Is it the "
            "right file?").format(name=name, pages=pages, limit=MAX_PAGES))
    try:
        text = _text(pdf, pages, name)
    except InputError:
        raise
    except DependencyError:  # its streams are encrypted with AES (see above)
        raise InputError(ENCRYPTED.format(name=name)) from None
    except Exception:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is a damaged PDF; open it and save it again, or use the Word "
            "version.").format(name=name)) from None
    if sum(1 for char in text if not char.isspace()) < 20:
        raise InputError(NO_TEXT.format(name=name))
    source = QT_TRANSLATE_NOOP("ConceptNote", "PDF document")
    return document_from_text(text, name, markdown=False, source=source, single_breaks=True)


def _open_protected(pdf: "PdfReader", name: str) -> None:
    """A PDF encrypted with an empty password (restrictions only) opens as a PDF viewer opens it;
    one that needs a password is refused."""
    if pdf.is_encrypted and not pdf.decrypt(""):
        raise InputError(PASSWORD.format(name=name))


def _text(pdf: "PdfReader", pages: int, name: str) -> str:
    texts: list[str] = []
    size = 0
    for index in range(pages):
        text = pdf.pages[index].extract_text()
        size += len(text)
        if size > MAX_TEXT_CHARS:
            raise InputError(QT_TRANSLATE_NOOP(
                "ConceptNote", "{name} holds more than {limit:,} characters of text; a concept note has "
                "far fewer. Is it the right file?").format(name=name, limit=MAX_TEXT_CHARS))
        texts.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    return "\n".join(texts)
