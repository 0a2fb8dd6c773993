"""A format-neutral report: headings, paragraphs made of runs, tables. Writers turn it into
Word or Markdown; every text in it has already been cleaned."""

from dataclasses import dataclass, field
from enum import StrEnum


class ParagraphStyle(StrEnum):
    NORMAL = "normal"
    SUBTITLE = "subtitle"
    BULLET = "bullet"
    SPEAKER = "speaker"  # the line naming who made the points below it
    DETAIL = "detail"  # a "Label: value" line of the title block
    EMPTY = "empty"  # "Nothing was recorded …": a section with nothing in it says so


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class Heading:
    text: str
    level: int  # 0 = the document's title, 1–3 = Heading 1–3


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
    widths: tuple[float, ...]  # relative column widths
    total_rows: int = 0  # the last ``total_rows`` rows are totals, shown in bold
    numeric: frozenset[int] = frozenset()  # columns aligned right


@dataclass(slots=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | PageBreak


@dataclass(slots=True)
class Report:
    title: str  # document property: "Rapporteur's summary: <meeting title>"
    author: str
    subject: str
    blocks: list[Block] = field(default_factory=list)

    def heading(self, text: str, level: int) -> None:
        self.blocks.append(Heading(text, level))

    def paragraph(self, *runs: Run | str, style: ParagraphStyle = ParagraphStyle.NORMAL) -> None:
        self.blocks.append(Paragraph(tuple(r if isinstance(r, Run) else Run(r) for r in runs), style))

    def empty(self, text: str) -> None:
        self.blocks.append(Paragraph((Run(text, italic=True),), ParagraphStyle.EMPTY))

    def table(self, table: Table) -> None:
        self.blocks.append(table)
