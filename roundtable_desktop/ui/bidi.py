"""Times inside a sentence of a right-to-left language: embedded as left-to-right, so that
"00:41–01:41 CET" is not read (and drawn) as "01:41–00:41" inside Arabic text.

An embedding (LRE … PDF), not an isolate (LRI … PDI): Qt's layout of a label ends an isolate only
at the end of the paragraph, which would turn the rest of an Arabic line left to right.

The cells of the window's tables hold English titles and names too: each is drawn in its own
reading order (:class:`ReadingOrderDelegate`)."""

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

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


def latin_only(text: str) -> bool:
    """Whether ``text`` has left-to-right letters and no right-to-left ones: an English title,
    a Latin name ("Interactive discussion, including the floor"), not "15:00" nor Arabic."""
    kinds = {unicodedata.bidirectional(character) for character in text}
    return "L" in kinds and not kinds & {"R", "AL"}


def in_its_own_order(option: QStyleOptionViewItem) -> None:
    """A cell of English text in a right-to-left window drawn left to right in its place (still
    on the reader's side): its ellipsis, full stop and closing quote at its end ("Interactive
    discussion, …"), not before its first word ("…, Interactive discussion")."""
    if option.direction != Qt.LayoutDirection.RightToLeft or not latin_only(option.text):
        return
    if option.features & QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator:
        return  # a check box keeps its side
    alignment = QStyle.visualAlignment(Qt.LayoutDirection.RightToLeft, option.displayAlignment)
    option.direction = Qt.LayoutDirection.LeftToRight
    position = QStyleOptionViewItem.Position
    option.decorationPosition = {position.Left: position.Right, position.Right: position.Left}.get(
        option.decorationPosition, option.decorationPosition)  # an icon keeps its side too
    option.displayAlignment = alignment | Qt.AlignmentFlag.AlignAbsolute


class ReadingOrderDelegate(QStyledItemDelegate):
    """The cells of a view, each English one in its own reading order in an Arabic window."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,  # noqa: N802
                        ) -> None:
        super().initStyleOption(option, index)
        in_its_own_order(option)


def read_in_own_order(view: QAbstractItemView) -> None:
    """``view`` draws each English cell in its own reading order (see :func:`in_its_own_order`)."""
    view.setItemDelegate(ReadingOrderDelegate(view))


def as_typed(text: str) -> str:
    """An English title or name inside a line of an Arabic window kept in its own reading order:
    its closing quote at its end ("… pandemic”"), not at the far end of the line."""
    return left_to_right(text) if latin_only(text) else text
