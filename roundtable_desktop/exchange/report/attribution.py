"""Who said it, as the report says it: named, by role ("A high-level discussant from the African
States"), or not at all, as UN summaries often do."""

from enum import StrEnum

from ...domain.enums import Region
from ...domain.model import Participant
from ...domain.text import clean_line


class Attribution(StrEnum):
    NAMED = "named"
    BY_ROLE = "by_role"
    UNATTRIBUTED = "unattributed"



def speaker_heading(participant: Participant | None, attribution: Attribution) -> str:
    """The line above a speaker's points; empty when points are not attributed."""
    if attribution is Attribution.UNATTRIBUTED:
        return ""
    if participant is None:
        return "Not attributed to a speaker"
    if attribution is Attribution.NAMED:
        return clean_line(participant.description)
    return by_role(participant)


def by_role(participant: Participant) -> str:
    phrase = clean_line(participant.function) or participant.role.label
    phrase = phrase[:1].lower() + phrase[1:] if phrase[1:2].islower() else phrase
    article = "An" if phrase[:1].lower() in "aeiou" else "A"
    if participant.region is not Region.UNSPECIFIED:
        return f"{article} {phrase} from the {participant.region.label}"
    return f"{article} {phrase}"


def short_name(participant: Participant | None, attribution: Attribution) -> str:
    """A speaker as a table cell or an aside: the name, the role phrase, or nothing."""
    if participant is None or attribution is Attribution.UNATTRIBUTED:
        return ""
    if attribution is Attribution.NAMED:
        return clean_line(participant.name)
    return by_role(participant)
