"""In each language, the note list's narrow columns are as wide as their headings ("可持续发展目标"
is not cut to "卖发屌"), at the start and after a switch of language."""

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from roundtable_desktop.domain.languages import CODES
from roundtable_desktop.ui.notes.note_list import NotesTable


@pytest.mark.parametrize("code", CODES)
def test_each_narrow_column_of_the_note_list_is_as_wide_as_its_heading(qtbot, window, in_language, code):
    in_language(code)
    table = window.notes_panel.findChild(NotesTable)
    header = table.horizontalHeader()
    margin = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)

    def cut() -> list[str]:
        QApplication.processEvents()
        found = []
        for column in range(header.count() - 1):  # the note's own column stretches
            heading = str(table.model().headerData(column, Qt.Orientation.Horizontal))
            needs = header.fontMetrics().horizontalAdvance(heading) + margin
            if header.sectionSize(column) < needs:
                found.append(f"{heading!r}: needs {needs}, has {header.sectionSize(column)}")
        return found

    with contextlib.suppress(qtbot.TimeoutError):  # said below, with what is cut
        qtbot.waitUntil(lambda: not cut(), timeout=5000)
    assert not cut(), (code, cut())
