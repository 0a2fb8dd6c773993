"""The Word document the report is written into: the secretariat's template (its styles, page
set-up, header and footer, body cleared), or a plain A4 document in a sober UN-like style."""

import copy
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from ...domain.errors import InputError

PARAGRAPH_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                    "List Bullet")
TABLE_STYLE = "Table Grid"
TABLE_TEXT = "Table Text"  # the paragraphs in table cells: one style to restyle them all
_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_FONT = "Times New Roman"


def new_document(template: Path | str | None) -> DocxDocument:
    if template is None:
        document = Document()
        _house_style(document)
    else:
        document = _open_template(Path(template))
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _add_missing_styles(document)
    _add_table_text_style(document, Pt(9.5) if template is None else None)
    return document


def _add_table_text_style(document: DocxDocument, size: Pt | None) -> None:
    if TABLE_TEXT in {style.name for style in document.styles}:
        return
    style = document.styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["Normal"]
    style.paragraph_format.space_before = style.paragraph_format.space_after = Pt(0)
    if size is not None:
        style.font.size = size


def _open_template(path: Path) -> DocxDocument:
    """A .docx or .dotx (a .dotx is read as a document: only its content type differs)."""
    what = f"The Word template {path.name}"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{what} was not found ({path}).") from None
    except IsADirectoryError:
        raise InputError(f"{what} is a folder, not a Word file.") from None
    except OSError as error:
        raise InputError(f"{what} cannot be read ({error.strerror or error}).") from None
    try:
        return Document(io.BytesIO(_as_document(data)))
    except Exception:  # noqa: BLE001 (python-docx raises many kinds for a damaged file)
        raise InputError(f"{what} is not a Word document (.docx or .dotx) that can be used.") from None


def _as_document(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        types = source.read("[Content_Types].xml")
        if _DOTX.encode() not in types:
            return data
        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
            for item in source.infolist():
                content = source.read(item.filename)
                if item.filename == "[Content_Types].xml":
                    content = content.replace(_DOTX.encode(), _DOCX.encode())
                target.writestr(item, content)
        return output.getvalue()


def _add_missing_styles(document: DocxDocument) -> None:
    """A template without a style the report uses gets python-docx's default of it (and what it
    is based on), so the report never fails on a sparse template."""
    names = {style.name for style in document.styles}
    needed = [n for n in (*PARAGRAPH_STYLES, TABLE_STYLE) if n not in names]
    if not needed:
        return
    defaults = Document()
    styles_element = document.styles.element
    while needed:
        name = needed.pop(0)
        source = defaults.styles[name]
        element = copy.deepcopy(source.element)
        styles_element.append(element)
        names.add(name)
        if name == "List Bullet":
            _point_at_own_bullets(document, element)
        base = source.base_style
        if base is not None and base.name not in names and base.name not in needed:
            needed.append(base.name)


def _point_at_own_bullets(document: DocxDocument, style_element) -> None:
    """A copied List Bullet refers to the defaults' list number 1, which in the template may be
    another list or none: give it a bullet list of its own in the template's numbering."""
    numbering = document.part.numbering_part.element
    abstract_ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        '<w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum comes before the nums
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}">'
                               f'<w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    for number in style_element.iter(qn("w:numId")):
        number.set(qn("w:val"), str(num_id))


def _house_style(document: DocxDocument) -> None:
    """A4, 2.5 cm margins, Times New Roman, black headings, page numbers in the footer."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    styles = document.styles
    sizes = {"Normal": 11, "Title": 20, "Subtitle": 13, "Heading 1": 14, "Heading 2": 12,
             "Heading 3": 11, "List Bullet": 11}
    for name, size in sizes.items():
        font = styles[name].font
        font.name, font.size = _FONT, Pt(size)
        font.color.rgb = RGBColor(0, 0, 0)
        _complex_script_font(styles[name].element)
    styles["Subtitle"].font.italic = False
    _no_letter_spacing(styles["Subtitle"].element)
    styles["Heading 3"].font.italic = True
    _drop_title_border(styles["Title"].element)
    styles["Normal"].paragraph_format.space_after = Pt(6)
    for name in ("Heading 1", "Heading 2", "Heading 3"):
        styles[name].paragraph_format.space_before = Pt({"Heading 1": 18}.get(name, 12))
        styles[name].paragraph_format.space_after = Pt(6)
    _page_number_footer(section)


def _complex_script_font(style_element) -> None:
    rpr = style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), _FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _no_letter_spacing(style_element) -> None:
    rpr = style_element.rPr
    if rpr is not None:
        for spacing in rpr.findall(qn("w:spacing")):
            rpr.remove(spacing)


def _drop_title_border(style_element) -> None:
    ppr = style_element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _page_number_footer(section) -> None:
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def text_width(document: DocxDocument) -> int:
    """The width between the margins of the last section, in EMU (A4 minus margins if unknown)."""
    section = document.sections[-1]
    try:
        width = section.page_width - section.left_margin - section.right_margin
    except TypeError:
        width = 0
    return width if width > 0 else Cm(16)
