"""The line under the speaker's name in the console and on the presenter display: function,
organisation or country, after the language of the turn, which the interpreters need first (a
narrow console cuts the end of the line, never the language)."""

from ...domain.model import Participant
from ..language import listed
from ..setup.fields import country_shown
from ..setup.language_box import speaks_words


def speaker_line(speaker: Participant, language: str) -> str:
    """``Speaks French · Minister of ICT and Innovation, Rwanda``; the State in the window's
    language."""
    described = listed(part for part in (speaker.function, country_shown(speaker.organisation)) if part)
    return " \u00b7 ".join(part for part in (speaks_words(language), described) if part)
