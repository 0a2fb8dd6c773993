"""File > Export for another laptop… and File > Merge a meeting file…, in the real window."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from roundtable_desktop.domain.model import Note, Participant
from roundtable_desktop.storage.library import Library
from roundtable_desktop.storage.merge import merge_changes
from tests.merge_support import meeting_file, receive


def test_the_rapporteurs_notes_come_in_through_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "for the rapporteur.roundtable-meeting"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.meeting_file_actions.export_action.trigger()
    assert target.exists()

    rapporteur = Library.in_memory()
    from roundtable_desktop.exchange.meeting_file import read_meeting_file

    merge_changes(rapporteur.database, read_meeting_file(target))
    session_id = window.session_id
    rapporteur.notes.add(Note(session_id, "A point from the other laptop."))
    back = tmp_path / "from the rapporteur.roundtable-meeting"
    from roundtable_desktop.exchange.meeting_file import write_meeting_file
    from roundtable_desktop.storage.meeting_rows import changes_since

    write_meeting_file(changes_since(rapporteur.database, session_id), back)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(back), ""))
    window.meeting_file_actions.merge_action.trigger()
    dialog = window.meeting_file_actions.last_dialog
    assert dialog is not None and "Added: 1 note." in dialog.text.toPlainText()
    dialog.accept()
    notes = window.library.load_meeting(session_id).notes
    assert [n.text for n in notes] == ["A point from the other laptop."]
    rapporteur.close()


def test_a_choice_for_a_participant_changed_on_both_laptops_is_kept(qtbot, window, tmp_path, monkeypatch):
    session_id = window.session_id
    rapporteur = Library.in_memory()
    receive(rapporteur, meeting_file(window.library, session_id))
    person = window.library.load_meeting(session_id).participants[0]
    person.function = "Minister of ICT"
    window.library.participants.update(person)
    theirs = rapporteur.participants.get(person.id)
    theirs.function = "Minister of ICT and Innovation"
    rapporteur.participants.update(theirs)
    back = tmp_path / "back.roundtable-meeting"
    from roundtable_desktop.exchange.meeting_file import write_meeting_file
    from roundtable_desktop.storage.meeting_rows import changes_since

    write_meeting_file(changes_since(rapporteur.database, session_id), back)
    dialog = window.meeting_file_actions.merge_file(str(back))
    assert len(dialog.boxes) == 1
    box, choice = dialog.boxes[0]
    assert window.library.participants.get(person.id).function == "Minister of ICT and Innovation"
    box.setChecked(True)  # the chair's laptop's spelling is the right one
    dialog.accept()
    assert window.library.participants.get(person.id).function == "Minister of ICT"
    receive(rapporteur, meeting_file(window.library, session_id))  # and it prevails on the other laptop
    assert rapporteur.participants.get(person.id).function == "Minister of ICT"
    rapporteur.close()


def test_a_file_that_is_no_meeting_file_is_refused_and_nothing_changes(qtbot, window, tmp_path, monkeypatch):
    bad = tmp_path / "notes.roundtable-meeting"
    bad.write_text("{ not json", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    before = window.library.load_meeting(window.session_id)
    assert window.meeting_file_actions.merge_file(str(bad)) is None
    assert shown and shown[0].startswith("Nothing was merged.") and "not valid JSON" in shown[0]
    assert window.library.load_meeting(window.session_id) == before
    window.library.participants.add(Participant(window.session_id, "Still works"))
