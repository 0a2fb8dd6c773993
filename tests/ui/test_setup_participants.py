"""Meeting > Participants…: add, edit, remove, import from CSV; countries offered as typed."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from setup_modal import on_modal, raise_pending

from roundtable_desktop.domain.enums import Role
from roundtable_desktop.ui.setup.participant_dialog import ParticipantDialog
from roundtable_desktop.ui.setup.participants_dialog import ParticipantsDialog

CSV = Path(__file__).resolve().parents[1] / "fixtures" / "participants.csv"


@pytest.fixture(autouse=True)
def _dialog_actions_passed():
    yield
    raise_pending()


def _dialog(qtbot, window) -> ParticipantsDialog:
    library = window.library
    dialog = ParticipantsDialog(library.participants, library.slots, window.session_id, window.settings,
                                window.runner, window.changes, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_meeting_menu_offers_properties_and_participants(window):
    actions = window.meeting_menu.actions()
    setup = window.setup_actions
    assert setup.properties_action in actions and setup.participants_action in actions
    assert setup.participants_action.shortcut().toString() == "Ctrl+Shift+P"
    assert setup.participants_action.isEnabled()


def test_insert_adds_a_participant_typed_in_the_dialog(qtbot, window):
    dialog = _dialog(qtbot, window)
    before = dialog.model.rowCount()

    def fill(editor: ParticipantDialog) -> None:
        qtbot.keyClicks(editor.name, "H.E. Mr. Ahmet Yilmaz")  # QTest types Latin-1 only
        editor.organisation.setText("turkey")  # the UN's name is stored
        editor.role.setCurrentIndex(list(Role).index(Role.MEMBER_STATE))
        qtbot.keyClick(editor.name, Qt.Key.Key_Return)

    on_modal(ParticipantDialog, fill)
    qtbot.keyClick(dialog, Qt.Key.Key_Insert)
    assert dialog.model.rowCount() == before + 1
    stored = {p.name: p for p in window.library.participants.for_session(window.session_id)}
    added = stored["H.E. Mr. Ahmet Yilmaz"]
    assert (added.organisation, added.role) == ("Türkiye", Role.MEMBER_STATE)


def test_the_country_field_completes_official_names_from_any_part(qtbot, window):
    from roundtable_desktop.domain.model import Participant

    editor = ParticipantDialog(Participant(session_id="s", name=""), None, window.runner)
    qtbot.addWidget(editor)
    completer = editor.organisation.completer()
    completer.setCompletionPrefix("ivoire")
    assert completer.currentCompletion() == "Côte d'Ivoire"
    completer.setCompletionPrefix("korea")
    found = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert found == ["Democratic People's Republic of Korea", "Republic of Korea"]


def test_a_participant_needs_a_name(qtbot, window):
    from roundtable_desktop.domain.model import Participant

    participant = Participant(session_id="s", name="")
    editor = ParticipantDialog(participant, None, window.runner)
    qtbot.addWidget(editor)
    editor.accept()
    assert editor.result() != ParticipantDialog.DialogCode.Accepted
    assert "needs a name" in editor.name.placeholderText()


def test_editing_changes_the_stored_participant(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.view.selectRow(0)
    name = dialog.selected().name

    def edit(editor: ParticipantDialog) -> None:
        editor.function.setText("Rapporteur of the session")
        editor.accept()

    on_modal(ParticipantDialog, edit)
    dialog.edit_selected()
    stored = [p for p in window.library.participants.for_session(window.session_id) if p.name == name]
    assert stored[0].function == "Rapporteur of the session"


def test_removing_someone_on_the_speaker_list_asks_first(qtbot, window):
    dialog = _dialog(qtbot, window)
    on_list = {slot.participant_id for slot in window.library.slots.for_session(window.session_id)}
    row = next(i for i, p in enumerate(dialog.model.rows) if p.id in on_list)
    dialog.view.selectRow(row)
    person = dialog.selected()
    asked = on_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)
    assert asked and person.id in {p.id for p in dialog.model.rows}

    def remove(box: QMessageBox) -> None:
        assert person.name in box.text()
        next(b for b in box.buttons() if b.text() == "Remove").click()

    on_modal(QMessageBox, remove)
    dialog.view.selectRow(row)
    dialog.remove_selected()
    assert person.id not in {p.id for p in window.library.participants.for_session(window.session_id)}
    assert person.id not in {s.participant_id for s in window.library.slots.for_session(window.session_id)}


def test_csv_import_adds_everyone_once_and_tells_what_was_wrong(qtbot, window, tmp_path):
    dialog = _dialog(qtbot, window)
    before = dialog.model.rowCount()
    texts = []

    def add(box: QMessageBox) -> None:
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Add").click()

    on_modal(QMessageBox, add)
    assert dialog.import_csv_file(str(CSV)) == 5
    assert texts == ["Add 5 participants from participants.csv?"]
    assert dialog.model.rowCount() == before + 5

    def nobody_new(box: QMessageBox) -> None:
        texts.append(box.text())
        box.close()

    on_modal(QMessageBox, nobody_new)
    assert dialog.import_csv_file(str(CSV)) == 0
    assert "nobody who is not already in the list" in texts[-1]

    messy = tmp_path / "messy.csv"
    messy.write_text("Name;Role\nMs. New;boss\n;chair\n", encoding="utf-8")

    def details(box: QMessageBox) -> None:
        texts.append(box.detailedText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    on_modal(QMessageBox, details)
    assert dialog.import_csv_file(str(messy)) == 0  # cancelled: nothing added
    assert "Row 2: role “boss” is not known" in texts[-1] and "Row 3: no name" in texts[-1]
    assert dialog.model.rowCount() == before + 5


def test_a_file_that_is_not_a_participants_csv_is_refused_in_a_message(qtbot, window, tmp_path):
    dialog = _dialog(qtbot, window)
    bad = tmp_path / "list.csv"
    bad.write_text("Ms. A,Minister\n")
    texts = []
    on_modal(QMessageBox, lambda box: (texts.append(box.text()), box.close()))
    assert dialog.import_csv_file(str(bad)) == 0
    assert "Nothing was imported" in texts[0] and "must name the columns" in texts[0]


def test_enter_on_the_list_edits_the_selected_participant(qtbot, window):
    dialog = _dialog(qtbot, window)
    dialog.view.setFocus()
    dialog.view.selectRow(1)
    opened = on_modal(ParticipantDialog, lambda editor: editor.reject())
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    assert opened and opened[0].name.text() == dialog.model.record(1).name
    assert dialog.isVisible()  # Enter edited; it did not close the list
