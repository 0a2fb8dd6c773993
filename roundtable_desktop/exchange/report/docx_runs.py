"""Runs of text in a Word paragraph, with their character styles and their direction.

A paragraph whose letters are mostly Arabic or Hebrew is right-to-left (``w:bidi``), and so is every
paragraph of the text of a right-to-left document (an Arabic summary), English in it or not; inside any
paragraph only the Arabic or Hebrew stretches are marked ``w:rtl``, so an English function next
to an Arabic name stays left-to-right. English inside a right-to-left line is held together by
left-to-right marks, its surrounding spaces left outside them so a space stays where it was
typed ("Key point: دعا", not "Key point:دعا")."""

import re
from collections.abc import Iterator, Mapping
from typing import Any

from docx.oxml.ns import qn
from lxml.etree import SubElement

from ...domain.text import clean_text
from .model import CharacterStyle, Run

_LRM = "\u200e"  # left-to-right mark
_SEPARATORS = " \t\n:;,.\u060c\u061b"  # with the Arabic comma and semicolon
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_R, _T, _RPR, _RSTYLE, _RTL, _BR, _TAB, _VAL = (qn(f"w:{tag}") for tag in (
    "r", "t", "rPr", "rStyle", "rtl", "br", "tab", "val"))
_PRESERVE = "{http://www.w3.org/XML/1998/namespace}space"


def is_rtl_letter(char: str) -> bool:
    code = ord(char)
    return 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def mostly_right_to_left(text: str) -> bool:
    if not _RTL_LETTER.search(text):
        return False
    rtl = len(_RTL_LETTER.findall(text))
    return rtl > sum(1 for c in text if c.isalpha()) - rtl


def segments(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` cut into (stretch, is right-to-left): a right-to-left stretch runs from an Arabic
    or Hebrew letter to the last one before a Latin (or other left-to-right) letter."""
    if not _RTL_LETTER.search(text):
        yield text, False
        return
    start, index, length = 0, 0, len(text)
    while index < length:
        if not is_rtl_letter(text[index]):
            index += 1
            continue
        end = index + 1
        scan = end
        while scan < length and not (text[scan].isalpha() and not is_rtl_letter(text[scan])):
            if is_rtl_letter(text[scan]):
                end = scan + 1
            scan += 1
        if scan == length:  # nothing left-to-right follows: its closing stop and spaces go with it
            end = length
        if index > start:
            yield text[start:index], False
        yield text[index:end], True
        start = index = end
    if start < length:
        yield text[start:], False


def add_runs(paragraph: Any, runs: tuple[Run, ...], character_ids: Mapping[CharacterStyle, str],
             right_to_left: bool = False) -> bool:
    """Add the runs (text cleaned once more) to a paragraph element (<w:p>); returns whether
    it was set right-to-left (``right_to_left``: whatever its letters). Runs are built with lxml
    directly: python-docx's own calls look up each child's place among all its siblings, ten
    times slower on a long report."""
    whole = "".join(run.text for run in runs)
    rtl = right_to_left or mostly_right_to_left(whole)
    for part in runs:
        text = clean_text(part.text)
        style = character_ids.get(part.style) if part.style else None
        for stretch, right_to_left in segments(text):
            if right_to_left:
                _run(paragraph, stretch, style, rtl=True)
            elif rtl and any(c.isalnum() for c in stretch):
                # spaces and a separator after the Arabic before it ("موجز المقرر: Title") read
                # with the Arabic: held inside the marks they would end the English instead
                lead = stretch[: len(stretch) - len(stretch.lstrip(_SEPARATORS))]
                trail = stretch[len(stretch.rstrip()):]
                core = stretch[len(lead):].rstrip()
                for piece in (lead, _LRM + core.replace(" ", f"{_LRM} {_LRM}") + _LRM, trail):
                    if piece:
                        _run(paragraph, piece, style, rtl=False)
            elif stretch:
                _run(paragraph, stretch, style, rtl=False)
    if rtl:
        set_right_to_left(paragraph)
    return rtl


def _run(paragraph: Any, text: str, style: str | None, rtl: bool) -> None:
    """A <w:r>: its character style, its direction, its text with line breaks and tabs."""
    run = SubElement(paragraph, _R)
    if style or rtl:
        properties = SubElement(run, _RPR)
        if style:
            SubElement(properties, _RSTYLE).set(_VAL, style)
        if rtl:
            SubElement(properties, _RTL)
    for number, line in enumerate(text.split("\n")):
        if number:
            SubElement(run, _BR)
        for index, piece in enumerate(line.split("\t")):
            if index:
                SubElement(run, _TAB)
            if piece:
                element = SubElement(run, _T)
                element.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    element.set(_PRESERVE, "preserve")


_BEFORE_BIDI = frozenset(qn(f"w:{tag}") for tag in (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN"))


def set_right_to_left(paragraph: Any) -> None:
    ppr = paragraph.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is not None:
        return
    bidi = ppr.makeelement(qn("w:bidi"), {})
    anchor = next((child for child in ppr if child.tag not in _BEFORE_BIDI), None)
    if anchor is not None:
        anchor.addprevious(bidi)
    else:
        ppr.append(bidi)
