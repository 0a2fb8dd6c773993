"""In each of the six languages, on a 1366×768 screen, no label or button of the window is cut:
each one is as wide as its text needs (labels that wrap or elide on purpose aside)."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QStyle, QStyleOptionComboBox

from roundtable_desktop.domain.languages import CODES, language
from roundtable_desktop.ui.language import LanguageSwitcher


@pytest.mark.parametrize("code", CODES)
def test_no_label_or_button_is_cut(qtbot, window, code):
    switcher = LanguageSwitcher.of()
    window.speakers_panel.controller.toggle()  # someone speaks: the list's widest status
    try:
        switcher.use(language(code))
        QApplication.processEvents()
        window.resize(1366, 740)
        qtbot.waitUntil(lambda: window.width() == 1366 or window.isMaximized())
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
        cut.extend(combos_cut(window))
        assert not cut, "\n".join(cut)
        # the speaker list shows all its columns, the spoken time at the end among them
        header = window.speakers_panel.view.horizontalHeader()
        shown = sum(header.sectionSize(i) for i in range(header.count()) if not header.isSectionHidden(i))
        assert shown <= window.speakers_panel.view.viewport().width() + 1, (shown, code)
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()


def combos_cut(root) -> list[str]:
    """The drop-down lists of ``root`` whose choice shown is wider than their box ("Tous les orat")."""
    cut = []
    for combo in root.findChildren(QComboBox):
        if not combo.isVisibleTo(root) or not combo.currentText():
            continue
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        needs = combo.fontMetrics().horizontalAdvance(combo.currentText())
        if needs > field.width() + 1:
            cut.append(f"QComboBox {combo.currentText()!r}: needs {needs}, has {field.width()}")
    return cut


def cut_in(root) -> list[str]:
    """The labels and buttons of ``root`` narrower than their text needs."""
    cut = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or not widget.text() or "Elided" in type(widget).__name__:
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or widget.textFormat() == 1):
            continue
        if widget.sizeHint().width() > widget.width() + 1:
            cut.append(f"{root.windowTitle()}: {type(widget).__name__} {widget.text()!r}: needs "
                       f"{widget.sizeHint().width()}, has {widget.width()}")
    return cut


@pytest.mark.parametrize("code", CODES)
def test_no_label_or_button_of_the_new_dialogs_is_cut(qtbot, window, code):
    """The roll call, the message to the speaker, a floor request, joining and sharing a meeting
    on the network, and the merge report."""
    from PySide6.QtWidgets import QDialog
    from setup_modal import watch_for

    from roundtable_desktop.domain.merge_report import MergeReport
    from roundtable_desktop.ui.link.join_dialog import JoinDialog
    from roundtable_desktop.ui.link.merge_dialog import MergeReportDialog

    switcher = LanguageSwitcher.of()
    window.live_link.listen_host, window.live_link.announce = "127.0.0.1", False
    seen: list[str] = []
    cut: list[str] = []

    def inspect() -> bool:
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
        if not isinstance(dialog, QDialog) or dialog.windowTitle() in seen:
            return False
        seen.append(dialog.windowTitle())
        cut.extend(cut_in(dialog))
        dialog.reject()
        return True

    try:
        switcher.use(language(code))
        QApplication.processEvents()
        actions = [window.setup_actions.roll_call_action, window.message_actions.typed,
                   window.console_actions.floor_request, window.live_link.share_action]
        for action in actions:
            opened = len(seen)
            watch_for(inspect)  # inside a modal dialog's exec() too
            action.trigger()
            qtbot.waitUntil(lambda opened=opened: len(seen) > opened)  # each action opens its dialog
        report = MergeReport(session_id=window.session_id, title="Budget panel", added={"note": 2})
        # the Join dialog without its search of the network (its layout is the same)
        for dialog in (MergeReportDialog(report, window), JoinDialog(window, browse=False)):
            qtbot.addWidget(dialog)
            dialog.show()
            seen.append(dialog.windowTitle())
            cut.extend(cut_in(dialog))
        assert len(seen) == 6, seen
        assert not cut, "\n".join(cut)
    finally:
        window.live_link.stop()
        switcher.use(language("en"))
        QApplication.processEvents()
