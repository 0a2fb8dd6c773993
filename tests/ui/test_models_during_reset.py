"""A view may ask a model about a row while its list is being replaced (a meeting switched, a
speaker withdrawn): the answer is "nothing", never an exception inside Qt's painting."""

from PySide6.QtCore import Qt

from roundtable_desktop.ui.notes.editor import PlainEditor
from roundtable_desktop.ui.notes.inline_edit import NoteTextDelegate
from roundtable_desktop.ui.table_model import RECORD_ROLE, Column, RecordTableModel


def test_a_record_table_answers_nothing_for_a_row_gone_during_a_reset(qtbot):
    model = RecordTableModel([Column("Name", str)])
    model.set_rows(["Amina", "Kenji"])
    stale = model.index(1, 0)
    model.beginResetModel()
    model.rows = ["Amina"]
    assert model.data(stale) is None
    assert model.data(stale, RECORD_ROLE) is None
    model.endResetModel()


def test_the_speaker_list_answers_nothing_for_a_row_gone_during_a_reset(window):
    model = window.speakers_panel.model
    last = model.rowCount() - 1
    stale = model.index(last, 1)
    model.beginResetModel()
    model.rows = model.rows[:1]
    assert model.data(stale) is None
    assert model.data(stale, Qt.ItemDataRole.BackgroundRole) is None
    assert not model.flags(stale) & Qt.ItemFlag.ItemIsDragEnabled
    model.endResetModel()


def test_the_note_editor_keeps_its_typing_when_its_row_is_gone(qtbot):
    model = RecordTableModel([Column("Note", str)])
    model.set_rows(["first"])
    stale = model.index(0, 0)
    model.beginResetModel()
    model.rows = []
    stored = []
    delegate = NoteTextDelegate(lambda note, text: stored.append(text), lambda *_: None, lambda *_: None)
    editor = PlainEditor()
    qtbot.addWidget(editor)
    editor.setPlainText("half typed")
    delegate.setEditorData(editor, stale)
    delegate.setModelData(editor, model, stale)
    model.endResetModel()
    assert editor.toPlainText() == "half typed" and stored == []
