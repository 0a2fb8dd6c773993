"""The speaker's language, for the interpreters: set per participant (one of the six UN languages
or another typed in) or for one turn, shown under the name in the console and on the presenter
display, and stored at once."""

import sqlite3

import pytest
from PySide6.QtCore import Qt
from setup_modal import on_modal, raise_pending

from roundtable_desktop.domain.model import Participant
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog
from tests.ui.console_support import FakeTimes, drive_with, when_modal


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def _stored(library_path, table: str, record_id: str) -> str:
    connection = sqlite3.connect(library_path)
    try:
        return connection.execute(f"SELECT language FROM {table} WHERE id = ?", (record_id,)).fetchone()[0]
    finally:
        connection.close()


def _set_language(qtbot, window, participant: Participant, typed: str) -> None:
    library = window.library
    dialog = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.view.selectRow([p.id for p in dialog.model.rows].index(participant.id))

    def choose(editor: ParticipantDialog) -> None:
        editor.language.setEditText(typed)
        editor.accept()

    on_modal(ParticipantDialog, choose)
    dialog.edit_selected()
    dialog.close()


def _first_speaker(window):
    controller = window.speakers_panel.controller
    controller.toggle()
    return controller, controller.speakers.current, controller.participant(controller.speakers.current)


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("French", "fr", "Speaks French"),
    ("español", "es", "Speaks Spanish"),
    ("Portuguese", "Portuguese", "Speaks Portuguese"),
])
def test_a_participant_s_language_shows_in_the_console_and_on_the_presenter(
        qtbot, window, library_path, typed, stored, shown):
    drive_with(window, FakeTimes())
    controller, slot, speaker = _first_speaker(window)
    _set_language(qtbot, window, speaker, typed)
    assert _stored(library_path, "participant", speaker.id) == stored
    panel = window.speakers_panel
    panel.toggle_presenter(True)
    qtbot.waitUntil(lambda: panel.clock.function.text().startswith(shown))
    qtbot.waitUntil(lambda: panel.presenter.function.text().startswith(shown))


def test_no_language_stated_shows_none(qtbot, window):
    drive_with(window, FakeTimes())
    _first_speaker(window)
    assert "Speaks" not in window.speakers_panel.clock.function.text()


def test_a_turn_in_another_language_shows_that_one_and_is_stored(qtbot, window, library_path):
    drive_with(window, FakeTimes())
    controller, slot, speaker = _first_speaker(window)
    _set_language(qtbot, window, speaker, "Russian")
    panel = window.speakers_panel
    panel.view.select_slot(slot.id)

    def this_time(dialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("ar"))
        qtbot.keyClick(dialog.target, Qt.Key.Key_Return)

    when_modal(qtbot, this_time)
    panel.edit_selected()
    assert _stored(library_path, "speaker_slot", slot.id) == "ar"
    qtbot.waitUntil(lambda: panel.clock.function.text().startswith("Speaks Arabic"))
    assert _stored(library_path, "participant", speaker.id) == "ru"  # the participant's own is kept


@pytest.mark.parametrize(("choose", "stored", "shown"), [
    (lambda box: box.setCurrentIndex(box.findData("fr")), "fr", "Speaks French"),
    (lambda box: box.setEditText("Portuguese"), "Portuguese", "Speaks Portuguese"),
])
def test_a_new_participant_s_language_is_typed_in_the_floor_request(
        qtbot, window, library, choose, stored, shown):
    from roundtable_desktop.domain.enums import RequestType

    drive_with(window, FakeTimes())
    controller, _slot, _speaker = _first_speaker(window)

    def fill(dialog) -> None:
        qtbot.keyClicks(dialog.who, "Ms. Ana Rojas")
        assert dialog.language.isEnabled()
        choose(dialog.language)
        dialog.request.setCurrentIndex(dialog.request.findData(RequestType.POINT_OF_ORDER.value))
        qtbot.keyClick(dialog.who, Qt.Key.Key_Return)

    when_modal(qtbot, fill)
    window.console_actions.floor_request.trigger()
    [added] = [p for p in library.participants.for_session(window.session_id) if p.name == "Ms. Ana Rojas"]
    assert added.language == stored
    panel = window.speakers_panel
    panel.toggle_presenter(True)
    controller.end_and_next()  # the point of order speaks next
    assert controller.participant(controller.speakers.current).name == "Ms. Ana Rojas"
    qtbot.waitUntil(lambda: panel.clock.function.text().startswith(shown))
    qtbot.waitUntil(lambda: panel.presenter.function.text().startswith(shown))


def test_a_known_participant_s_language_is_shown_not_typed_in_the_floor_request(qtbot, window):
    drive_with(window, FakeTimes())
    controller, _slot, speaker = _first_speaker(window)
    _set_language(qtbot, window, speaker, "Chinese")
    seen = {}

    def look(dialog) -> None:
        qtbot.keyClicks(dialog.who, speaker.description)
        seen["language"], seen["editable"] = dialog.language.language(), dialog.language.isEnabled()
        dialog.reject()

    when_modal(qtbot, look)
    window.console_actions.floor_request.trigger()
    assert seen == {"language": "zh", "editable": False}
