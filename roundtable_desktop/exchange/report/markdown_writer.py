"""Write a Report as Markdown: the same report as the Word file, for e-mail, wikis and diffs."""

import re

from ...domain.text import clean_text
from .model import CharacterStyle, Heading, PageBreak, Paragraph, ParagraphStyle, Report, Run, Table

_BOLD = (CharacterStyle.SPEAKER, CharacterStyle.LABEL, CharacterStyle.SYMBOL)
_ITALIC = (CharacterStyle.KIND, CharacterStyle.SDGS)

_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)", re.MULTILINE)


def render_markdown(report: Report) -> str:
    lines: list[str] = []
    for masthead in report.masthead:
        lines += [_runs(masthead.runs) + "  "]
    if report.masthead:
        lines.append("")
    previous = None
    number = 0
    for block in report.blocks:
        if _is_bullet(block) and _is_bullet(previous):
            lines.pop()  # consecutive bullets form one tight list
        previous = block
        if isinstance(block, Heading):
            lines += ["#" * max(1, block.level + 1) + " " + escape(block.text).replace("\n", " "), ""]
        elif isinstance(block, Paragraph) and block.style is ParagraphStyle.NUMBERED:
            number += 1  # one sequence through the document, as Word numbers them
            lines += [f"{number}. " + _paragraph(block), ""]
        elif isinstance(block, Paragraph):
            lines += [_paragraph(block), ""]
        elif isinstance(block, Table):
            lines += _table(block) + [""]
        elif isinstance(block, PageBreak):
            lines += ["---", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _is_bullet(block: object) -> bool:
    return isinstance(block, Paragraph) and block.style is ParagraphStyle.BULLET


def escape(text: str) -> str:
    text = _SPECIAL.sub(r"\\\1", clean_text(text))
    return _LINE_START.sub(r"\1\\\2\3", text)


def _runs(runs: tuple[Run, ...]) -> str:
    parts = []
    for run in runs:
        text = escape(run.text)
        stripped = text.strip()
        if not stripped:
            parts.append(text)
            continue
        mark = "**" if run.style in _BOLD else "*" if run.style in _ITALIC else ""
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
        parts.append(f"{lead}{mark}{stripped}{mark}{trail}")
    return "".join(parts)


def _paragraph(block: Paragraph) -> str:
    text = _runs(block.runs)
    if block.style is ParagraphStyle.EMPTY:
        return f"*{text}*"
    if block.style is ParagraphStyle.BULLET:
        return "- " + text.replace("\n", "  \n  ")
    return text.replace("\n", "  \n")


def _table(block: Table) -> list[str]:
    def row(cells: tuple[str, ...], bold: bool = False) -> str:
        shown = [escape(c).replace("\n", "<br>") for c in cells]
        if bold:
            shown = [f"**{c}**" if c else c for c in shown]
        return "| " + " | ".join(shown) + " |"

    rule = ["---:" if i in block.numeric else "---" for i in range(len(block.header))]
    lines = [row(block.header), "| " + " | ".join(rule) + " |"]
    first_total = len(block.rows) - block.total_rows
    lines += [row(cells, bold=n >= first_total) for n, cells in enumerate(block.rows)]
    return lines
