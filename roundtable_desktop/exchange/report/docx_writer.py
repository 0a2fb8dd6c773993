"""Write a Report as a Word document in named styles only (Title, Heading 1–3, Numbered
Paragraph, Speaker Line, List Bullet, the table styles; the character styles Speaker, Label,
Note Kind, SDG Reference), so the secretariat restyles everything by changing styles, in its
own template or with its own style names mapped onto ours."""

import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml.etree import SubElement

from ...domain.ids import utc_now
from ...domain.text import clean_text
from ..atomic import write_atomically
from .docx_runs import add_runs
from .docx_tables import write_table
from .model import CharacterStyle, Heading, PageBreak, Paragraph, ParagraphStyle, Report, Run, Table
from .numbering import number_properties, place_in_paragraph_properties
from .progress import NO_PROGRESS, Progress
from .styles import NUMBERED, TABLE_TEXT, StyleBook
from .template import new_document, text_width

PARAGRAPH_STYLES = {
    ParagraphStyle.NORMAL: "Normal",
    ParagraphStyle.NUMBERED: NUMBERED,
    ParagraphStyle.SUBTITLE: "Subtitle",
    ParagraphStyle.BULLET: "List Bullet",
    ParagraphStyle.SPEAKER: "Speaker Line",
    ParagraphStyle.DETAIL: "Meeting Detail",
    ParagraphStyle.EMPTY: "Nothing Recorded",
    ParagraphStyle.MASTHEAD: "Masthead",
    ParagraphStyle.EXPLANATION: "Explanation",
}
CHARACTER_STYLES = {
    CharacterStyle.SPEAKER: "Speaker",
    CharacterStyle.LABEL: "Label",
    CharacterStyle.KIND: "Note Kind",
    CharacterStyle.SDGS: "SDG Reference",
    CharacterStyle.SYMBOL: "Document Symbol",
}
_PROGRESS_EVERY = 200  # blocks between two progress reports (and chances to cancel)


def save_docx(
    report: Report,
    target: Path | str,
    template: Path | str | None = None,
    style_names: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    """Write ``report`` to ``target`` (atomically), in ``template``'s styles when given. A
    cancelled export (progress) leaves no file and the previous one as it was."""
    document = render_docx(report, template, style_names, progress)

    progress.step(0.9)
    packed = io.BytesIO()  # zipped in memory: a full disk fails one plain write, never zipfile's
    document.save(packed)

    def write(path: Path) -> None:
        path.write_bytes(packed.getvalue())
        progress.step(1.0)  # cancelled meanwhile: the temporary file goes, the target stays

    return write_atomically(target, write)


def render_docx(
    report: Report,
    template: Path | str | None = None,
    style_names: Mapping[str, str] | None = None,
    progress: Progress = NO_PROGRESS,
) -> DocxDocument:
    document, book = new_document(template, report.language, style_names)
    _properties(document, report)
    writer = _Writer(document, book, right_to_left=report.language.lower().startswith("ar"))
    writer.masthead(report.masthead)
    total = max(1, len(report.blocks))
    for number, block in enumerate(report.blocks):
        if number % _PROGRESS_EVERY == 0:
            progress.step(0.9 * number / total)
        writer.write(block)
    return document


def _properties(document: DocxDocument, report: Report) -> None:
    properties = document.core_properties
    now = utc_now().replace(microsecond=0, tzinfo=None)  # python-docx writes naive times as UTC
    properties.title = _property(report.title)
    properties.subject = _property(report.subject)
    properties.author = _property(report.author) or "Rapporteur"
    properties.last_modified_by = properties.author
    properties.created = properties.modified = now
    properties.revision = 1
    properties.keywords = properties.comments = properties.category = ""
    properties.language = report.language


def _property(text: str) -> str:
    """A document property: Word allows 255 characters (python-docx refuses more)."""
    cleaned = " ".join(clean_text(text).split())
    return cleaned if len(cleaned) <= 255 else cleaned[:254] + "\u2026"


class _Writer:
    """Writes the blocks. In a right-to-left document (Arabic) the headings and paragraphs of the
    text read right to left, numbers on the right and tables' first column on the right, whatever
    language a meeting's title or a note is in; the masthead (Latin in every UN language version)
    and the text of table cells follow their own letters."""

    def __init__(self, document: DocxDocument, book: StyleBook, right_to_left: bool = False) -> None:
        self.document = document
        self.right_to_left = right_to_left
        self.book = book
        self.body = document.element.body
        self.section = self.body.sectPr  # found once: python-docx searches the whole body each time
        self.characters = {kind: book.ids[name] for kind, name in CHARACTER_STYLES.items()}
        self.width = text_width(document)
        self.text_size = book.text_size(TABLE_TEXT)
        self.break_before_next = False

    def write(self, block: Heading | Paragraph | Table | PageBreak) -> None:
        if isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, PageBreak):
            self.break_before_next = True

    def masthead(self, lines: tuple[Paragraph, ...]) -> None:
        """Into the first-page header when the template has one, else at the top of the page."""
        if not lines:
            return
        section = self.document.sections[0]
        if section.different_first_page_header_footer and not section.first_page_header.is_linked_to_previous:
            header = section.first_page_header
            for block in lines:
                paragraph = header.add_paragraph()._p
                self._style(paragraph, PARAGRAPH_STYLES[block.style])
                add_runs(paragraph, block.runs, self.characters)
            return
        for block in lines:
            self._paragraph(block, in_text=False)

    def _heading(self, heading: Heading) -> None:
        style = "Title" if heading.level == 0 else f"Heading {min(heading.level, 3)}"
        paragraph = self._add_paragraph(style)
        add_runs(paragraph, (Run(heading.text),), self.characters, self.right_to_left)
        if self.break_before_next or heading.new_page:
            DocxParagraph(paragraph, self.document._body).paragraph_format.page_break_before = True
            self.break_before_next = False

    def _paragraph(self, block: Paragraph, in_text: bool = True) -> None:
        paragraph = self._add_paragraph(PARAGRAPH_STYLES[block.style])
        if block.style is ParagraphStyle.NUMBERED:
            # the style numbers it; the paragraph says so too, so a template style mapped in its
            # place still numbers it and Word renumbers on every edit
            place_in_paragraph_properties(
                paragraph.get_or_add_pPr(), number_properties(self.book.numbered_id)
            )
        add_runs(paragraph, block.runs, self.characters, in_text and self.right_to_left)

    def _table(self, block: Table) -> None:
        table = write_table(self.document, block, self.width, self.text_size, self.book.ids, self._cell)
        if self.right_to_left:  # the first column on the right, as the text reads
            properties = table._tbl.tblPr
            style = properties.find(qn("w:tblStyle"))
            visual = properties.makeelement(qn("w:bidiVisual"), {})
            if style is not None:
                style.addnext(visual)
            else:
                properties.insert(0, visual)
        self._place(table._tbl)
        self._add_paragraph("Normal")

    def _cell(self, paragraph: Any, text: str, style: str, right: bool) -> None:
        self._style(paragraph, style)
        if right:
            SubElement(paragraph.get_or_add_pPr(), qn("w:jc")).set(qn("w:val"), "right")
        add_runs(paragraph, (Run(text),), self.characters)

    def _add_paragraph(self, style: str) -> Any:
        """A new body paragraph (<w:p>). Placed before the body's section properties directly:
        python-docx searches the whole body for them on every paragraph, quadratic on a long
        report."""
        element = OxmlElement("w:p")
        self._place(element)
        self._style(element, style)
        return element

    def _place(self, element: Any) -> None:
        if self.section is not None:
            self.section.addprevious(element)
        else:
            self.body.append(element)

    def _style(self, paragraph: Any, style: str) -> None:
        """The paragraph's style (its first property, as the schema orders them)."""
        if not self.book.is_default_paragraph(style):
            properties = paragraph.get_or_add_pPr()
            element = properties.makeelement(qn("w:pStyle"), {qn("w:val"): self.book.ids[style]})
            properties.insert(0, element)
