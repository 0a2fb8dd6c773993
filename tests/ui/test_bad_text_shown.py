"""Bad text, cleaned at the boundary and stored, is shown as it was stored: the meeting line,
the agenda, the guiding questions and the notes (a 100,000-character note included)."""

from PySide6.QtCore import Qt

from roundtable_desktop.ui.main_window import MainWindow
from tests.unit.test_bad_text import meeting  # noqa: F401 (the fixture)


def shown(model) -> set[str]:
    return {str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))
            for row in range(model.rowCount()) for column in range(model.columnCount())}


def test_the_window_shows_bad_text_as_stored(qtbot, library, meeting, qsettings):  # noqa: F811
    library.add_meeting(meeting)
    window = MainWindow(library, qsettings)
    qtbot.addWidget(window)
    window.show()
    window.session_bar.reload(meeting.session.id)
    assert meeting.agenda[0].title in shown(window.agenda_panel.model)
    assert meeting.questions[0].text in shown(window.questions_panel.model)
    notes = window.notes_panel.table.notes_model
    texts = {notes.record(row).text for row in range(notes.rowCount())}
    assert texts == {note.text for note in meeting.notes}
    assert meeting.notes[0].text in shown(notes)
    assert meeting.session.organiser in window.meeting_line.text()


def test_a_lone_surrogate_pasted_into_a_note_becomes_a_replacement_character(qtbot):
    from PySide6.QtCore import QByteArray, QMimeData

    from roundtable_desktop.ui.notes.editor import PlainEditor

    editor = PlainEditor()
    qtbot.addWidget(editor)
    pasted = QMimeData()
    pasted.setData("text/plain", QByteArray("Least \ud83d developed".encode("utf-8", "surrogatepass")))
    editor.insertFromMimeData(pasted)
    assert editor.toPlainText() == "Least \ufffd developed"
