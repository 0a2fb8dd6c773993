"""Times inside a sentence of a right-to-left language: embedded as left-to-right, so that
"00:41–01:41 CET" is not read (and drawn) as "01:41–00:41" inside Arabic text.

An embedding (LRE … PDF), not an isolate (LRI … PDI): Qt's layout of a label ends an isolate only
at the end of the paragraph, which would turn the rest of an Arabic line left to right."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING = "\u202a", "\u202c"
RIGHT_TO_LEFT_MARK = "\u200f"


def left_to_right(text: str) -> str:
    """``text`` kept left to right wherever it stands (a time, a range of times, a zone) while
    the window is laid out right to left; as it is otherwise."""
    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{LEFT_TO_RIGHT_EMBEDDING}{text}{POP_DIRECTIONAL_FORMATTING}"


def in_reading_order(line: str) -> str:
    """A line of the window that starts with a name or a time ("CSTD — …", "10:02 CET · …") laid out
    in the window's direction: right to left in Arabic, though its first letters are Latin."""
    if not line or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return line
    return f"{RIGHT_TO_LEFT_MARK}{line}"
