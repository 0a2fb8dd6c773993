"""Text cleaning at the boundary: everything typed, pasted or imported passes through here once."""

import re

REPLACEMENT = "\ufffd"

# C0 controls except tab, newline and carriage return; DEL-free C1 are legal in XML 1.0.
_XML_ILLEGAL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udfff]"
)


def clean_text(text: str | None) -> str:
    """Return ``text`` safe for XML and SQLite: illegal characters become U+FFFD.

    Line endings are normalised to ``\\n``. Arabic, Chinese, emoji and long text are kept.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _XML_ILLEGAL.sub(REPLACEMENT, text)


def text_from_utf8(raw: bytes) -> str:
    """Text from UTF-8 bytes (pasted text, a line of a file), cleaned: an encoded lone surrogate
    and every byte that is not UTF-8 become U+FFFD, one each, rather than vanish."""
    try:
        return clean_text(raw.decode("utf-8", "surrogatepass"))
    except UnicodeDecodeError:
        return clean_text(raw.decode("utf-8", "replace"))


def clean_line(text: str | None) -> str:
    """Clean a one-line field (a name, a title): newlines and tabs become spaces, ends trimmed."""
    return " ".join(clean_text(text).split())


def is_right_to_left(text: str) -> bool:
    """True when the first strong directional letter of ``text`` is Arabic or Hebrew."""
    for char in text:
        code = ord(char)
        if 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF:
            return True
        if char.isalpha():
            return False
    return False


# a title's own enclosing quote marks, opening to closing, in the languages of the window
_QUOTE_PAIRS = {'"': '"', "'": "'", "\u201c": "\u201d", "\u201e": "\u201c", "\u201d": "\u201d",
                "\u2018": "\u2019", "\u00ab": "\u00bb", "\u00bb": "\u00ab", "\u300c": "\u300d",
                "\u300e": "\u300f"}


def unquoted(title: str) -> str:
    """A title without the quote marks that enclose it whole, if it has any, so a sentence that
    quotes it quotes it once: ``“Leaving no one behind”`` reads as ``Leaving no one behind``.
    A quote inside the title, or a pair that does not close the whole of it, stays."""
    text = title.strip()
    removed = False
    while len(text) >= 2 and _QUOTE_PAIRS.get(text[0]) == text[-1] and _one_pair(text):
        text, removed = text[1:-1].strip(), True
    return text if removed and text else title


def _one_pair(text: str) -> bool:
    """Whether the first mark and the last enclose the whole text (not ``"A" and "B"``)."""
    opening, closing = text[0], text[-1]
    inner = text[1:-1]
    if opening == closing:
        return opening not in inner
    depth = 0
    for char in inner:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return False
    return depth == 0
