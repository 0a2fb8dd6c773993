"""Tables in the Word summary: columns as wide as their content needs on the page at hand (a
word is never broken: "Recommendation", "No."), a header row repeated on each page, rows that
never split across pages, named paragraph styles for the header, the cells and the totals."""

from collections.abc import Callable, Sequence
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu

from .model import Table

_HEADER_SHADING = "D9D9D9"
_CELL_MARGIN = 85  # twips each side: 0.15 cm
_EMU_PER_TWIP = 635
_EMU_PER_HALF_POINT = 6350
# a generous average width of a character, in ems: wider than Times or Arial, so a column
# measured with it holds its longest word in any usual template font
_WORD_EM = 0.55
_BOLD_WORD_EM = 0.62
_TEXT_EM = 0.5
_WIDE_ENOUGH = 34  # characters: a column wider than this wraps its long texts instead


def column_widths(table: Table, width: int, text_size: int) -> list[int]:
    """Widths in EMU summing to ``width``: each column at least its longest word (header in
    bold, a little wider), the rest of the line shared by how much text each column holds."""
    em = text_size * _EMU_PER_HALF_POINT
    padding = 2 * _CELL_MARGIN * _EMU_PER_TWIP
    columns = len(table.header)
    least, wanted = [0] * columns, [0.0] * columns
    for index in range(columns):
        cells = [table.header[index], *(row[index] for row in table.rows if index < len(row))]
        longest_word = max((len(word) for cell in cells[1:] for word in cell.split()), default=1)
        header_word = max((len(word) for word in table.header[index].split()), default=1)
        least[index] = int(max(longest_word * _WORD_EM, header_word * _BOLD_WORD_EM) * em) + padding
        longest_line = max((len(cell) for cell in cells), default=1)
        wanted[index] = min(longest_line, _WIDE_ENOUGH) * _TEXT_EM * em * table.widths[index] + padding
    total_least = sum(least)
    if total_least >= width:  # nothing fits: share the line by the least each needs
        return _fill(width, [w / total_least for w in least])
    spare = width - total_least
    extra = [max(0.0, w - m) for w, m in zip(wanted, least, strict=True)]
    total_extra = sum(extra) or 1.0
    return _fill(width, [(m + spare * e / total_extra) / width for m, e in zip(least, extra, strict=True)])


def _fill(width: int, shares: Sequence[float]) -> list[int]:
    widths = [int(width * share) for share in shares]
    widths[-1] += width - sum(widths)
    return widths


def write_table(
    document: Any,
    block: Table,
    width: int,
    text_size: int,
    style_ids: dict[str, str],
    write_cell: Callable[[Any, str, str], None],
) -> Any:
    """Add the table; ``write_cell(paragraph, text, style name)`` fills each cell's paragraph."""
    columns = len(block.header)
    table = document.add_table(rows=1, cols=columns)
    table._tbl.tblPr.style = style_ids["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _narrow_cell_margins(table)
    widths = column_widths(block, width, text_size)
    for column, column_width in zip(table.columns, widths, strict=True):
        column.width = Emu(column_width)
    header = table.rows[0]
    _row_properties(header, header=True)
    for index, (cell, text) in enumerate(zip(header.cells, block.header, strict=True)):
        cell.width = Emu(widths[index])
        _shade(cell)
        _fill_cell(cell, text, "Table Heading", index in block.numeric, write_cell)
    first_total = len(block.rows) - block.total_rows
    for number, row in enumerate(block.rows):
        added = table.add_row()
        _row_properties(added, header=False)
        style = "Table Total" if number >= first_total else "Table Text"
        for index, (cell, text) in enumerate(zip(added.cells, row, strict=False)):
            _fill_cell(cell, text, style, index in block.numeric, write_cell)
    return table


def _fill_cell(
    cell: Any, text: str, style: str, right: bool, write_cell: Callable[[Any, str, str], None]
) -> None:
    paragraph = cell.paragraphs[0]
    write_cell(paragraph, text, style)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _row_properties(row: Any, header: bool) -> None:
    """Rows never split across pages; the header row repeats on each (the schema's on/off
    values: the element alone means on)."""
    properties = row._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:cantSplit"))
    if header:
        properties.append(OxmlElement("w:tblHeader"))


def _narrow_cell_margins(table: Any) -> None:
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), str(_CELL_MARGIN))
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    properties = table._tbl.tblPr
    look = properties.find(qn("w:tblLook"))  # schema order: tblCellMar comes before tblLook
    if look is not None:
        look.addprevious(margins)
    else:
        properties.append(margins)


def _shade(cell: Any) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), _HEADER_SHADING)
    properties.append(shading)
