"""A pseudo-translation: every text accented and 30 % longer ("Fïlé ~~"), placeholders, markup
and mnemonics kept, so that any text on screen that did not go through translation stands out."""

import math
import re

from PySide6.QtCore import QTranslator

_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥíĵķĺɱñóƥʠŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹṀÑÓƤǪŔŠŢÚṼŴẊÝŽ"
_TO_ACCENTED = str.maketrans(_PLAIN, _ACCENTED)
_KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d|<[^<>]*>|&[a-z]+;|&&")
PAD = "~"


def pseudo(text: str) -> str:
    if not text or text in ("QT_LAYOUT_DIRECTION",):
        return text
    pieces, last = [], 0
    for kept in _KEEP.finditer(text):
        pieces.append(text[last:kept.start()].translate(_TO_ACCENTED))
        pieces.append(kept.group())
        last = kept.end()
    pieces.append(text[last:].translate(_TO_ACCENTED))
    letters = sum(ch.isalpha() for ch in text)
    return "".join(pieces) + PAD * math.ceil(letters * 0.3)


def untranslated_words(text: str) -> list[str]:
    """Words of plain ASCII letters: what a pseudo-translated text never shows."""
    return re.findall(r"[A-Za-z]{2,}", re.sub(r"<[^<>]*>|&[a-z]+;", " ", text))


def extracted() -> frozenset[tuple[str, str]]:
    """(context, source) of every text lupdate read from the code (the French file holds them all)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "resources" / "translations" / "roundtable_fr.ts"
    return frozenset((context.findtext("name") or "", message.findtext("source") or "")
                     for context in ET.parse(path).getroot().iter("context")
                     for message in context.iter("message"))


class PseudoTranslator(QTranslator):
    """Answers for the texts lupdate read, in the context it read them in, and for Qt's own; a
    text that lupdate cannot see (another object's ``tr``, a text made at run time) stays
    English, as it would in a real translation, and the pseudo-locale tests find it."""

    known = extracted()

    def isEmpty(self) -> bool:  # noqa: N802
        return False

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        if context == "QGuiApplication" and source == "QT_LAYOUT_DIRECTION":
            return None
        if (context, source) not in self.known and not context.startswith("Q"):
            return None
        return pseudo(source)
