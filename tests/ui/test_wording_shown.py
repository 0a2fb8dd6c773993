"""A text marked below the window, shown in the window's language: translated in its context,
filled in with its fields (themselves translated, a date in the window's language); an error's
marked message too. English stays as it was made."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.errors import StaleWriteError
from roundtable_desktop.domain.languages import language
from roundtable_desktop.domain.translatable import QT_TRANSLATE_NOOP, dated
from roundtable_desktop.ui.language import LanguageSwitcher
from roundtable_desktop.ui.wording import error_text, shown


def test_a_marked_text_is_shown_in_french_with_its_fields_translated(qapp):
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"))
        QApplication.processEvents()
        kind = QT_TRANSLATE_NOOP("Storage", "note")
        said = QT_TRANSLATE_NOOP("Storage", "The {thing} was removed meanwhile; the change was not saved.")
        assert shown(said.format(thing=kind)) == ("Entre-temps, la note a fait l’objet d’une suppression ; "
                                                  "la modification n’a pas été enregistrée.")
        assert shown(dated(dt.date(2021, 5, 17))) == "lundi 17 mai 2021"
        assert error_text(StaleWriteError(said.format(thing=kind))).startswith("Entre-temps, la note")
        assert error_text(ValueError("plain words")) == "plain words"
        switcher.use(language("en"))
        assert shown(said.format(thing=kind)) == "The note was removed meanwhile; the change was not saved."
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()


def test_a_refusal_of_the_speaker_list_reaches_the_console_in_the_windows_language(qtbot, window):
    from PySide6.QtCore import QCoreApplication

    controller, bar = window.speakers_panel.controller, window.speakers_panel.message_bar
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"))
        QApplication.processEvents()
        assert not controller.end_current()  # nobody is speaking yet: refused, with the reason
        said = QCoreApplication.translate("Console", "Nobody is speaking.")
        assert said == "Personne n’a la parole." and bar.text == said
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()


def test_a_library_from_a_newer_version_is_refused_in_the_windows_language(qapp, tmp_path):
    import sqlite3

    import pytest

    from roundtable_desktop.domain.errors import LibraryError
    from roundtable_desktop.storage.database import Database

    path = tmp_path / "newer.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 999")
    connection.close()
    with pytest.raises(LibraryError) as refused:
        Database.open(path)
    assert str(refused.value).startswith(f"The library {path} was written by a newer version")  # the CLI's
    switcher = LanguageSwitcher.of()
    try:
        switcher.use(language("fr"))
        QApplication.processEvents()
        assert error_text(refused.value).startswith(f"La bibliothèque {path} a été écrite par une version")
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
