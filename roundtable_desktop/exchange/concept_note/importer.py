"""Read a file the user chose and turn it into an ImportResult, whatever its type."""

from pathlib import Path

from ...domain import file_problems
from ...domain.errors import InputError
from ...domain.translatable import QT_TRANSLATE_NOOP
from .decoding import decode_lines, not_utf8_note
from .document import MAX_FILE_BYTES
from .docx_reader import read_docx_document
from .parser import parse_document
from .report import ImportResult
from .text_reader import decode_text, document_from_text, read_text_document

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".md", ".markdown", ".txt", ".json")


def import_file(path: Path | str) -> ImportResult:
    """The meeting in ``path``; InputError (one clear sentence) for anything unusable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} cannot be imported: give a Word document (.docx), a PDF (.pdf), a "
            "Markdown or text file (.md, .txt) or a Roundtable session file (.json).").format(name=path.name))
    if suffix == ".json":
        from ..session_json import MAX_FILE_BYTES as MAX_SESSION_FILE_BYTES

        return import_bytes(read_bytes(path, MAX_SESSION_FILE_BYTES), path.name, suffix)
    return import_bytes(read_bytes(path), path.name, suffix)


def import_bytes(raw: bytes, name: str, suffix: str) -> ImportResult:
    if not raw.strip():
        raise InputError(file_problems.empty(name))
    fallback_title = Path(name).stem.replace("_", " ").replace("-", " ")
    if suffix == ".docx":
        return parse_document(read_docx_document(raw, name), fallback_title)
    if suffix == ".json":
        return _session_file(raw, name, fallback_title)
    if suffix == ".pdf":
        from .pdf_reader import read_pdf_document

        return parse_document(read_pdf_document(raw, name), fallback_title)
    result = parse_document(read_text_document(raw, name, markdown=suffix != ".txt"), fallback_title)
    _name_lines_not_utf8(result, raw)
    return result


def _name_lines_not_utf8(result: ImportResult, raw: bytes) -> None:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16
        return
    note = not_utf8_note(decode_lines(raw)[1])
    if note:
        result.notes.append(note)


PASTED_NAME = "the pasted text"


def import_pasted(text: str | bytes, name: str = PASTED_NAME) -> ImportResult:
    """A note pasted from the clipboard or piped to standard input (an e-mail, a web page, a
    PDF viewer's copy): plain text, whatever its line breaks."""
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise InputError(QT_TRANSLATE_NOOP(
                "ConceptNote", "{name} is over {limit} MB; a concept note is far shorter. Is it the right "
                "text?").format(name=name, limit=str(MAX_FILE_BYTES // (1024 * 1024))))
        text = decode_text(text, name)
    if not text.strip():
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "The pasted text is empty: copy the concept note's text first.")
            if name == PASTED_NAME else file_problems.empty(name[:1].upper() + name[1:]))
    source = QT_TRANSLATE_NOOP("ConceptNote", "pasted text")
    return parse_document(document_from_text(text, name, markdown=False, source=source),
                          "Pasted concept note")


def read_bytes(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    try:
        if not path.is_file():
            raise InputError(file_problems.missing(path))
        size = path.stat().st_size
        if size > limit:
            raise InputError(file_problems.too_big(path.name, size, limit))
        return path.read_bytes()
    except OSError as error:
        raise InputError(file_problems.unreadable(path, error)) from None


def _session_file(raw: bytes, name: str, fallback_title: str) -> ImportResult:
    from ..session_json import meeting_from_json

    meeting = meeting_from_json(raw, name)
    result = ImportResult(meeting, QT_TRANSLATE_NOOP("ConceptNote", "session file"))
    session = meeting.session
    if session.title:
        result.found["title"] = session.title
    else:  # a file edited by hand: the file's name stands in, and the review asks for the title
        session.title = fallback_title.strip() or "Imported meeting"
    for key, value in (("organiser", session.organiser), ("session_line", session.session_line),
                       ("venue", session.venue), ("chair", session.chair_name),
                       ("rapporteur", session.rapporteur_name), ("background", session.background),
                       ("objectives", session.objectives), ("outcome", session.outcome_destination)):
        if value:
            result.found[key] = value if len(value) < 90 else value[:89] + "\u2026"
    if session.date:
        result.found["date"] = session.date.isoformat()
    if session.start_time and session.end_time:
        result.found["times"] = f"{session.start_time:%H:%M}\u2013{session.end_time:%H:%M}"
    result.found["timezone"] = session.timezone
    for key, records in (("questions", meeting.questions), ("agenda", meeting.agenda),
                         ("participants", meeting.participants)):
        if records:
            result.found[key] = str(len(records))
    if session.focus_sdgs:
        result.found["focus_sdgs"] = ", ".join(str(n) for n in session.focus_sdgs)
    result.found["speaking_time"] = "per agenda item"
    return result
