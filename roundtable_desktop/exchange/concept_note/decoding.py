"""A text file's bytes -> text, line by line: UTF-8 wherever a line is UTF-8, and a line that
is not (one stray Windows-1252 byte in a UTF-8 file) read as Windows-1252 and named, instead of
the whole file turned into mojibake. A file with no UTF-8 at all is a Windows-1252 file."""

from ...domain.translatable import QT_TRANSLATE_NOOP

_BOM = b"\xef\xbb\xbf"
MAX_LINES_NAMED = 5


def decode_lines(raw: bytes) -> tuple[str, list[int]]:
    """The text, and the numbers (from 1) of the lines that were not UTF-8."""
    raw = raw.removeprefix(_BOM)
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    lines, not_utf8, any_utf8 = [], [], False
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            text = line.decode("utf-8")
            any_utf8 = any_utf8 or not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            not_utf8.append(number)
        lines.append(text)
    if not any_utf8:  # nothing in it is UTF-8 beyond plain ASCII: a Windows-1252 file
        return raw.decode("cp1252", errors="replace"), []
    return "\n".join(lines), not_utf8


def not_utf8_note(numbers: list[int]) -> str | None:
    """What the review says about lines that were not UTF-8, or None."""
    if not numbers:
        return None
    shown = ", ".join(str(n) for n in numbers[:MAX_LINES_NAMED])
    if len(numbers) == 1:
        return QT_TRANSLATE_NOOP("ConceptNote", "Line {lines} is not UTF-8 like the rest of the file: "
                                 "read as Windows-1252, so check the accents there.").format(lines=shown)
    if len(numbers) > MAX_LINES_NAMED:
        return QT_TRANSLATE_NOOP("ConceptNote", "Lines {lines} and {more} more are not UTF-8 like the "
                                 "rest of the file: read as Windows-1252, so check the accents "
                                 "there.").format(lines=shown, more=len(numbers) - MAX_LINES_NAMED)
    return QT_TRANSLATE_NOOP("ConceptNote", "Lines {lines} are not UTF-8 like the rest of the file: read as "
                             "Windows-1252, so check the accents there.").format(lines=shown)
