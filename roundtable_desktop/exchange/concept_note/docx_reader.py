"""Word (.docx) concept notes -> a Document, read safely with the standard library.

Before any member is decompressed the zip's directory is checked: the number of members, the
total uncompressed size (at most 20 MB) and each member's compression ratio (at most 100), so a
zip bomb is refused at once. XML with a DOCTYPE or ENTITY declaration (external entities,
"billion laughs") is refused before it is parsed.
"""

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from xml.etree import ElementTree

from ...domain.errors import InputError
from ...domain.text import clean_line
from ...domain.translatable import QT_TRANSLATE_NOOP
from .document import MAX_FILE_BYTES, MAX_LINES, Block, BlockKind, Document, check_line_count, check_text_size

MAX_MEMBERS = 2_000
MAX_ELEMENTS = 250_000
MAX_RATIO = 100
DOCUMENT_XML = "word/document.xml"
STYLES_XML = "word/styles.xml"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MEGABYTE = 1024 * 1024
DAMAGED = QT_TRANSLATE_NOOP("ConceptNote", "{name} is a damaged Word document; open it in Word and save "
                            "it again.")
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_HEADING_STYLE = re.compile(r"^(?:heading|titre|berschrift|encabezado|t\w{0,3}tulo)\s*(\d)?", re.IGNORECASE)


def read_docx_document(raw: bytes, name: str) -> Document:
    members = _checked_members(raw, name)
    document_xml = members.get(DOCUMENT_XML)
    if document_xml is None:
        raise InputError(QT_TRANSLATE_NOOP("ConceptNote", "{name} is not a Word document: it has no {part}.")
                         .format(name=name, part=DOCUMENT_XML))
    styles = _style_names(members.get(STYLES_XML), name)
    root = _parse_xml(document_xml, name)
    body = root.find(f"{W}body")
    if body is None:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is not a Word document: its document part has no body.").format(name=name))
    blocks = list(_body_blocks(body, styles))
    check_line_count(sum(len(block.lines) for block in blocks), name)
    check_text_size(sum(len(block.text) for block in blocks), name)
    if not any(block.text for block in blocks):
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is empty: the Word document holds no text.").format(name=name))
    return Document(blocks, QT_TRANSLATE_NOOP("ConceptNote", "Word document"))


def _checked_members(raw: bytes, name: str) -> dict[str, bytes]:
    """The document and styles parts, after the checks on the zip's directory."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError):
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is not a Word document (a .docx file is a zip archive, and this one is "
            "not). Save it again from Word as .docx.").format(name=name)) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise InputError(QT_TRANSLATE_NOOP(
                "ConceptNote", "{name} is refused: it holds {count:,} parts, more than a Word document "
                "has.").format(name=name, count=len(infos)))
        total = sum(info.file_size for info in infos)
        if total > MAX_FILE_BYTES:
            raise InputError(QT_TRANSLATE_NOOP(
                "ConceptNote", "{name} is refused: it would unpack to {size:,} MB, more than the {limit} MB "
                "allowed.").format(name=name, size=total // MEGABYTE, limit=MAX_FILE_BYTES // MEGABYTE))
        for info in infos:
            if info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise InputError(QT_TRANSLATE_NOOP(
                    "ConceptNote", "{name} is refused: one of its parts is compressed more than {ratio} to "
                    "1, which only a zip bomb does.").format(name=name, ratio=MAX_RATIO))
        wanted = {info.filename: info for info in infos if info.filename in (DOCUMENT_XML, STYLES_XML)}
        return {member: _read_member(archive, info, name) for member, info in wanted.items()}


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    try:
        with archive.open(info) as part:
            data = part.read(info.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, EOFError, OSError):
        raise InputError(DAMAGED.format(name=name)) from None
    if len(data) > info.file_size:
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is refused: a part unpacks to more than its stated size.")
            .format(name=name))
    return data


def _parse_xml(data: bytes, name: str) -> ElementTree.Element:
    probes = (data, data.replace(b"\x00", b""))
    if any(_DECLARATION.search(probe) for probe in probes):
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is refused: it declares XML entities (a DOCTYPE), which a Word document "
            "never does and which can be used to read other files.").format(name=name))
    elements = data.count(b"<") - data.count(b"</")
    if elements > MAX_ELEMENTS:  # counted before parsing: the parse itself would cost the memory
        raise InputError(QT_TRANSLATE_NOOP(
            "ConceptNote", "{name} is refused: it holds {count:,} XML elements, more than the {limit:,} a "
            "concept note of {lines:,} lines needs.").format(name=name, count=elements, limit=MAX_ELEMENTS,
                                                             lines=MAX_LINES))
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError:
        raise InputError(DAMAGED.format(name=name)) from None


def _style_names(data: bytes | None, name: str) -> dict[str, str]:
    """Paragraph style id -> style name (``Heading1`` -> ``heading 1``)."""
    if not data:
        return {}
    names = {}
    for style in _parse_xml(data, name).iter(f"{W}style"):
        style_id = style.get(f"{W}styleId") or ""
        name_element = style.find(f"{W}name")
        names[style_id] = (name_element.get(f"{W}val") if name_element is not None else "") or style_id
    return names


def _body_blocks(body: ElementTree.Element, styles: dict[str, str]) -> Iterator[Block]:
    """The body's blocks in order; content controls (``w:sdt``) however deeply nested are
    walked with a stack, not by recursion."""
    pending = [iter(body)]
    while pending:
        child = next(pending[-1], None)
        if child is None:
            pending.pop()
        elif child.tag == f"{W}p":
            block = _paragraph(child, styles)
            if block.text:
                yield block
        elif child.tag == f"{W}tbl":
            yield from _table_rows(child)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                pending.append(iter(content))


def _paragraph(paragraph: ElementTree.Element, styles: dict[str, str]) -> Block:
    lines, bold_runs, plain_runs = _paragraph_text(paragraph)
    properties = paragraph.find(f"{W}pPr")
    style_id, outline, numbered = "", None, False
    if properties is not None:
        style = properties.find(f"{W}pStyle")
        style_id = style.get(f"{W}val", "") if style is not None else ""
        outline_level = properties.find(f"{W}outlineLvl")
        outline = outline_level.get(f"{W}val") if outline_level is not None else None
        numbered = properties.find(f"{W}numPr") is not None
    style_name = styles.get(style_id, style_id)
    heading = _HEADING_STYLE.match(style_name) or _HEADING_STYLE.match(style_id)
    if heading or style_name.lower() in ("title", "subtitle") or outline is not None:
        level = int(heading.group(1)) if heading and heading.group(1) else \
            (int(outline) + 1 if outline and outline.isdigit() else 1)
        word_style = style_name.lower() if style_name.lower() in ("title", "subtitle") else ""
        return Block(BlockKind.HEADING, [" ".join(lines)], bold=True, level=level, style=word_style)
    is_list = numbered or "list" in style_name.lower()
    kind = BlockKind.LIST_ITEM if is_list else BlockKind.PARAGRAPH
    return Block(kind, lines, bold=bold_runs > 0 and plain_runs == 0)


def _paragraph_text(paragraph: ElementTree.Element) -> tuple[list[str], int, int]:
    """The paragraph's lines (split at line breaks) and how many text runs are bold / not."""
    lines, current = [], []
    bold_runs = plain_runs = 0
    for run in paragraph.iter(f"{W}r"):
        text_in_run = False
        for part in run:
            if part.tag == f"{W}t" and part.text:
                current.append(part.text)
                text_in_run = text_in_run or bool(part.text.strip())
            elif part.tag in (f"{W}tab", f"{W}ptab"):
                current.append(" ")
            elif part.tag in (f"{W}br", f"{W}cr"):
                lines.append(clean_line("".join(current)))
                current = []
            elif part.tag == f"{W}noBreakHyphen":
                current.append("-")
        if text_in_run:
            if _is_bold(run):
                bold_runs += 1
            else:
                plain_runs += 1
    lines.append(clean_line("".join(current)))
    return [line for line in lines if line], bold_runs, plain_runs


def _is_bold(run: ElementTree.Element) -> bool:
    properties = run.find(f"{W}rPr")
    bold = properties.find(f"{W}b") if properties is not None else None
    return bold is not None and bold.get(f"{W}val", "true") not in ("0", "false", "off")


def _table_rows(table: ElementTree.Element) -> Iterator[Block]:
    for row in table.iter(f"{W}tr"):
        cells = []
        for cell in row.findall(f"{W}tc"):
            texts = [" ".join(_paragraph_text(p)[0]) for p in cell.findall(f"{W}p")]
            text = " ".join(t for t in texts if t)
            if text:
                cells.append(text)
        if cells:
            yield Block(BlockKind.TABLE_ROW, cells)
