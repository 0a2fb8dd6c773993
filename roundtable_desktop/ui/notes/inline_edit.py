"""Editing a note's text right in its row of the list (F2): Ctrl+Return, Tab or a click
elsewhere stores it, Esc leaves it as it was. While it is open its text is kept as a draft,
like the capture box's."""

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QStyleOptionViewItem, QWidget

from ...domain.model import Note
from ...domain.note_links import NoteLinks
from ...domain.undo import EditNote
from ..bidi import ReadingOrderDelegate
from ..table_model import RECORD_ROLE, Column, RecordTableModel
from .capture import EDIT_PREFIX
from .editor import Autosaver, PlainEditor

Index = QModelIndex | QPersistentModelIndex
EDITOR_LINES = 4


class NotesModel(RecordTableModel[Note]):
    """The notes list's rows; the text column can be edited in place."""

    def __init__(self, columns: list[Column[Note]], text_column: int, parent=None) -> None:
        super().__init__(columns, parent)
        self.text_column = text_column

    def replace_record(self, old_row: int | None, new_row: int | None, note: Note | None) -> None:
        """One note added, changed, moved or gone, without rebuilding the whole list."""
        if old_row is not None and old_row == new_row and note is not None:
            self.rows[old_row] = note
            last = self.index(old_row, self.columnCount() - 1)
            self.dataChanged.emit(self.index(old_row, 0), last)
            return
        if old_row is not None:
            self.beginRemoveRows(QModelIndex(), old_row, old_row)
            del self.rows[old_row]
            self.endRemoveRows()
        if new_row is not None and note is not None:
            self.beginInsertRows(QModelIndex(), new_row, new_row)
            self.rows.insert(new_row, note)
            self.endInsertRows()

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.text_column:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class NoteTextDelegate(ReadingOrderDelegate):
    """``store(note, text)`` saves an edit; ``typed(note, text)`` keeps the draft;
    ``closed(note)`` says the editor went away (stored or not)."""

    def __init__(self, store: Callable[[Note, str], None], typed: Callable[[Note, str], None],
                 closed: Callable[[Note], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store, self.typed, self.closed = store, typed, closed
        self.editing: Note | None = None
        self.open_editor: PlainEditor | None = None
        self.closeEditor.connect(lambda *_: self._closed())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = PlainEditor(parent)
        editor.setFrameShape(PlainEditor.Shape.Box)
        note: Note = index.data(RECORD_ROLE)
        self.editing, self.open_editor = note, editor
        editor.textChanged.connect(lambda: self.typed(note, editor.text()))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 (Qt override)
        note: Note | None = index.data(RECORD_ROLE)
        if note is not None and isinstance(editor, PlainEditor) and not editor.document().isModified():
            editor.set_text(note.text)
            editor.document().setModified(True)  # a model reset must not overwrite the typing

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        note: Note | None = index.data(RECORD_ROLE)
        text = editor.text().strip() if isinstance(editor, PlainEditor) else ""
        if note is not None and text and text != note.text:
            self.store(note, text)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        rect = option.rect
        rect.setHeight(max(rect.height(), EDITOR_LINES * editor.fontMetrics().lineSpacing() + 8))
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier \
                and isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(editor, event)

    def _closed(self) -> None:
        note, self.editing, self.open_editor = self.editing, None, None
        if note is not None:
            self.closed(note)


class InlineEditing(QObject):
    """Wires the text delegate to the library: the edit is an undoable EditNote, its draft is
    the same ``note:<id>`` draft the box uses, and an edit the library refuses reopens in the
    box with the typing kept."""

    def __init__(self, table, services, undo_stack, capture, run: Callable[[Callable[[], object]], bool],
                 touched: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table, self.services, self.undo_stack, self.capture = table, services, undo_stack, capture
        self.run, self.touched = run, touched
        self._typed: tuple[Note, str] | None = None
        self._failed = False
        self.saver = Autosaver(self._store_draft, self)
        self.delegate = NoteTextDelegate(self._store, self._typing, self._closed, table)
        table.setItemDelegateForColumn(table.notes_model.text_column, self.delegate)

    def commit_open_editor(self) -> None:
        """Before the list is rebuilt: store what is being typed in a row rather than drop it."""
        editor = self.delegate.open_editor
        if editor is not None:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _typing(self, note: Note, text: str) -> None:
        self._typed = (note, text)
        self.saver.changed()

    def _store_draft(self) -> bool:
        if self._typed is None:
            return True
        note, text = self._typed
        payload = {"text": text, "kind": note.kind.value, "sdgs": list(note.sdgs),
                   "key_message": note.key_message, "links": NoteLinks.of(note).to_dict()}
        return self.run(lambda: self.services.drafts.save(note.session_id, EDIT_PREFIX + note.id,
                                                          payload))

    def _store(self, note: Note, text: str) -> None:
        after = dataclasses.replace(note, text=text)
        self._failed = not self.run(lambda: self.undo_stack.push(EditNote(note, after)))
        if self._failed:
            self._typing(note, text)
            self.saver.flush()
        else:
            QTimer.singleShot(0, lambda: self.touched(note.id))  # not while the editor closes

    def _closed(self, note: Note) -> None:
        self.saver.forget()
        self._typed = None
        if self._failed:
            self._failed = False
            QTimer.singleShot(0, lambda: self.capture.edit_note(note))  # the draft holds the text
            return
        self.run(lambda: self.services.drafts.discard(note.session_id, EDIT_PREFIX + note.id))
