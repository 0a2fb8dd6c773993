"""Write a Report as a Word document with real styles (Title, Heading 1–3, List Bullet, a table
style), so the secretariat can restyle it in its own template."""

import io
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from ...domain.ids import utc_now
from ...domain.text import clean_text, is_right_to_left
from ..atomic import write_atomically
from .model import Heading, PageBreak, Paragraph, ParagraphStyle, Report, Run, Table
from .template import TABLE_STYLE, TABLE_TEXT, new_document, text_width

_STYLE_NAMES = {
    ParagraphStyle.NORMAL: "Normal",
    ParagraphStyle.SUBTITLE: "Subtitle",
    ParagraphStyle.BULLET: "List Bullet",
    ParagraphStyle.SPEAKER: "Normal",
    ParagraphStyle.DETAIL: "Normal",
    ParagraphStyle.EMPTY: "Normal",
}
_HEADER_SHADING = "D9D9D9"
_LRM = "\u200e"  # left-to-right mark


def save_docx(report: Report, target: Path | str, template: Path | str | None = None) -> Path:
    """Write ``report`` to ``target`` (atomically), in ``template``'s styles when given."""
    document = render_docx(report, template)
    packed = io.BytesIO()  # zipped in memory: a full disk fails one plain write, never zipfile's
    document.save(packed)
    return write_atomically(target, lambda path: path.write_bytes(packed.getvalue()))


def render_docx(report: Report, template: Path | str | None = None) -> DocxDocument:
    document = new_document(template)
    _properties(document, report)
    writer = _Writer(document)
    for block in report.blocks:
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


def _property(text: str) -> str:
    """A document property: Word allows 255 characters (python-docx refuses more)."""
    cleaned = " ".join(clean_text(text).split())
    return cleaned if len(cleaned) <= 255 else cleaned[:254] + "\u2026"


class _Writer:
    def __init__(self, document: DocxDocument) -> None:
        self.document = document
        self.body = document.element.body
        self.section = self.body.sectPr  # found once: python-docx searches the whole body each time
        # style ids resolved once: python-docx looks a style name up among all styles per paragraph
        names = {*_STYLE_NAMES.values(), "Title", "Heading 1", "Heading 2", "Heading 3", TABLE_TEXT}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        self.style_ids = {name: None if document.styles[name] == default else document.styles[name].style_id
                          for name in names}
        self.table_style = document.styles[TABLE_STYLE]
        self.width = text_width(document)
        self.break_before_next = False

    def write(self, block) -> None:
        if isinstance(block, Heading):
            self._heading(block)
        elif isinstance(block, Paragraph):
            self._paragraph(block)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, PageBreak):
            self.break_before_next = True

    def _heading(self, heading: Heading) -> None:
        style = "Title" if heading.level == 0 else f"Heading {min(heading.level, 3)}"
        paragraph = self._add_paragraph(style)
        add_runs(paragraph, (Run(heading.text),))
        if self.break_before_next:
            paragraph.paragraph_format.page_break_before = True
            self.break_before_next = False

    def _paragraph(self, block: Paragraph) -> None:
        paragraph = self._add_paragraph(_STYLE_NAMES[block.style])
        add_runs(paragraph, block.runs)
        layout = paragraph.paragraph_format
        if block.style is ParagraphStyle.SPEAKER:
            layout.keep_with_next = True
            layout.space_before, layout.space_after = Pt(6), Pt(2)
        elif block.style is ParagraphStyle.DETAIL:
            layout.space_after = Pt(2)
        elif block.style is ParagraphStyle.SUBTITLE:
            layout.space_after = Pt(4)

    def _table(self, block: Table) -> None:
        columns = len(block.header)
        table = self.document.add_table(rows=1, cols=columns)
        table.style = self.table_style
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _narrow_cell_margins(table)
        total = sum(block.widths)
        widths = [int(self.width * w / total) for w in block.widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = width
        header = table.rows[0]
        _repeat_as_header(header)
        for index, (cell, text) in enumerate(zip(header.cells, block.header, strict=True)):
            cell.width = widths[index]
            _shade(cell)
            self._cell(cell, text, bold=True, right=index in block.numeric)
        first_total = len(block.rows) - block.total_rows
        for number, row in enumerate(block.rows):
            cells = table.add_row().cells
            for index, text in enumerate(row):
                self._cell(cells[index], text, bold=number >= first_total, right=index in block.numeric)
        self._add_paragraph("Normal").paragraph_format.space_after = Pt(2)

    def _add_paragraph(self, style: str) -> DocxParagraph:
        """A new body paragraph. Placed before the body's section properties directly: python-docx
        searches the whole body for them on every paragraph, quadratic on a long report."""
        element = OxmlElement("w:p")
        if self.section is not None:
            self.section.addprevious(element)
        else:
            self.body.append(element)
        paragraph = DocxParagraph(element, self.document._body)
        self._style(paragraph, style)
        return paragraph

    def _style(self, paragraph: DocxParagraph, style: str) -> None:
        style_id = self.style_ids[style]
        if style_id:
            paragraph._p.get_or_add_pPr().style = style_id

    def _cell(self, cell, text: str, bold: bool, right: bool) -> None:
        paragraph = cell.paragraphs[0]
        self._style(paragraph, TABLE_TEXT)
        add_runs(paragraph, (Run(text, bold=bold),))
        if right:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def add_runs(paragraph: DocxParagraph, runs: tuple[Run, ...]) -> None:
    """Add the runs, text cleaned once more. A paragraph whose main text (its longest run) is
    Arabic or Hebrew is set right-to-left."""
    rtl = bool(runs) and is_right_to_left(max(runs, key=lambda run: len(run.text)).text)
    for part in runs:
        text = clean_text(part.text)
        if not text:
            continue
        if rtl and not is_right_to_left(text) and any(c.isalnum() for c in text):
            text = _left_to_right(text)
        run = paragraph.add_run(text)
        if part.bold:
            run.bold = True
        if part.italic:
            run.italic = True
        if rtl and is_right_to_left(text):
            run._r.get_or_add_rPr().append(OxmlElement("w:rtl"))
    if rtl:
        _right_to_left(paragraph)


def _left_to_right(text: str) -> str:
    """English inside a right-to-left line (a kind label, "(SDG 17)", a speaker's name): each
    word between left-to-right marks, so brackets and stops stay with it even where the line
    wraps (isolates would be cleaner, but LibreOffice breaks lines badly around them)."""
    return _LRM + text.replace(" ", f"{_LRM} {_LRM}") + _LRM


def _right_to_left(paragraph: DocxParagraph) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    # w:bidi sits early in pPr (schema order): after pStyle/keepNext/…; before spacing and jc
    anchor = None
    for tag in ("w:spacing", "w:ind", "w:jc"):
        anchor = ppr.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(bidi)
    else:
        ppr.append(bidi)


def _narrow_cell_margins(table) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "85")  # twips: 0.15 cm
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))  # schema order: tblCellMar comes before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        properties.append(margins)


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    marker = OxmlElement("w:tblHeader")
    marker.set(qn("w:val"), "true")
    properties.append(marker)


def _shade(cell) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), _HEADER_SHADING)
    properties.append(shading)
