"""Text with single line breaks (copied from a PDF or a web page, or a PDF's own text) -> the
same text with its paragraphs rejoined and a blank line between blocks, as the text reader
expects.

A line starts a new block when it is a bullet, a timed programme line, a heading (a short line
in capitals, a section word, a roman numeral alone, which is joined to the heading after it),
a label ("Date: …"; "Chair:" alone takes the next line as its value), when the line before it
asked a question, or when the line before it stopped short of the text's width. Otherwise it
continues the line before: a wrapped line of the same paragraph.
"""

import re

_BULLET = re.compile(r"^(?:[-*+\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u27a2\uf0b7\uf0a7\uf076\uf0d8]"
                     r"|\d{1,2}[.)]"
                     r"|[a-z][.)]|\(\w{1,3}\))"
                     r"(?:\s|(?<=[\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u27a2])(?=\S))")
_TIMED = re.compile(r"^\d{1,2}[:.h]\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:-|\u2013|\u2014|to)\s?\d{1,2}[:.h]\d{2}"
                    r"|^\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?\s?(?:-|\u2013|\u2014|to)\s?\d{1,2}"
                    r"|^\d{1,2}\s?(?:-|\u2013)\s?\d{1,2}(?::\d{2})?\s?[ap]\.?m\b", re.IGNORECASE)
_NUMERAL_ALONE = re.compile(r"^(?:[IVX]{1,5}|\d{1,2}|[A-H])[.)]?$")
_LABEL = re.compile(r"^[A-Z][A-Za-z ()/-]{1,30}:(?:\s|$|(?=\S))")
_LABEL_ALONE = re.compile(r"^[A-Z][A-Za-z ()/-]{1,30}:$")
_SECTION_WORD = re.compile(
    r"^(?:(?:\w+\s){0,3}(?:background|context|introduction|objectives?|purpose|format|programme|program"
    r"|agenda|speakers|panell?ists|panel|discussants|participants|questions|outcomes?|description"
    r"|concept note|modalities|rationale|debate)(?:\s\w+){0,2})$", re.IGNORECASE)
_SENTENCE_END = (".", "!", "?", ":", ";")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_START = re.compile(rf"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s"
                         rf"|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTHS})\b|(?:{_MONTHS})\s\d{{1,2}}\b)")
_HONORIFIC = re.compile(r"^(?:H\.\s?E\.|Hon\.|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.|Amb\.)\s")
_GOES_ON = {"by", "of", "the", "and", "to", "for", "a", "an", "in", "on", "with", "at", "from", "or"}
_NOT_AN_ITEM = {"hrs", "time", "local", "noon", "midday", "hours", "geneva", "new", "york"}


def starts_with_time_range(line: str) -> bool:
    """A timed programme line ("13:15 – 13:20 Welcome"), not a time range alone."""
    match = _TIMED.match(line.strip())
    if match is None:
        return False
    words = re.sub(r"[\W\d_]+", " ", line.strip()[match.end():]).split()
    return any(len(word) >= 3 and word.lower() not in _NOT_AN_ITEM and not word.isupper() for word in words)


def has_single_breaks(lines: list[str]) -> bool:
    """Paragraphs joined by single line breaks: many lines, hardly any blank one."""
    filled = sum(1 for line in lines if line.strip())
    blank = len(lines) - filled
    return filled >= 12 and blank * 8 < filled


def unwrap(lines: list[str]) -> list[str]:
    """Blocks separated by blank lines; a block's wrapped lines joined into one."""
    width = _text_width(lines) if _is_wrapped(lines) else 0
    # A PDF's text keeps a space at the end of each wrapped line: where it has them, a line
    # without one ends its paragraph.
    marked = sum(1 for line in lines if line.endswith(" ") and line.strip()) >= 3
    blocks: list[str] = []
    previous = ""  # the last raw line, to see how it ended
    pending = ""  # a numeral or a label waiting for the line after it
    for raw in lines:
        line = raw.strip()
        if not line:
            previous = ""
            continue
        if pending:
            blocks.append(f"{pending} {line}")
            pending, previous = "", raw
            continue
        if _NUMERAL_ALONE.match(line) or _LABEL_ALONE.match(line):
            pending, previous = line, ""
            continue
        if not blocks or _starts_block(line, previous, width, marked):
            blocks.append(f"- {line}" if _TIMED.match(line) else line)  # a programme line: an item
        else:
            blocks[-1] = _joined(blocks[-1], line)
        previous = raw
    if pending:
        blocks.append(pending)
    return [part for block in blocks for part in (block, "")]


def _is_wrapped(lines: list[str]) -> bool:
    """Lines wrapped at a width (a PDF's), not one line a paragraph (a web page's): the lines
    that stop mid-sentence are often followed by a lower-case word."""
    filled = [line.strip() for line in lines if line.strip()]
    stops = [(line, after) for line, after in zip(filled, filled[1:], strict=False)
             if len(line) >= 40 and not line.endswith(_SENTENCE_END) and not _TIMED.match(line)
             and not _HONORIFIC.match(line)]
    wraps = sum(1 for line, after in stops if after[:1].islower() or line.endswith(",")
                or line.rsplit(" ", 1)[-1].lower() in _GOES_ON)
    return bool(stops) and wraps >= 0.3 * len(stops)


def _text_width(lines: list[str]) -> int:
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.8)] if lengths else 80


def _starts_block(line: str, previous: str, width: int, marked: bool = False) -> bool:
    if not previous:
        return True
    if _BULLET.match(line) or _TIMED.match(line) or _LABEL.match(line) or _is_heading(line) \
            or _DATE_START.match(line):
        return True
    before = previous.rstrip()
    soft_wrap = previous.endswith((" ", "-", "\u00ad")) and not before.endswith("?")
    if soft_wrap and not _is_heading(before.strip()):
        return False  # a PDF's soft wrap keeps the space (or the hyphen) at the line's end
    if _is_heading(before.strip()) or _LABEL.match(before.strip()):
        return True
    if marked and not line[:1].islower():
        return True
    if line[:1].islower() or before.endswith(",") or before.rsplit(" ", 1)[-1].lower() in _GOES_ON:
        return False
    if before.endswith("?") or _HONORIFIC.match(line):
        return True
    return before.endswith(_SENTENCE_END) or len(before.strip()) < 0.6 * width or not width


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    if not letters or len(line) > 70 or line.endswith((".", ",", ";")):
        return False
    capitals = len(letters) >= 4 and all(c.isupper() for c in letters)
    return capitals or bool(_SECTION_WORD.match(line.rstrip(":")))


def _joined(text: str, line: str) -> str:
    if text.endswith("-") and len(text) > 1 and text[-2].isalpha() and line[:1].islower():
        return text[:-1] + line  # "develop-" + "ment"
    return f"{text} {line}"
