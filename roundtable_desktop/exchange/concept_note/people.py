"""Speakers a concept note lists ("H.E. Ms. Jane Doe, Minister of ICT, Kenya") -> participants."""

import re

from ...domain.enums import Role
from ...domain.model import Participant
from ...domain.text import clean_line
from ..country_names import state_names
from .document import Block, BlockKind
from .sections import Section, SectionKind

_HONORIFIC = re.compile(r"^(?:H\.\s?E\.|Hon\.|Honou?rable|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor"
                        r"|Ambassador|Sir|Dame|Minister|Senator)\s", re.IGNORECASE)
_CHAIR_WORDS = re.compile(r"\b(?:chair|chairperson|moderator)\b", re.IGNORECASE)
_ROLE_PREFIX = re.compile(r"^(?:moderator|chair|co-chair|discussants?|panell?ists?|speakers?|keynote)\s?:\s?",
                          re.IGNORECASE)
_LIST_LABEL = re.compile(r"^(?:speakers|panell?ists|discussants|panel)\s?:$", re.IGNORECASE)
_COLUMN_NAMES = re.compile(r"^(?:name|names|title|function|position|organi[sz]ation|country|role|affiliation"
                           r"|speaker|panell?ist)s?$", re.IGNORECASE)
MAX_SPEAKERS = 200


def find_speakers(sections: list[Section], session_id: str) -> list[Participant]:
    """The people listed in a participants/speakers section, each item "Name, function, body";
    else the lines under a "Speakers:" line of another section."""
    section = next((s for s in sections if s.kind is SectionKind.PARTICIPANTS), None)
    if section is not None:
        people = _people(section.blocks, session_id)
        if people:
            return people
    for other in sections:
        for block in other.blocks:
            if block.kind is BlockKind.PARAGRAPH and len(block.lines) > 1 \
                    and _LIST_LABEL.match(block.lines[0]):
                return _people([Block(BlockKind.PARAGRAPH, block.lines[1:])], session_id)
    return []


def _people(blocks: list[Block], session_id: str) -> list[Participant]:
    people: list[Participant] = []
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH:
            found = [_person(line.split(", "), session_id) for line in block.lines
                     if _HONORIFIC.match(_ROLE_PREFIX.sub("", line, count=1))]
        elif block.kind is BlockKind.TABLE_ROW and all(_COLUMN_NAMES.match(cell) for cell in block.lines):
            continue  # "Name | Title": the table's header
        else:
            found = [_person(block.lines if block.kind is BlockKind.TABLE_ROW else block.text.split(", "),
                             session_id)]
        people.extend(person for person in found if person is not None)
        if len(people) >= MAX_SPEAKERS:
            return people[:MAX_SPEAKERS]
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
    country = state_names().key_of(rest[-1]) if rest else None
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
