"""The concept note's sections (background, objectives, guiding questions, format…) and the
guiding questions themselves."""

import re
from dataclasses import dataclass, field
from enum import StrEnum

from .document import Block, BlockKind, Document


class SectionKind(StrEnum):
    HEADER = "header"  # everything before the first recognised heading
    CONCEPT_NOTE = "concept_note"
    BACKGROUND = "background"
    OBJECTIVES = "objectives"
    QUESTIONS = "questions"
    FORMAT = "format"
    PARTICIPANTS = "participants"
    OUTCOME = "outcome"
    OTHER = "other"


_NUMBERING = re.compile(r"^(?:[IVXivx]{1,5}|\d{1,2}|[A-Ha-h])[.)]\s+|^\d{1,2}\s+(?=[A-Z])")
_SECTION_WORDS: tuple[tuple[SectionKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
        (SectionKind.QUESTIONS, r"\bquestions?\b"),
        (SectionKind.CONCEPT_NOTE, r"^(?:draft |provisional )?concept note$|^information note$"),
        (SectionKind.BACKGROUND, r"^(?:background|context|introduction|rationale|overview|justification)\b"),
        (SectionKind.OBJECTIVES, r"^(?:(?:the |main |specific |key )?(?:objectives?|purpose|aims?)\b"
                                 r"|goals? of the)"),
        (SectionKind.FORMAT, r"^(?:(?:proposed |provisional |draft )?(?:format|programme|program|agenda"
                             r"|modalities|structure|organi[sz]ation of (?:work|the session)|methodology"
                             r"|proceedings|running order|schedule)\b)"),
        (SectionKind.PARTICIPANTS, r"^(?:(?:expected |invited |list of |confirmed )?"
                                   r"(?:participants?|participation"
                                   r"|speakers|panell?ists|discussants|moderators?|audience)\b)"
                                   r"|^(?:the |discussion |high-level )?panel$"
                                   r"|^(?:chairs?|co-chairs|moderators?) and "
                                   r"(?:panell?ists|speakers|discussants)"),
        (SectionKind.OUTCOME, r"^(?:expected )?(?:outcomes?|results?|deliverables?|follow-up)\b"),
    ))
_QUESTION_LEAD = re.compile(r"\bquestions?\b", re.IGNORECASE)
_QUESTION_LABEL = re.compile(
    r"^(?:Q\s?\d{1,2}|Question\s\d{1,2}|\d{1,2}[.)]|\([a-z0-9]\))\s?[:.)\-\u2013]?\s+", re.IGNORECASE)
_GENERIC_HEADING = re.compile(r"^(?:(?:draft |provisional )?concept note|information note|note)$",
                              re.IGNORECASE)


@dataclass(slots=True)
class Section:
    kind: SectionKind
    heading: str
    blocks: list[Block] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Paragraphs separated by a blank line; list items as bullets."""
        parts = []
        for block in self.blocks:
            if block.kind is BlockKind.LIST_ITEM:
                parts.append(f"\u2022 {block.text}")
            elif block.kind is BlockKind.TABLE_ROW:
                parts.append(" | ".join(block.lines))
            else:
                parts.append(block.text)
        return "\n\n".join(part for part in parts if part)


def heading_kind(block: Block) -> SectionKind | None:
    """The section a block opens, or None when it is not a heading."""
    if block.kind is BlockKind.TABLE_ROW or not block.text:
        return None
    text = heading_text(block)
    short = len(text) <= 90 and len(text.split()) <= 12 and text[-1:] not in ".;,!"
    if not short or (block.kind is BlockKind.LIST_ITEM and (len(text.split()) > 6 or any(
            mark in text for mark in (": ", ", ")))):
        return None
    if block.kind is not BlockKind.HEADING and re.search(r"\w: \S", text):
        return None  # "Moderator: Ms. …", a label with its value
    for kind, pattern in _SECTION_WORDS:
        if pattern.search(text) and (kind is not SectionKind.QUESTIONS or not text.endswith("?")):
            return kind
    if block.kind is BlockKind.HEADING or (block.bold and block.is_heading_like):
        return SectionKind.OTHER
    return None


def is_section_title(line: str) -> bool:
    """A line that names a known section ("Background", "III. FORMAT", "Guiding questions:")."""
    return heading_kind(Block(BlockKind.PARAGRAPH, [line])) not in (None, SectionKind.OTHER)


def heading_text(block: Block) -> str:
    return _NUMBERING.sub("", block.text).strip().rstrip(":").strip()


def split_sections(document: Document) -> list[Section]:
    """The header (before the first recognised heading) then one section per heading."""
    sections = [Section(SectionKind.HEADER, "")]
    started = False
    for block in document.blocks:
        kind = heading_kind(block)
        if kind in (SectionKind.OTHER, SectionKind.CONCEPT_NOTE) and not started:
            # "Concept note", or a title in Word's heading style: the header goes on
            if kind is SectionKind.OTHER:
                sections[0].blocks.append(block)
            continue
        if kind is not None:
            started = True
            sections.append(Section(kind, heading_text(block)))
        else:
            sections[-1].blocks.append(block)
    return sections


def is_generic_heading(text: str) -> bool:
    return bool(_GENERIC_HEADING.match(text.strip().rstrip(":")))


def first_section(sections: list[Section], kind: SectionKind) -> Section | None:
    return next((section for section in sections if section.kind is kind), None)


# guiding questions ------------------------------------------------------------------------------


def find_questions(sections: list[Section]) -> tuple[list[str], list[Block]]:
    """The guiding questions, and the blocks they came from (to leave out of the prose)."""
    for section in sections:
        if section.kind is SectionKind.QUESTIONS:
            items = [b for b in section.blocks if b.kind is BlockKind.LIST_ITEM]
            if items:
                return [question_text(b.text) for b in items], items
            asked = [b for b in section.blocks if b.text.endswith("?") or _QUESTION_LABEL.match(b.text)]
            questions = [q for b in asked for q in _questions_in(b.lines)]
            if questions:
                return questions, asked
    for section in sections:
        found = _after_lead_sentence(section.blocks)
        if found:
            return found
    for section in sections:
        items = [b for b in section.blocks if b.kind is BlockKind.LIST_ITEM and b.text.endswith("?")]
        if items:
            return [question_text(b.text) for b in items], items
    items = [b for section in sections for b in section.blocks
             if b.kind is BlockKind.PARAGRAPH and b.text.endswith("?") and len(b.text) < 600
             and b.text.count("? ") == 0 and len(b.text.split()) >= 3]  # not "Questions?"
    return [question_text(b.text) for b in items], items


def _after_lead_sentence(blocks: list[Block]) -> tuple[list[str], list[Block]] | None:
    """A sentence about questions ending with ':' and the list (or '?' lines) after it."""
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.LIST_ITEM or not _QUESTION_LEAD.search(block.text):
            continue
        if not block.text.rstrip().endswith(":"):
            continue
        following = []
        for after in blocks[index + 1:]:
            is_item = after.kind is BlockKind.LIST_ITEM or (
                after.kind is BlockKind.PARAGRAPH and after.text.endswith("?"))
            if not is_item:
                break
            following.append(after)
        if following:
            return [question_text(b.text) for b in following], [block, *following]
    return None


def _questions_in(lines: list[str]) -> list[str]:
    """A paragraph's questions: a new one starts at a label ("Q2:", "2.") or after a line
    ending with "?"; other lines continue the question before them."""
    groups: list[list[str]] = []
    for line in lines:
        if not groups or _QUESTION_LABEL.match(line) or groups[-1][-1].endswith("?"):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [question_text(" ".join(group)) for group in groups]


def question_text(text: str) -> str:
    """A question without its label: ``Q1: How…?`` -> ``How…?``."""
    return _QUESTION_LABEL.sub("", text.strip(), count=1).strip()


def prose(section: Section | None, leave_out: list[Block]) -> str:
    if section is None:
        return ""
    left_out = {id(block) for block in leave_out}
    kept = Section(section.kind, section.heading, [b for b in section.blocks if id(b) not in left_out])
    return kept.text
