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
