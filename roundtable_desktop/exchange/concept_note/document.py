"""A concept note as read from any format: an ordered list of blocks (headings, paragraphs,
list items, table rows), each with its lines. The parser works on this, never on files."""

from dataclasses import dataclass, field
from enum import StrEnum

from ...domain.errors import InputError
from ...domain.translatable import QT_TRANSLATE_NOOP

# A concept note is a few pages. These caps keep every import quick, whatever the file holds.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 1_000_000
MAX_LINES = 5_000


_ABBREVIATIONS = ("H.E.", "Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "Amb.", "Hon.", "St.", "No.", "e.g.",
                  "i.e.", "U.N.", "Rev.", "Sr.", "Jr.", "Gen.", "Vol.", "approx.", "Co.", "Inc.")
_ONE_DOT = "\u2024"  # ONE DOT LEADER: stands for an abbreviation's dot while splitting sentences


def protect_abbreviations(text: str) -> str:
    """Dots of "H.E.", "Mr.", "e.g." replaced so that sentence splitting does not cut there."""
    for abbreviation in _ABBREVIATIONS:
        if abbreviation in text:
            text = text.replace(abbreviation, abbreviation.replace(".", _ONE_DOT))
    return text


def restore_abbreviations(text: str) -> str:
    return text.replace(_ONE_DOT, ".")


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"


@dataclass(slots=True)
class Block:
    kind: BlockKind
    lines: list[str] = field(default_factory=list)
    bold: bool = False
    level: int = 0  # heading level, 1 = top
    style: str = ""  # "title" or "subtitle": Word's Title and Subtitle styles

    @property
    def text(self) -> str:
        return " ".join(line for line in self.lines if line)

    @property
    def is_heading_like(self) -> bool:
        """A heading, or a short single line that reads like one (no sentence punctuation)."""
        if self.kind is BlockKind.HEADING:
            return True
        if self.kind is not BlockKind.PARAGRAPH or len(self.lines) != 1:
            return False
        text = self.text
        return 0 < len(text) <= 90 and len(text.split()) <= 12 and text[-1] not in ".,;?!"


@dataclass(slots=True)
class Document:
    blocks: list[Block]
    source: str  # "Word document", "Markdown file", "text file"

    @property
    def all_text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


def check_line_count(count: int, name: str) -> None:
    if count > MAX_LINES:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} has {count:,} lines; a concept note has at most {limit:,}. Is it the "
            "right file?").format(name=name, count=count, limit=MAX_LINES))


def check_text_size(chars: int, name: str) -> None:
    if chars > MAX_TEXT_CHARS:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} holds {count:,} characters of text; a concept note has at most "
            "{limit:,}. Is it the right file?").format(name=name, count=chars, limit=MAX_TEXT_CHARS))
