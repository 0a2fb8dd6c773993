"""Tables in the Word summary: columns as wide as their content needs on the page at hand (a
word is never broken: "Recommendation", "No."), a header row repeated on each page, rows that
never split across pages, named paragraph styles for the header, the cells and the totals."""

from collections.abc import Callable, Sequence
from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml.etree import SubElement

from .model import Table

_HEADER_SHADING = "D9D9D9"
_CELL_MARGIN = 85  # twips each side: 0.15 cm
_EMU_PER_TWIP = 635
_EMU_PER_HALF_POINT = 6350
_TR, _TRPR, _CANT_SPLIT, _TBL_HEADER, _TC, _TCPR, _TCW, _SHD, _P = (qn(f"w:{tag}") for tag in (
    "tr", "trPr", "cantSplit", "tblHeader", "tc", "tcPr", "tcW", "shd", "p"))
_W, _TYPE, _VAL, _COLOR, _FILL = (qn(f"w:{name}") for name in ("w", "type", "val", "color", "fill"))
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


def write_table(document: Any, block: Table, width: int, text_size: int, style_ids: dict[str, str],
                write_cell: Callable[[Any, str, str, bool], None]) -> Any:
    """Add the table (python-docx makes its frame; the rows are built with lxml directly, ten
    times faster on a long annex). ``write_cell(paragraph element, text, style name, right
    aligned)`` fills each cell's paragraph."""
    columns = len(block.header)
    table = document.add_table(rows=0, cols=columns)
    table._tbl.tblPr.style = style_ids["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _narrow_cell_margins(table)
    widths = [w // _EMU_PER_TWIP for w in column_widths(block, width, text_size)]
    for column, column_width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.set(qn("w:w"), str(column_width))
    tbl = table._tbl
    _row(tbl, block.header, widths, "Table Heading", block.numeric, write_cell, header=True)
    first_total = len(block.rows) - block.total_rows
    for number, row in enumerate(block.rows):
        style = "Table Total" if number >= first_total else "Table Text"
        _row(tbl, row, widths, style, block.numeric, write_cell, header=False)
    return table


def _row(tbl: Any, cells: tuple[str, ...], widths: list[int], style: str, numeric: frozenset[int],
         write_cell: Callable[[Any, str, str, bool], None], header: bool) -> None:
    """A row that never splits across pages; the header row repeats on each (the schema's
    on/off values: the element alone means on)."""
    row = SubElement(tbl, _TR)
    properties = SubElement(row, _TRPR)
    SubElement(properties, _CANT_SPLIT)
    if header:
        SubElement(properties, _TBL_HEADER)
    for index, width in enumerate(widths):
        cell = SubElement(row, _TC)
        cell_properties = SubElement(cell, _TCPR)
        cell_width = SubElement(cell_properties, _TCW)
        cell_width.set(_W, str(width))
        cell_width.set(_TYPE, "dxa")
        if header:
            shading = SubElement(cell_properties, _SHD)
            shading.set(_VAL, "clear")
            shading.set(_COLOR, "auto")
            shading.set(_FILL, _HEADER_SHADING)
        write_cell(SubElement(cell, _P), cells[index] if index < len(cells) else "", style, index in numeric)


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
