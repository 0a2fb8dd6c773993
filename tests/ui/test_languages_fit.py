"""In each of the six languages, on a 1366×768 screen, no label or button of the window is cut:
each one is as wide as its text needs (labels that wrap or elide on purpose aside)."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from roundtable_desktop.domain.languages import CODES, language
from roundtable_desktop.ui.language import LanguageSwitcher


@pytest.mark.parametrize("code", CODES)
def test_no_label_or_button_is_cut(qtbot, window, code):
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language(code))
        QApplication.processEvents()
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: window.width() == 1366 or window.isMaximized(), timeout=5000)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= 1366  # the window fits the screen in this language
        cut = []
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if not widget.isVisibleTo(window) or not widget.text() or "Elided" in type(widget).__name__:
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or widget.textFormat() == 1):
                continue  # wraps by design, or rich text laid out by its own document
            if widget.sizeHint().width() > widget.width() + 1:
                cut.append(f"{type(widget).__name__} {widget.text()!r}: needs {widget.sizeHint().width()}, "
                           f"has {widget.width()}")
        assert not cut, "\n".join(cut)
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
