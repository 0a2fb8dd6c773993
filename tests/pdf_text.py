"""Text read back from a PDF, made independent of where the lines broke: a line that ends in a
hyphen joins the next line with nothing between (``COVID-`` + ``19`` reads ``COVID-19``), every
other line break and run of spaces becomes one space. Which words end a line depends on the fonts
the machine has, so no test may depend on it."""

import re

_END_OF_LINE_HYPHEN = re.compile(r"-[ \t]*\r?\n\s*")


def joined_lines(text: str) -> str:
    return " ".join(_END_OF_LINE_HYPHEN.sub("-", text).split())
