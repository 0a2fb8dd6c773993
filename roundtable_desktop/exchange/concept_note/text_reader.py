"""Plain-text and Markdown concept notes -> a Document of blocks."""

import re

from ...domain import file_problems
from ...domain.errors import InputError
from ...domain.text import clean_text
from ...domain.translatable import QT_TRANSLATE_NOOP
from .decoding import decode_lines
from .document import Block, BlockKind, Document, check_line_count, check_text_size
from .sections import is_section_title
from .unwrap import has_single_breaks, unwrap

_BULLET = re.compile(
    r"^[ \t]{0,12}(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u2013\u2014\u25cf\u27a2o\uf0b7\uf0a7\uf076\uf0d8]"
    r"|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)]|\([a-zA-Z]\)|\(?[ivxIVX]{1,5}[.)])[ \t]+(?=\S)"
    r"|^[ \t]{0,12}[\u2022\u25aa\u25cf\u27a2](?=[A-Za-z])")  # "•Mr. …", the space lost in a copy
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(\S.*)$")
_SETEXT_RULE = re.compile(r"^ {0,3}(?:=+|-{2,})[ \t]*$")
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$")
# No class here holds the bracket that opens a new match, so a failed attempt stops where the
# next one starts: a line of "![![![…" is read in linear time.
_IMAGE_OR_LINK = re.compile(r"!?\[([^\[\]\n]*)\](?:\(([^()\n]*)\)|\[[^\[\]\n]*\])?")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+)(?<=\S)\*(?![\w*])")
_STRONG = re.compile(r"\*\*|(?<!\w)__|__(?!\w)")
# A static site's YAML block ("---" / "layout: event" / "---") before the Markdown: not the note's.
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(?:[A-Za-z_][\w-]{0,40}:[^\n]{0,300}\n){1,40}---[ \t]*\n")
NOT_TEXT = QT_TRANSLATE_NOOP("ConceptNote", "{name} is not a text file (it holds binary data).")
_HTML_BREAK = re.compile(r"<br\s?/?>", re.IGNORECASE)


def decode_text(raw: bytes, name: str) -> str:
    """Text from ``raw``: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252
    (line by line: see :mod:`.decoding`).
    Empty and binary files are refused."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(NOT_TEXT.format(name=name)) from None
    elif b"\x00" in raw[:65536]:
        raise InputError(NOT_TEXT.format(name=name))
    else:
        text, _not_utf8 = decode_lines(raw)  # a stray byte spoils its own line, not the file
    if not text.strip():
        raise InputError(file_problems.empty(name))
    sample = text[:65536]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\t\n\r\f")
    if controls > len(sample) // 20 or sample.count("\ufffd") > len(sample) // 10:
        raise InputError(NOT_TEXT.format(name=name))
    return text


def read_text_document(raw: bytes, name: str, markdown: bool) -> Document:
    text = decode_text(raw, name)
    if markdown:
        text = _FRONT_MATTER.sub("", text, count=1)
    source = QT_TRANSLATE_NOOP("ConceptNote", "Markdown file") if markdown \
        else QT_TRANSLATE_NOOP("ConceptNote", "text file")
    return document_from_text(text, name, markdown, source)


def document_from_text(text: str, name: str, markdown: bool, source: str,
                       single_breaks: bool | None = None) -> Document:
    """``single_breaks``: the paragraphs are wrapped lines with no blank line between them (a
    PDF's text, a copy from a web page); None: tell from the text."""
    text = clean_text(text)
    lines = text.split("\n")
    check_line_count(len(lines), name)
    check_text_size(len(text), name)
    if single_breaks if single_breaks is not None else has_single_breaks(lines):
        lines = unwrap(lines)
    blocks = _blocks(lines)
    if not any(block.text for block in blocks):
        raise InputError(file_problems.empty(name))
    return Document(blocks, source)


def _blocks(lines: list[str]) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    for raw_line in lines:
        line = raw_line.rstrip()
        if not line.strip():
            current = None
            continue
        heading = _ATX_HEADING.match(line)
        if heading:
            title = inline(heading.group(2).rstrip("# \t"))
            blocks.append(Block(BlockKind.HEADING, [title], bold=True, level=len(heading.group(1))))
            current = None
            continue
        if _SETEXT_RULE.match(line) and current is not None and current.kind is BlockKind.PARAGRAPH \
                and len(current.lines) == 1:
            current.kind, current.level = BlockKind.HEADING, 1 if line.strip()[0] == "=" else 2
            current = None
            continue
        if _RULE.match(line):
            current = None
            continue
        if line.lstrip().startswith("|") and line.rstrip().endswith("|"):
            current = _table_row(blocks, line)
            continue
        bullet = _BULLET.match(line)
        if bullet and not line.lstrip().startswith("**"):
            current = Block(BlockKind.LIST_ITEM, [inline(line[bullet.end():])])
            blocks.append(current)
            continue
        if current is None or current.kind is BlockKind.HEADING:
            current = Block(BlockKind.PARAGRAPH)
            blocks.append(current)
        current.lines.append(line.strip())
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH:
            joined = " ".join(block.lines)
            block.bold = joined.startswith(("**", "__")) and joined.endswith(("**", "__"))
            block.lines = [inline(line) for line in block.lines]
    return [part for block in blocks for part in _heading_off(block) if part.text]


def _heading_off(block: Block) -> list[Block]:
    """"Background" on its own line with the text right under it (no blank line between):
    the heading, then the paragraph."""
    if block.kind is BlockKind.PARAGRAPH and len(block.lines) > 1 and not block.bold \
            and is_section_title(block.lines[0]):
        return [Block(BlockKind.PARAGRAPH, block.lines[:1]), Block(BlockKind.PARAGRAPH, block.lines[1:])]
    return [block]


def _table_row(blocks: list[Block], line: str) -> Block | None:
    cells = [inline(cell.strip()) for cell in line.strip().strip("|").split("|")]
    if all(set(cell) <= set("-: ") for cell in cells):
        return None  # the | --- | --- | line under a Markdown table's header
    block = Block(BlockKind.TABLE_ROW, [cell for cell in cells if cell])
    blocks.append(block)
    return None


def inline(text: str) -> str:
    """Markdown inline markup reduced to its text: links, emphasis, escapes, code marks."""
    text = _HTML_BREAK.sub(" ", text)
    text = _IMAGE_OR_LINK.sub(r"\1", text)
    text = _STRONG.sub("", text)
    text = _EMPHASIS.sub(r"\1", text)
    text = text.replace("`", "")
    text = _ESCAPE.sub(r"\1", text)
    return " ".join(text.split())
