"""A dialog open while the language changes keeps its own title, in the new language: the Join
dialog's title is "Join a shared meeting", never the menu item that opens it ("&Join a shared
meeting…", shown plain with what is left of its mnemonic or its "…")."""

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.language import LanguageSwitcher, plain_form
from roundtable_desktop.ui.link.join_dialog import JoinDialog


@pytest.mark.parametrize("code", ["fr", "zh", "ar", "ru", "es"])
def test_the_join_dialog_opened_in_english_takes_its_own_title_in_the_new_language(qtbot, window, code):
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("en"))
        dialog = JoinDialog(window)
        qtbot.addWidget(dialog)
        dialog.show()
        switcher.use(language(code))
        QApplication.processEvents()
        own = QCoreApplication.translate("JoinDialog", "Join a shared meeting")
        assert own != "Join a shared meeting"
        assert dialog.windowTitle() == own
        assert "\u2026" not in dialog.windowTitle() and "&" not in dialog.windowTitle()
        dialog.close()
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()


def test_a_menu_item_named_plain_loses_its_mnemonic_wherever_it_stands_and_its_ellipsis():
    assert plain_form("&Join a shared meeting\u2026") == "Join a shared meeting"
    assert plain_form("加入共享会议(&J)\u2026") == "加入共享会议"
    assert plain_form("الانضمام إلى اجتماع مشترك(&J)\u2026") == "الانضمام إلى اجتماع مشترك"
    assert plain_form("Save && close") == "Save & close"


def test_the_notes_box_says_when_the_note_was_begun_in_the_new_language(qtbot, window):
    from roundtable_desktop.domain.note_links import NoteLinks

    composer = window.notes_panel.composer
    composer.links = NoteLinks(meeting_offset_seconds=1500)
    composer._show_where()
    assert composer.where_label.text() == "at 25:00"
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"))
        QApplication.processEvents()
        assert composer.where_label.text() == QCoreApplication.translate("NoteComposer", "at {time}").format(
            time="25:00") != "at 25:00"
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
    assert composer.where_label.text() == "at 25:00"
