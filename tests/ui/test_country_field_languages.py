"""The participants' country field offers the States' names in the window's language, takes a
name typed in any of the six, and stores the State's English short name; an organisation stays
as typed. Its regional group still follows the country."""

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from setup_modal import on_modal, raise_pending

from roundtable_desktop.domain.enums import Region
from roundtable_desktop.domain.model import Participant
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def _editor(qtbot, window, participant: Participant | None = None) -> ParticipantDialog:
    participant = participant or Participant(session_id=window.session_id, name="Ms. Anna Schmidt")
    editor = ParticipantDialog(participant, participant if participant.organisation else None,
                               window.runner, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def _offered(editor: ParticipantDialog) -> list[str]:
    popup_model = editor.organisation.completer().completionModel()
    return [popup_model.index(row, 0).data() for row in range(popup_model.rowCount())]


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying any script's letters (QTest's key clicks know only ASCII)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                                                     letter))
    QApplication.processEvents()


def _type_and_choose(qtbot, editor: ParticipantDialog, typed: str, wanted: str) -> None:
    editor.activateWindow()
    editor.organisation.setFocus()
    qtbot.waitUntil(editor.organisation.hasFocus)  # as a user's typing: the field has the focus
    _type(editor.organisation, typed)
    popup = editor.organisation.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = _offered(editor)
    assert wanted in offered, offered
    row = popup.model().index(offered.index(wanted), 0)
    popup.scrollTo(row)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(row).center())
    assert editor.organisation.text() == wanted


def _stored(window, name: str) -> Participant:
    return {p.name: p for p in window.library.participants.for_session(window.session_id)}[name]


def _accept(qtbot, editor: ParticipantDialog) -> None:
    editor.accept()
    qtbot.waitUntil(lambda: editor.result() == ParticipantDialog.DialogCode.Accepted)


def test_a_french_window_offers_allemagne_and_stores_germany(qtbot, window, in_language):
    in_language("fr")
    editor = _editor(qtbot, window)
    _type_and_choose(qtbot, editor, "Allem", "Allemagne")
    every_name = editor.organisation.completer().model().stringList()
    assert len(every_name) == 195 and "Allemagne" in every_name and "Germany" not in every_name
    assert Region(editor.region.currentData()) is Region.WESTERN_EUROPEAN_OTHERS
    _accept(qtbot, editor)
    stored = _stored(window, "Ms. Anna Schmidt")
    assert (stored.organisation, stored.region) == ("Germany", Region.WESTERN_EUROPEAN_OTHERS)


def test_an_arabic_window_offers_the_arabic_names(qtbot, window, in_language):
    in_language("ar")
    editor = _editor(qtbot, window)
    _type_and_choose(qtbot, editor, "ألما", "ألمانيا")
    assert all(not name.isascii() for name in _offered(editor))
    assert Region(editor.region.currentData()) is Region.WESTERN_EUROPEAN_OTHERS
    _accept(qtbot, editor)
    assert _stored(window, "Ms. Anna Schmidt").organisation == "Germany"


@pytest.mark.parametrize(("typed", "stored", "region"), [
    ("Alemania", "Germany", Region.WESTERN_EUROPEAN_OTHERS),
    ("Турция", "Türkiye", Region.WESTERN_EUROPEAN_OTHERS),
    ("肯尼亚", "Kenya", Region.AFRICAN),
    ("European Union", "European Union", Region.UNSPECIFIED),
])
def test_a_name_typed_in_another_language_is_understood(qtbot, window, in_language, typed, stored, region):
    in_language("fr")
    editor = _editor(qtbot, window)
    editor.organisation.setText(typed)
    assert Region(editor.region.currentData()) is region
    _accept(qtbot, editor)
    assert _stored(window, "Ms. Anna Schmidt").organisation == stored


def test_a_stored_state_is_shown_in_the_windows_language_and_kept_as_it_is(qtbot, window, in_language):
    in_language("fr")
    person = Participant(session_id=window.session_id, name="Mr. Can Yilmaz", organisation="Türkiye",
                         region=Region.WESTERN_EUROPEAN_OTHERS)
    window.library.participants.add(person)
    editor = _editor(qtbot, window, person)
    assert editor.organisation.text() == "Türkiye"
    editor.organisation.setText("Allemagne")
    editor.organisation.setText("Turquie")
    _accept(qtbot, editor)
    assert _stored(window, "Mr. Can Yilmaz").organisation == "Türkiye"
    in_language("zh")
    shown = _editor(qtbot, window, _stored(window, "Mr. Can Yilmaz"))
    assert shown.organisation.text() == "土耳其"


def test_the_participants_list_shows_countries_in_the_windows_language(qtbot, window, in_language):
    window.library.participants.add(Participant(session_id=window.session_id, name="Ms. Anna Schmidt",
                                                organisation="Germany"))
    in_language("es")
    library = window.library
    dialog = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(dialog)
    shown = {p.name: dialog.model.data(dialog.model.index(row, 2))
             for row, p in enumerate(dialog.model.rows)}
    assert shown["Ms. Anna Schmidt"] == "Alemania"


def test_a_floor_request_from_a_new_speaker_stores_the_state_typed_in_french(window, library, qtbot,
                                                                              in_language):
    in_language("fr")
    drive_with(window, FakeTimes())
    seen = {}

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.who, "Mr. Kwame Mensah")
        qtbot.keyClicks(dialog.organisation, "Allemagne")
        seen["shown"] = Region(dialog.region.currentData())
        qtbot.keyClick(dialog.who, Qt.Key.Key_Return)

    when_modal(qtbot, fill)
    window.console_actions.floor_request.trigger()
    assert seen == {"shown": Region.WESTERN_EUROPEAN_OTHERS}
    added = [p for p in library.participants.for_session(window.session_id) if p.name == "Mr. Kwame Mensah"]
    assert [p.organisation for p in added] == ["Germany"]


def test_the_editor_opened_from_the_list_in_french_stores_germany(qtbot, window, in_language):
    in_language("fr")
    library = window.library
    dialog = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(editor: ParticipantDialog) -> None:
        qtbot.keyClicks(editor.name, "Ms. Anna Schmidt")
        qtbot.keyClicks(editor.organisation, "allemagne")
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)

    on_modal(ParticipantDialog, fill)
    qtbot.keyClick(dialog, Qt.Key.Key_Insert)
    assert _stored(window, "Ms. Anna Schmidt").organisation == "Germany"


def test_an_open_editor_follows_a_change_of_the_windows_language(qtbot, window, in_language):
    in_language("fr")
    editor = _editor(qtbot, window)
    editor.organisation.setText("Allemagne")
    in_language("ru")
    assert editor.organisation.text() == "Германия"
    assert "Германия" in editor.organisation.completer().model().stringList()
    assert Region(editor.region.currentData()) is Region.WESTERN_EUROPEAN_OTHERS
    editor.organisation.setText("European Union")
    in_language("es")
    assert editor.organisation.text() == "European Union"
    _accept(qtbot, editor)
    assert _stored(window, "Ms. Anna Schmidt").organisation == "European Union"
