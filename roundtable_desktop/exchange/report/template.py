"""The Word document the report is written into: the secretariat's template (its styles, page
set-up, header and footer, body cleared), or a plain A4 document in a sober UN-like style."""

import io
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from ...domain import file_problems
from ...domain.errors import InputError
from ...domain.translatable import QT_TRANSLATE_NOOP
from .numbering import set_up_numbering
from .styles import StyleBook

_DOTX = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_FONT = "Times New Roman"


def new_document(template: Path | str | None, language: str = "en-GB",
                 style_names: Mapping[str, str] | None = None) -> tuple[DocxDocument, StyleBook]:
    """The document to write into, with every style the summary uses found or added, Word
    numbering set up and the document language set. A template that cannot be used is an
    InputError in one line, whoever made it."""
    if template is None:
        document = Document()
        _house_style(document)
        return _prepared(document, language, style_names)
    path = Path(template)
    document = _open_template(path)
    try:
        body = document.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        return _prepared(document, language, style_names)
    except InputError:
        raise
    except Exception as error:  # noqa: BLE001 (a template's XML can be wrong in many ways)
        raise InputError(QT_TRANSLATE_NOOP(
            "Template", "The Word template {name} cannot be used: its styles or lists are damaged "
            "({detail}).")
            .format(name=path.name, detail=type(error).__name__)) from None


def _prepared(document: DocxDocument, language: str,
              style_names: Mapping[str, str] | None) -> tuple[DocxDocument, StyleBook]:
    book = StyleBook(document, style_names)
    book.numbered_id = set_up_numbering(document, book)
    set_language(document, language)
    return document, book


# Latin letters in a Chinese or Arabic version are English names and terms: tagged Chinese, Word
# and LibreOffice break them anywhere, as they break Chinese text ("substanti-al", "COVID-1 9").
LATIN_TEXT_OF_OTHER_SCRIPTS = "en-GB"


def latin_text_language(language: str) -> str:
    """The language of the document's Latin letters: its own, but English in a Chinese or Arabic one."""
    return LATIN_TEXT_OF_OTHER_SCRIPTS if language.startswith(("zh", "ar")) else language


def set_language(document: DocxDocument, language: str) -> None:
    """The document's language (Word checks the spelling in it): the defaults and every style
    that sets its own, for Latin text (English in a Chinese or Arabic version); Chinese and
    Arabic in their own slots (East Asian, complex script)."""
    latin = latin_text_language(language)
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f'<w:docDefaults {nsdecls("w")}/>')
        styles.insert(0, defaults)
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = parse_xml(f'<w:rPrDefault {nsdecls("w")}/>')
        defaults.insert(0, run_defaults)
    rpr = run_defaults.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f'<w:rPr {nsdecls("w")}/>')
        run_defaults.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="{latin}"/>'))
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), latin)
        if language.startswith("zh"):
            lang.set(qn("w:eastAsia"), language)
        if language.startswith("ar"):
            lang.set(qn("w:bidi"), language)
    _set_script_fonts(rpr)
    document.core_properties.language = language


# Fonts for the scripts Latin fonts lack, set in the defaults every style inherits: Chinese in
# SimSun (on every Windows, mapped by Word on macOS, replaced by Noto Sans CJK by LibreOffice on
# Linux); Arabic in the complex-script slot, Times New Roman (which carries Arabic on Windows and
# macOS; LibreOffice takes Noto Naskh Arabic where it does not).
EAST_ASIAN_FONT = "SimSun"
COMPLEX_SCRIPT_FONT = "Times New Roman"


def _set_script_fonts(rpr: Any) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = parse_xml(f'<w:rFonts {nsdecls("w")}/>')
        rpr.insert(0, fonts)
    if fonts.get(qn("w:eastAsia")) is None:
        fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    if fonts.get(qn("w:cs")) is None:
        fonts.set(qn("w:cs"), COMPLEX_SCRIPT_FONT)


def _open_template(path: Path) -> DocxDocument:
    """A .docx or .dotx (a .dotx is read as a document: only its content type differs)."""
    name = path.name
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(QT_TRANSLATE_NOOP("Template", "The Word template {name} was not found ({path}).")
                         .format(name=name, path=str(path))) from None
    except IsADirectoryError:
        raise InputError(QT_TRANSLATE_NOOP("Template", "The Word template {name} is a folder, not a Word "
                                           "file.").format(name=name)) from None
    except OSError as error:
        if isinstance(error, PermissionError) or getattr(error, "winerror", None) is not None:
            raise InputError(file_problems.unreadable(path, error)) from None
        raise InputError(QT_TRANSLATE_NOOP("Template", "The Word template {name} cannot be read ({reason}).")
                         .format(name=name, reason=file_problems.reason(error))) from None
    try:
        return Document(io.BytesIO(_as_document(data)))
    except Exception:  # noqa: BLE001 (python-docx raises many kinds for a damaged file)
        raise InputError(QT_TRANSLATE_NOOP("Template", "The Word template {name} is not a Word document "
                                           "(.docx or .dotx) that can be used.").format(name=name)) from None


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


def _complex_script_font(style_element: Any) -> None:
    rpr = style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attribute), _FONT)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _no_letter_spacing(style_element: Any) -> None:
    rpr = style_element.rPr
    if rpr is not None:
        for spacing in rpr.findall(qn("w:spacing")):
            rpr.remove(spacing)


def _drop_title_border(style_element: Any) -> None:
    ppr = style_element.pPr
    if ppr is not None:
        for border in ppr.findall(qn("w:pBdr")):
            ppr.remove(border)


def _page_number_footer(section: Any) -> None:
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
    page, left, right = section.page_width, section.left_margin, section.right_margin
    known = page is not None and left is not None and right is not None
    width = int(page or 0) - int(left or 0) - int(right or 0) if known else 0
    return width if width > 0 else int(Cm(16))
