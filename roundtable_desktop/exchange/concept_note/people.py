"""Speakers a concept note lists ("H.E. Ms. Jane Doe, Minister of ICT, Kenya") -> participants."""

import re

from ...domain.countries import official_country_name
from ...domain.enums import Role
from ...domain.model import Participant
from ...domain.text import clean_line
from .document import BlockKind
from .sections import Section

_HONORIFIC = re.compile(r"^(?:H\.\s?E\.|Hon\.|Honou?rable|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor"
                        r"|Ambassador|Sir|Dame|Minister|Senator)\s", re.IGNORECASE)
_CHAIR_WORDS = re.compile(r"\b(?:chair|chairperson|moderator)\b", re.IGNORECASE)
_ROLE_PREFIX = re.compile(r"^(?:moderator|chair|co-chair|discussants?|panell?ists?|speakers?|keynote)\s?:\s?",
                          re.IGNORECASE)
MAX_SPEAKERS = 200


def find_speakers(section: Section | None, session_id: str) -> list[Participant]:
    """The people listed in a participants/speakers section, each item "Name, function, body"."""
    if section is None:
        return []
    people = []
    for block in section.blocks:
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
            continue
        person = _person(block.lines if block.kind is BlockKind.TABLE_ROW else block.text.split(", "),
                         session_id)
        if person is not None:
            people.append(person)
        if len(people) >= MAX_SPEAKERS:
            break
    return people


def _person(parts: list[str], session_id: str) -> Participant | None:
    parts = [clean_line(part) for part in parts if clean_line(part)]
    if not parts:
        return None
    prefix = _ROLE_PREFIX.match(parts[0])
    role_word = prefix.group(0).lower() if prefix else ""
    parts[0] = parts[0][prefix.end():] if prefix else parts[0]
    name = parts[0]
    if not _HONORIFIC.match(name) and len(parts) < 2 or len(name) > 80 or name.endswith((".", "?", ":")):
        return None
    rest = parts[1:]
    country = official_country_name(rest[-1]) if rest else None
    organisation = country or (", ".join(rest[1:]) if len(rest) > 1 else "")
    function = rest[0] if rest and not (country and len(rest) == 1) else ""
    if country and len(rest) > 2:
        organisation = ", ".join(rest[1:-1] + [country])
    text = " ".join(parts).lower()
    if "co-chair" in role_word or "co-chair" in text:
        role = Role.CO_CHAIR
    elif role_word.startswith(("moderator", "chair")) or _CHAIR_WORDS.search(function):
        role = Role.MODERATOR if "moderator" in (role_word + function.lower()) else Role.CHAIR
    else:
        role = Role.DISCUSSANT
    return Participant(session_id=session_id, name=name, function=function[:200],
                       organisation=organisation[:200], role=role)
