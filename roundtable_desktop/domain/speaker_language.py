"""The language a speaker speaks in, for the interpreters: one of the six official languages of
the United Nations (stored by its code) or another one, written out; empty when not stated. A
speaker slot may name a language for that turn; otherwise the participant's own is used."""

from .model import Participant, SpeakerSlot
from .text import clean_line
from .translatable import QT_TRANSLATE_NOOP

UN_LANGUAGE_NAMES: dict[str, str] = {
    "ar": QT_TRANSLATE_NOOP("Language", "Arabic"),
    "zh": QT_TRANSLATE_NOOP("Language", "Chinese"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "fr": QT_TRANSLATE_NOOP("Language", "French"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "es": QT_TRANSLATE_NOOP("Language", "Spanish"),
}
MAX_LANGUAGE = 60  # characters of a language written out

_BY_NAME = {name.casefold(): code for code, name in UN_LANGUAGE_NAMES.items()}
_OWN_NAMES = {"العربية": "ar", "中文": "zh", "français": "fr", "русский": "ru", "español": "es",
              "espanol": "es", "francais": "fr", "mandarin": "zh"}


def stored_language(typed: str) -> str:
    """What to store for a typed language: the code of a UN language named in English, in its own
    script or by its code ("French", "français", "fr" -> ``fr``), else the text as typed."""
    text = clean_line(typed)[:MAX_LANGUAGE]
    folded = text.casefold()
    if folded in UN_LANGUAGE_NAMES:
        return folded
    return _BY_NAME.get(folded) or _OWN_NAMES.get(folded) or text


def language_name(stored: str) -> str:
    """The English name of a stored language (translated by the window), or the text itself."""
    return UN_LANGUAGE_NAMES.get(stored, stored)


def is_un_language(stored: str) -> bool:
    return stored in UN_LANGUAGE_NAMES


def spoken_language(slot: SpeakerSlot | None, participant: Participant | None) -> str:
    """The language of this turn: the slot's own, else the participant's, else ``""``."""
    if slot is not None and slot.language:
        return slot.language
    return participant.language if participant is not None else ""
