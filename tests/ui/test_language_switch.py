"""View > Language: the window, its menus and its open dialogs change language at once, Arabic
lays the window out right to left, and the choice is remembered."""

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui import settings as prefs
from roundtable_desktop.ui.language import LanguageSwitcher, chosen_language
from roundtable_desktop.ui.main_window import MainWindow
from tests.ui.pseudo import PseudoTranslator, pseudo


@pytest.fixture
def switcher(qapp):
    switcher = LanguageSwitcher.of(qapp)
    yield switcher
    switcher.use(language("en"))
    QApplication.processEvents()


def switch(qtbot, switcher, code: str, pseudo_texts: bool = False) -> None:
    switcher.use(language(code), [PseudoTranslator()] if pseudo_texts else None)
    QApplication.processEvents()


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_menus_and_areas_change_language_and_come_back(qtbot, window, switcher):
    english = menu_titles(window)
    assert "&File" in english
    switch(qtbot, switcher, "fr", pseudo_texts=True)
    assert menu_titles(window) == [pseudo(title) for title in english]
    assert window.export_action.text() == pseudo("&Export rapporteur’s summary…")
    header = window.agenda_panel.model.headerData(1, Qt.Orientation.Horizontal)
    assert header.endswith("~"), header
    switch(qtbot, switcher, "en")
    assert menu_titles(window) == english
    assert window.agenda_panel.model.headerData(1, Qt.Orientation.Horizontal) == "Item"


def test_an_open_dialog_changes_language_with_the_window(qtbot, window, switcher):
    from roundtable_desktop.ui.agenda_panel import AgendaItemDialog

    item = window.agenda_panel.model.record(0)
    dialog = AgendaItemDialog(item, item, window.runner, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    switch(qtbot, switcher, "fr", pseudo_texts=True)
    assert [label.text() for label in dialog.findChildren(QLabel) if label.text()] == \
        [pseudo(text) for text in labels]
    assert dialog.windowTitle().endswith("~")


def test_qt_own_buttons_come_from_qtbase_in_the_chosen_language(qtbot, switcher):
    switch(qtbot, switcher, "fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() .replace("&", "") == "Annuler"
    switch(qtbot, switcher, "ru")
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() .replace("&", "") == "Отмена"


def test_arabic_lays_the_window_out_right_to_left_with_the_clock_left_to_right(qtbot, window, switcher):
    switch(qtbot, switcher, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QLocale().language() == QLocale.Language.Arabic
    switch(qtbot, switcher, "zh")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_choice_is_remembered_and_used_at_the_next_start(qtbot, window, switcher, qsettings):
    assert prefs.LANGUAGE.get(qsettings) == ""  # the system's language by default
    window.language_menu.choose("es")
    QApplication.processEvents()
    assert prefs.LANGUAGE.get(qsettings) == "es"
    assert switcher.current.code == "es"
    assert window.language_menu.choices["es"].isChecked()
    assert chosen_language(prefs.LANGUAGE.get(qsettings)).code == "es"
    window.language_menu.choose("")
    assert prefs.LANGUAGE.get(qsettings) == ""
    assert window.language_menu.system_action.isChecked()


def test_the_clock_digits_read_left_to_right_in_arabic(qtbot, window, switcher):
    switch(qtbot, switcher, "ar")
    digits = window.findChild(QLabel, "console_digits")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert digits.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_an_open_dialog_with_a_list_changes_language_without_an_error(qtbot, window, switcher):
    from PySide6.QtWidgets import QListWidget

    from roundtable_desktop.link.discovery import SharedMeeting
    from roundtable_desktop.link.meeting_list import ListedMeeting
    from roundtable_desktop.ui.link.join_dialog import JoinDialog

    dialog = JoinDialog(window, browse=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_meetings([ListedMeeting(SharedMeeting("Budget panel", "127.0.0.1:8765", "x", "s1"), True)])
    assert dialog.findChildren(QListWidget)
    switch(qtbot, switcher, "fr", pseudo_texts=True)
    assert dialog.windowTitle().endswith("~")
    assert "Budget panel\u2069\n" in dialog.meetings.item(0).text()  # what was found stays
    assert "127.0.0.1:8765" in dialog.meetings.item(0).text()
