"""A participant's regional group is filled in from the country, with the special cases said
under the box, and stays editable: a group picked by hand is never overwritten."""

import pytest
from PySide6.QtCore import Qt
from setup_modal import on_modal, raise_pending

from roundtable_desktop.domain.enums import Region
from roundtable_desktop.domain.model import Participant
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def _editor(qtbot, window, participant: Participant | None = None) -> ParticipantDialog:
    participant = participant or Participant(session_id=window.session_id, name="Ms. A. Wanjiru")
    editor = ParticipantDialog(participant, None, window.runner, window)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def _stored_region(window, name: str) -> Region:
    stored = {p.name: p for p in window.library.participants.for_session(window.session_id)}
    return stored[name].region


def _shown(editor: ParticipantDialog) -> Region:
    return Region(editor.region.currentData())


def _pick_by_hand(qtbot, editor: ParticipantDialog, region: Region) -> None:
    editor.region.setFocus()
    while _shown(editor) is not region:
        qtbot.keyClick(editor.region, Qt.Key.Key_Down)


def test_typing_a_country_fills_in_its_group_and_says_so(qtbot, window):
    editor = _editor(qtbot, window)
    assert _shown(editor) is Region.UNSPECIFIED and not editor.region_note.isVisibleTo(editor)
    qtbot.keyClicks(editor.organisation, "kenya")
    assert _shown(editor) is Region.AFRICAN
    assert editor.region_note.isVisibleTo(editor) and "From the country" in editor.region_note.text()
    editor.accept()
    qtbot.waitUntil(lambda: editor.result() == ParticipantDialog.DialogCode.Accepted)
    assert _stored_region(window, "Ms. A. Wanjiru") is Region.AFRICAN


@pytest.mark.parametrize(("typed", "group", "said"), [
    ("Turkey", Region.WESTERN_EUROPEAN_OTHERS, "also takes part fully in the Asia-Pacific States"),
    ("USA", Region.WESTERN_EUROPEAN_OTHERS, "as an observer"),
    ("Cyprus", Region.ASIA_PACIFIC, "European Union"),
    ("Holy See", Region.UNSPECIFIED, "An observer State"),
])
def test_the_special_cases_are_said_under_the_box(qtbot, window, typed, group, said):
    editor = _editor(qtbot, window)
    editor.organisation.setText(typed)
    assert _shown(editor) is group
    assert said in editor.region_note.text() and editor.region_note.isVisibleTo(editor)
    note = editor.region_note
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))  # read whole, not cut


def test_an_organisation_leaves_the_group_not_stated(qtbot, window):
    editor = _editor(qtbot, window)
    editor.organisation.setText("UNCTAD secretariat")
    assert _shown(editor) is Region.UNSPECIFIED and not editor.region_note.isVisibleTo(editor)


def test_a_group_picked_by_hand_stays_when_the_country_changes(qtbot, window):
    editor = _editor(qtbot, window)
    editor.organisation.setText("Kenya")
    _pick_by_hand(qtbot, editor, Region.EASTERN_EUROPEAN)
    editor.organisation.setText("Brazil")
    assert _shown(editor) is Region.EASTERN_EUROPEAN
    assert not editor.region_note.isVisibleTo(editor)
    editor.accept()
    qtbot.waitUntil(lambda: editor.result() == ParticipantDialog.DialogCode.Accepted)
    assert _stored_region(window, "Ms. A. Wanjiru") is Region.EASTERN_EUROPEAN


def test_a_stored_group_that_differs_from_the_country_is_kept(qtbot, window):
    stored = Participant(session_id=window.session_id, name="Mr. B", organisation="Kenya",
                         region=Region.WESTERN_EUROPEAN_OTHERS)
    editor = _editor(qtbot, window, stored)
    editor.organisation.setText("Ghana")
    assert _shown(editor) is Region.WESTERN_EUROPEAN_OTHERS


def test_a_stored_group_that_came_from_the_country_follows_a_new_country(qtbot, window):
    stored = Participant(session_id=window.session_id, name="Mr. B", organisation="Kenya",
                         region=Region.AFRICAN)
    editor = _editor(qtbot, window, stored)
    editor.organisation.setText("Brazil")
    assert _shown(editor) is Region.LATIN_AMERICAN_CARIBBEAN
    editor.organisation.setText("Brazilian Academy of Sciences")
    assert _shown(editor) is Region.UNSPECIFIED


def test_a_participant_added_in_the_editor_is_stored_with_the_group_of_the_country(qtbot, window):
    library = window.library
    dialog = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(editor: ParticipantDialog) -> None:
        qtbot.keyClicks(editor.name, "H.E. Ms. Lindiwe Dlamini")
        qtbot.keyClicks(editor.organisation, "south africa")
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)

    on_modal(ParticipantDialog, fill)
    qtbot.keyClick(dialog, Qt.Key.Key_Insert)
    stored = {p.name: p for p in library.participants.for_session(window.session_id)}
    assert stored["H.E. Ms. Lindiwe Dlamini"].region is Region.AFRICAN
    shown = {p.name: p.region for p in dialog.model.rows}
    assert shown["H.E. Ms. Lindiwe Dlamini"] is Region.AFRICAN
