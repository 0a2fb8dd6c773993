"""The console shows a participant's State in the window's language: the speaker list's country
column, the line under the speaker's name, the presenter display and the names the floor request
offers; an organisation stays as typed, and a switch of language at run time follows."""

import pytest

from roundtable_desktop.domain.model import Participant
from roundtable_desktop.domain.speaker_request import SpeakerRequest
from roundtable_desktop.ui.console.dialogs import SpeakerRequestDialog
from roundtable_desktop.ui.console.slot_list import COL_COUNTRY, COL_SPEAKER
from tests.ui.console_support import FakeTimes, drive_with

SCHMIDT = "Ms. Anna Schmidt"


@pytest.fixture
def controller(window):
    window.library.participants.add(Participant(session_id=window.session_id, name=SCHMIDT,
                                                function="Minister", organisation="Germany"))
    return drive_with(window, FakeTimes())


def _countries(window) -> dict[str, str]:
    model = window.speakers_panel.model
    return {model.index(row, COL_SPEAKER).data(): model.index(row, COL_COUNTRY).data()
            for row in range(model.rowCount())}


def _completions(line_edit, typed: str) -> list[str]:
    completer = line_edit.completer()
    completer.setCompletionPrefix(typed)
    model = completer.completionModel()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_speaker_list_and_both_clocks_name_the_state_in_the_windows_language(
        window, controller, qtbot, in_language):
    controller.add_request(SpeakerRequest(who=SCHMIDT, agenda_item_id=controller.speakers.items[0].id))
    slot = next(s for s in controller.speakers.slots if controller.participant(s).name == SCHMIDT)
    controller.start_now(slot.id)
    panel = window.speakers_panel
    panel.toggle_presenter(True)
    in_language("fr")
    qtbot.waitUntil(lambda: _countries(window)[SCHMIDT] == "Allemagne")
    assert _countries(window)["Commission secretariat"] == "UNCTAD"  # an organisation as typed
    qtbot.waitUntil(lambda: panel.clock.function.text().endswith("Minister, Allemagne"))
    qtbot.waitUntil(lambda: panel.presenter.function.text().endswith("Minister, Allemagne"))
    in_language("ru")
    qtbot.waitUntil(lambda: _countries(window)[SCHMIDT] == "Германия")
    qtbot.waitUntil(lambda: panel.clock.function.text().endswith("Minister, Германия"))
    qtbot.waitUntil(lambda: panel.presenter.function.text().endswith("Minister, Германия"))


def test_the_floor_request_offers_the_participants_with_the_state_in_the_windows_language(
        window, controller, qtbot, in_language):
    in_language("fr")
    dialog = SpeakerRequestDialog(controller, True, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _completions(dialog.who, "schmidt") == [f"{SCHMIDT}, Minister, Allemagne"]
    assert _completions(dialog.who, "allem") == [f"{SCHMIDT}, Minister, Allemagne"]
    dialog.who.setText(f"{SCHMIDT}, Minister, Allemagne")
    assert dialog.existing().name == SCHMIDT
    assert dialog.organisation.text() == "Allemagne"
    assert dialog.typed_request().who == f"{SCHMIDT}, Minister, Germany"  # the participant, not a new one
    in_language("es")
    qtbot.waitUntil(lambda: dialog.who.text() == f"{SCHMIDT}, Minister, Alemania")
    assert _completions(dialog.who, "schmidt") == [f"{SCHMIDT}, Minister, Alemania"]
    assert dialog.existing().name == SCHMIDT
    people_before = len(controller.participants())
    dialog.accept()
    assert len(controller.participants()) == people_before
    assert any(controller.participant(s).name == SCHMIDT for s in controller.speakers.queued())
