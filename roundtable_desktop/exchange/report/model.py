"""The report as format-neutral blocks: headings, paragraphs of runs, tables, page breaks. The Word
and Markdown writers render the same Report. Looks come from named styles, never from the
blocks: a paragraph says what it is (a numbered paragraph, a speaker's line), a run what it is
(a speaker, a label)."""

from dataclasses import dataclass, field
from enum import StrEnum


class ParagraphStyle(StrEnum):
    NORMAL = "normal"
    NUMBERED = "numbered"  # the body's numbered paragraphs (1., 2., … in one sequence)
    SUBTITLE = "subtitle"
    BULLET = "bullet"
    SPEAKER = "speaker"  # the line naming who made the points below it
    DETAIL = "detail"  # a "Label: value" line of the title block
    EMPTY = "empty"  # "Nothing was recorded …": a section with nothing in it says so
    MASTHEAD = "masthead"  # symbol, distribution, date, original language
    EXPLANATION = "explanation"  # what a table's figures mean, above it


class CharacterStyle(StrEnum):
    SPEAKER = "speaker"  # a speaker's name or role phrase
    LABEL = "label"  # "Date:" in the title block
    KIND = "kind"  # "Key point:" before a note
    SDGS = "sdgs"  # "(SDG 4, 8)" after a note
    SYMBOL = "symbol"  # the document symbol in the masthead


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    style: CharacterStyle | None = None


@dataclass(slots=True)
class Heading:
    text: str
    level: int  # 0 = the document's title, 1–3 = Heading 1–3
    new_page: bool = False


@dataclass(slots=True)
class Paragraph:
    runs: tuple[Run, ...]
    style: ParagraphStyle = ParagraphStyle.NORMAL

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(slots=True)
class Table:
    header: tuple[str, ...]
    rows: list[tuple[str, ...]]
    widths: tuple[float, ...]  # relative column widths, the least each column gets
    total_rows: int = 0  # the last ``total_rows`` rows are totals
    numeric: frozenset[int] = frozenset()  # columns aligned right


@dataclass(slots=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | PageBreak


@dataclass(slots=True)
class Report:
    title: str  # document property: "Summary by the Rapporteur: <meeting title>"
    author: str
    subject: str
    language: str = "en-GB"
    masthead: tuple[Paragraph, ...] = ()
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str, level: int, new_page: bool = False) -> None:
        self.blocks.append(Heading(text, level, new_page))

    def paragraph(self, *runs: Run | str, style: ParagraphStyle = ParagraphStyle.NORMAL) -> None:
        self.blocks.append(Paragraph(tuple(r if isinstance(r, Run) else Run(r) for r in runs), style))

    def numbered(self, *runs: Run | str) -> None:
        self.paragraph(*runs, style=ParagraphStyle.NUMBERED)

    def empty(self, text: str) -> None:
        self.blocks.append(Paragraph((Run(text),), ParagraphStyle.EMPTY))

    def table(self, table: Table) -> None:
        self.blocks.append(table)

    @property
    def text(self) -> str:
        """Every character the report prints (for measuring its length)."""
        parts: list[str] = [p.text for p in self.masthead]
        for block in self.blocks:
            if isinstance(block, Heading | Paragraph):
                parts.append(block.text)
            elif isinstance(block, Table):
                parts += [*block.header, *(cell for row in block.rows for cell in row)]
        return "\n".join(parts)
