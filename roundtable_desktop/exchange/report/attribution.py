"""Who said it, as the report says it: named, by role ("A Minister of Digital Economy from the
Asia-Pacific States", "The Co-Chair of the STI Forum"), or not at all, as UN summaries often do."""

from enum import StrEnum

from ...domain.enums import Region, Role
from ...domain.model import Participant
from ...domain.text import clean_line as _clean_line
from .texts import ENGLISH
from .typography import typeset


def clean_line(text: str) -> str:
    return typeset(_clean_line(text))


class Attribution(StrEnum):
    NAMED = "named"
    BY_ROLE = "by_role"
    UNATTRIBUTED = "unattributed"


# A function that names one office in its body takes "The": there is one Co-Chair of the STI Forum.
_ONE_OF_A_KIND = (
    "chair",
    "co-chair",
    "vice-chair",
    "chairperson",
    "president",
    "vice-president",
    "moderator",
    "rapporteur",
    "secretary-general",
    "deputy secretary-general",
    "under-secretary-general",
    "executive secretary",
    "executive director",
    "director-general",
    "high commissioner",
    "high representative",
    "special envoy",
    "head of the secretariat",
)
_WITHOUT_REGION = (Role.CHAIR, Role.CO_CHAIR, Role.MODERATOR, Role.SECRETARIAT)
# Words starting with a vowel letter but a consonant sound, and the reverse.
_SOUNDS_CONSONANT = ("uni", "use", "usu", "eu", "one", "ukr", "uru", "uga")
_SOUNDS_VOWEL = ("hono", "hour", "heir", "mp ", "ngo", "sdg", "fao", "ilo", "imf", "oecd", "undp ")


def speaker_heading(participant: Participant | None, attribution: Attribution) -> tuple[str, str]:
    """The line above a speaker's points as (who, the rest): ("Ms. Diallo", ", Director, Côte
    d'Ivoire") when named, (the whole role phrase, "") by role; empty when not attributed."""
    if attribution is Attribution.UNATTRIBUTED:
        return "", ""
    if participant is None:
        return "", ""
    if attribution is Attribution.NAMED:
        name = clean_line(participant.name)
        rest = ", ".join(
            clean_line(p) for p in (participant.function, participant.organisation) if clean_line(p)
        )
        return name, f", {rest}" if rest else ""
    return by_role(participant), ""


def by_role(participant: Participant) -> str:
    """The function as typed (its capitals kept) with the right article, else the role's phrase;
    the regional group after it where a group applies."""
    function = clean_line(participant.function)
    phrase = f"{article(function)} {function}" if function else ENGLISH.role_phrases[participant.role]
    if (
        participant.region is not Region.UNSPECIFIED
        and participant.role not in _WITHOUT_REGION
        and not phrase.startswith("The ")
    ):
        phrase = ENGLISH.from_region.format(phrase=phrase, region=participant.region.label)
    return phrase


def article(function: str) -> str:
    lowered = function.lower()
    if any(lowered == office or lowered.startswith(office + " ") for office in _ONE_OF_A_KIND):
        return "The"
    if function[:2] == "UN" and function[2:3] in ("", " ", "-"):
        return "A"  # "a UN Resident Coordinator": said "you-en"
    return "An" if _vowel_sound(lowered) else "A"


def _vowel_sound(phrase: str) -> bool:
    if phrase.startswith(_SOUNDS_VOWEL) or phrase in ("un", "mp", "ngo"):
        return True
    if phrase.startswith(_SOUNDS_CONSONANT):
        return False
    return phrase[:1] in "aeiou"


def short_name(participant: Participant | None, attribution: Attribution) -> str:
    """A speaker as a table cell or an aside: the name, the role phrase, or nothing."""
    if participant is None or attribution is Attribution.UNATTRIBUTED:
        return ""
    if attribution is Attribution.NAMED:
        return clean_line(participant.name)
    return by_role(participant)
