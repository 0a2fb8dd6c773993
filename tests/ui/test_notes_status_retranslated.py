"""The line under the notes box ("Saved at 15:42:07.") is said again in the new language when
the language changes, with the same time: it is composed from the moment of the save, so the
window's own retranslation cannot find it by its words."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.ui.language import LanguageSwitcher


def _saved_line(stamp: str) -> str:
    return QCoreApplication.translate("CaptureController", "Saved at {time}.").format(time=stamp)


def test_saved_at_is_said_again_in_the_new_language_with_its_time(qtbot, window):
    panel = window.notes_panel
    composer = panel.composer
    panel.capture.new_note()
    composer.editor.setPlainText("The secretariat stresses partnerships")
    panel.capture.save()
    qtbot.waitUntil(lambda: composer.status.text().startswith("Saved at "))
    stamp = composer.status.text().removeprefix("Saved at ").removesuffix(".")
    switcher = LanguageSwitcher.of()
    try:
        for code in ("fr", "ar"):
            switcher.use(language(code))
            QApplication.processEvents()
            assert _saved_line(stamp) != f"Saved at {stamp}."
            assert composer.status.text() == _saved_line(stamp)
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
    assert composer.status.text() == f"Saved at {stamp}."
