"""In an Arabic window, a table cell holding English (a concept note's agenda item, a guiding
question, a speaker's name) is drawn in its own reading order on the reader's side: its ellipsis,
comma and closing quote at its end ("Interactive discussion, …"), not before its first word;
Arabic cells and times keep the window's direction. The meeting chooser keeps an English title's
closing quote at the title's end."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from roundtable_desktop.ui.bidi import LEFT_TO_RIGHT_EMBEDDING, POP_DIRECTIONAL_FORMATTING


def _option(view, row: int, column: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.direction = view.layoutDirection()
    index = view.model().index(row, column)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option


def _column(view, heading: str) -> int:
    model = view.model()
    headings = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headings.index(heading)


def test_english_cells_of_an_arabic_window_read_left_to_right_on_the_right(window, in_language):
    view = window.agenda_panel.view
    item, kind, start = _column(view, "Item"), _column(view, "Kind"), _column(view, "From")
    in_language("ar")
    english = _option(view, 3, item)
    assert english.text.startswith("Interactive discussion")
    assert english.direction == Qt.LayoutDirection.LeftToRight
    assert english.displayAlignment & Qt.AlignmentFlag.AlignRight
    assert english.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
    arabic = _option(view, 3, kind)
    assert arabic.text == "المناقشة التفاعلية"
    assert arabic.direction == Qt.LayoutDirection.RightToLeft
    assert _option(view, 3, start).direction == Qt.LayoutDirection.RightToLeft  # "15:40"
    in_language("en")
    assert _option(view, 3, item).direction == Qt.LayoutDirection.LeftToRight
    assert not _option(view, 3, item).displayAlignment & Qt.AlignmentFlag.AlignAbsolute


def test_the_questions_speakers_and_notes_draw_english_in_its_own_order(window, in_language):
    in_language("ar")
    for view in (window.questions_panel.view, window.speakers_panel.view):
        texts = [_option(view, 0, c) for c in range(view.model().columnCount())]
        english = [o for o in texts if o.text and o.text[0].isascii() and o.text[0].isalpha()]
        assert english, [o.text for o in texts]
        assert all(o.direction == Qt.LayoutDirection.LeftToRight for o in english), [o.text for o in english]


def test_the_meeting_chooser_keeps_an_english_title_in_its_own_order(window, in_language):
    in_language("ar")
    text = window.session_bar.picker.currentText()
    assert f"{LEFT_TO_RIGHT_EMBEDDING}High-level Roundtable" in text
    assert text.endswith(f"\u201d{POP_DIRECTIONAL_FORMATTING}")
    in_language("en")
    assert LEFT_TO_RIGHT_EMBEDDING not in window.session_bar.picker.currentText()
