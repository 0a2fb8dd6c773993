"""Runs of text in a Word paragraph, with their character styles and their direction.

A paragraph whose letters are mostly Arabic or Hebrew is right-to-left (``w:bidi``); inside any
paragraph only the Arabic or Hebrew stretches are marked ``w:rtl``, so an English function next
to an Arabic name stays left-to-right. English inside a right-to-left line is held together by
left-to-right marks, its surrounding spaces left outside them so a space stays where it was
typed ("Key point: دعا", not "Key point:دعا")."""

from collections.abc import Iterator, Mapping
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from ...domain.text import clean_text
from .model import CharacterStyle, Run

_LRM = "\u200e"  # left-to-right mark


def is_rtl_letter(char: str) -> bool:
    code = ord(char)
    return 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def mostly_right_to_left(text: str) -> bool:
    rtl = sum(1 for c in text if is_rtl_letter(c))
    ltr = sum(1 for c in text if c.isalpha() and not is_rtl_letter(c))
    return rtl > ltr


def segments(text: str) -> Iterator[tuple[str, bool]]:
    """``text`` cut into (stretch, is right-to-left): a right-to-left stretch runs from an Arabic
    or Hebrew letter to the last one before a Latin (or other left-to-right) letter."""
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


def add_runs(paragraph: Any, runs: tuple[Run, ...], character_ids: Mapping[CharacterStyle, str]) -> bool:
    """Add the runs (text cleaned once more) to a python-docx paragraph; returns whether the
    paragraph was set right-to-left."""
    whole = "".join(run.text for run in runs)
    rtl = mostly_right_to_left(whole)
    for part in runs:
        text = clean_text(part.text)
        style = character_ids.get(part.style) if part.style else None
        for stretch, right_to_left in segments(text):
            if right_to_left:
                _run(paragraph, stretch, style, rtl=True)
            elif rtl and any(c.isalnum() for c in stretch):
                lead = stretch[: len(stretch) - len(stretch.lstrip())]
                trail = stretch[len(stretch.rstrip()):]
                core = stretch.strip()
                for piece in (lead, _LRM + core.replace(" ", f"{_LRM} {_LRM}") + _LRM, trail):
                    if piece:
                        _run(paragraph, piece, style, rtl=False)
            elif stretch:
                _run(paragraph, stretch, style, rtl=False)
    if rtl:
        set_right_to_left(paragraph)
    return rtl


def _run(paragraph: Any, text: str, style: str | None, rtl: bool) -> None:
    run = paragraph.add_run(text)
    if style or rtl:
        rpr = run._r.get_or_add_rPr()
        if style:
            style_element = OxmlElement("w:rStyle")
            style_element.set(qn("w:val"), style)
            rpr.insert(0, style_element)
        if rtl:
            rpr.append(OxmlElement("w:rtl"))


_BEFORE_BIDI = frozenset(qn(f"w:{tag}") for tag in (
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
    "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN"))


def set_right_to_left(paragraph: Any) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    if ppr.find(qn("w:bidi")) is not None:
        return
    bidi = OxmlElement("w:bidi")
    anchor = next((child for child in ppr if child.tag not in _BEFORE_BIDI), None)
    if anchor is not None:
        anchor.addprevious(bidi)
    else:
        ppr.append(bidi)
