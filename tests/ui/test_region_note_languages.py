"""The note under a participant's regional group ("Counted with the Western European and other
States…") is in the window's language, typed in any of the six, and follows a switch of language;
the command line keeps reading the English."""

from PySide6.QtWidgets import QApplication

from roundtable_desktop.domain.languages import language
from roundtable_desktop.domain.model import Participant
from roundtable_desktop.domain.regional_groups import SPECIAL_CASES, special_case_note
from roundtable_desktop.ui.console.dialogs import SpeakerRequestDialog
from roundtable_desktop.ui.language import LanguageSwitcher
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from tests.ui.pseudo import PseudoTranslator, untranslated_words


def _editor(qtbot, window) -> ParticipantDialog:
    editor = ParticipantDialog(Participant(session_id=window.session_id, name="Mr. Can Yilmaz"), None,
                               window.runner, window)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_french_window_says_why_turkiye_is_counted_with_the_western_europeans(qtbot, window, in_language):
    in_language("fr")
    editor = _editor(qtbot, window)
    editor.organisation.setText("Turquie")
    assert editor.region_note.text().startswith("Compté avec les États d’Europe occidentale et autres États")
    in_language("es")
    qtbot.waitUntil(lambda: editor.region_note.text().startswith(
        "Se cuenta con los Estados de Europa Occidental y otros Estados"))
    editor.organisation.setText("Chipre")
    assert editor.region_note.text() == ("En los Estados de Asia y el Pacífico, aunque es miembro de la "
                                         "Unión Europea.")
    assert special_case_note("Türkiye").startswith("Counted with the Western European")  # the English


def test_every_note_of_the_floor_request_goes_through_translation(qtbot, window, qapp):
    switcher = LanguageSwitcher.of(qapp)
    switcher.use(language("en"), [PseudoTranslator()])
    try:
        dialog = SpeakerRequestDialog(window.speakers_panel.controller, True, window)
        qtbot.addWidget(dialog)
        for country in SPECIAL_CASES:
            dialog.organisation.setText(country)
            note = dialog.region_note.text()
            assert note and not untranslated_words(note), (country, note)
    finally:
        switcher.use(language("en"))
        QApplication.processEvents()
