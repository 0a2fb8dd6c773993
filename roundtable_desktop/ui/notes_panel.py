"""The Notes area: the capture box (always visible), the notes list with its filters, and the
by-question view with the rapporteur's syntheses and key messages.

Undo scope: Edit > Undo note change (Ctrl+Z) and Redo (Ctrl+Shift+Z) undo creating, editing
and deleting notes. Inside a text editor Ctrl+Z first undoes its typing; only when the editor
has no typing left to undo (for instance right after Ctrl+Return emptied the box) does the key
reach the note history. The menu items always act on the note history.
"""

import contextlib
import dataclasses
from datetime import UTC, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.enums import NoteKind
from ..domain.errors import NotFoundError, RoundtableError
from ..domain.meeting_time import meeting_offset_seconds
from ..domain.model import Note, Session
from ..domain.note_links import NoteLinks, filter_notes, links_for_slot, question_coverage
from ..domain.undo import Command, CreateNote, DeleteNote, EditNote, UndoStack
from ..storage.notes import NotesServices
from .notes.by_question import ByQuestionView
from .notes.composer import KINDS, NoteComposer, question_caption
from .notes.editor import Autosaver, add_shortcut
from .notes.note_list import FilterBar, NotesTable

CAPTURE = "capture"
EDIT_PREFIX = "note:"


class NotesPanel(QWidget):
    notes_changed = Signal()
    synthesis_saved = Signal(str, str)
    """(question id, text): a guiding question's synthesis was stored."""

    def __init__(self, services: NotesServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        self.all_notes: list[Note] = []
        self.names: dict[str, str] = {}
        self.question_labels: dict[str, str] = {}
        self.undo_stack = UndoStack(services.notes)
        self._capture_payload: dict | None = None
        self.composer = NoteComposer()
        self.composer.stamp_time = self.meeting_time_now
        self.filters = FilterBar()
        self.table = NotesTable(self.names, self.question_labels)
        self.by_question = ByQuestionView(self._save_synthesis, self._save_key_messages)
        self.draft_saver = Autosaver(self._store_draft, self)
        self._build()
        self._build_actions()
        self._connect()
        self.set_session(None)

    # layout and wiring -------------------------------------------------------------------------

    def _build(self) -> None:
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background: #fdecea; color: #8a1c12; padding: 3px;")
        self.message.hide()
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 3, 0, 0)
        list_layout.addWidget(self.filters)
        list_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_page, self.tr("&List"))
        by_question_page = QScrollArea()  # a small window scrolls it rather than growing
        by_question_page.setWidget(self.by_question)
        by_question_page.setWidgetResizable(True)
        by_question_page.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(by_question_page, self.tr("&By question"))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.composer)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([420, 200])
        header = QHBoxLayout()
        header.addWidget(QLabel(self.tr("<b>Notes</b>")))
        header.addStretch()
        header.addWidget(self.filters.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)

    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut: str | None = None) -> QAction:
            item = QAction(text, self)
            if shortcut:
                item.setShortcut(QKeySequence(shortcut))
                item.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            item.triggered.connect(slot)
            return item

        self.new_note_action = action(self.tr("&New note"), self.new_note, "Ctrl+N")
        self.search_action = action(self.tr("&Search notes"), self.focus_search, "Ctrl+F")
        self.by_question_action = action(self.tr("Notes &by question"),
                                         lambda: self.tabs.setCurrentIndex(1))
        self.edit_note_action = action(self.tr("&Edit selected note (Enter in the list)"),
                                       self.edit_selected)
        self.delete_note_action = action(self.tr("&Delete selected note (Del in the list)"),
                                         self.delete_selected)
        self.undo_action = action(self.tr("&Undo note change"), self.undo, "Ctrl+Z")
        self.redo_action = action(self.tr("&Redo note change"), self.redo, "Ctrl+Shift+Z")
        for item, tip in ((self.new_note_action, self.tr("Start a note tied to the current speaker")),
                          (self.undo_action, self.tr("Undo the last new, edited or deleted note")),
                          (self.redo_action, self.tr("Redo the note change just undone"))):
            item.setToolTip(tip)
            item.setStatusTip(tip)
        self.addActions([self.new_note_action, self.search_action, self.undo_action,
                         self.redo_action])
        context = Qt.ShortcutContext.WidgetShortcut
        for sequence, slot in (("Delete", self.delete_selected), ("Return", self.edit_selected),
                               ("Enter", self.edit_selected),
                               ("Ctrl+K", self._toggle_key_message_of_selected)):
            add_shortcut(self.table, sequence, slot, context)
        for number in range(1, 10):
            add_shortcut(self.table, f"Ctrl+{number}",
                         lambda n=number: self._set_kind_of_selected(KINDS[n - 1]), context)
        self._update_undo_actions()

    def menu_actions(self) -> list[QAction]:
        """For the Notes menu (Undo and Redo go in the Edit menu)."""
        return [self.new_note_action, self.search_action, self.by_question_action,
                self.edit_note_action, self.delete_note_action]

    def _connect(self) -> None:
        self.composer.save_requested.connect(self.save)
        self.composer.cancel_requested.connect(self.stop_editing)
        self.composer.changed.connect(self.draft_saver.changed)
        self.composer.editor.focus_lost.connect(self.draft_saver.flush)
        self.filters.changed.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.by_question.edit_note.connect(self.edit_note)
        self.by_question.failed.connect(self.show_error)
        self.tabs.currentChanged.connect(lambda _: self._refresh_by_question())

    # the meeting -----------------------------------------------------------------------------

    @property
    def session_id(self) -> str | None:
        return self.session.id if self.session else None

    def set_session(self, session_id: str | None) -> None:
        """Show a meeting; what is being typed in the one shown before is stored first."""
        self.flush()
        self.undo_stack.clear()
        self._update_undo_actions()
        self._capture_payload = None
        self.composer.editing = None
        services = self.services
        self.session = services.sessions.get(session_id) if session_id else None
        sid = session_id or ""
        participants = services.participants.for_session(sid) if session_id else []
        questions = services.questions.for_session(sid) if session_id else []
        agenda = services.agenda.for_session(sid) if session_id else []
        slots = services.slots.for_session(sid) if session_id else []
        focus = self.session.focus_sdgs if self.session else ()
        self.names.clear()
        self.names.update({p.id: p.name for p in participants})
        self.question_labels.clear()
        self.question_labels.update({q.id: question_caption(q, i) for i, q in enumerate(questions)})
        self.composer.set_meeting(sid, participants, questions, agenda, slots, focus)
        self.filters.set_meeting(participants, questions, focus)
        self.by_question.set_meeting(questions, self.session.key_messages if self.session else "")
        self.all_notes = services.notes.for_session(sid) if session_id else []
        self.apply_filters()
        self._restore_drafts()
        self.setEnabled(self.session is not None)

    def meeting_time_now(self) -> int | None:
        if self.session is None:
            return None
        sid = self.session.id
        return meeting_offset_seconds(self.session, self.services.agenda.for_session(sid),
                                      self.services.slots.for_session(sid), datetime.now(UTC))

    def current_links(self) -> NoteLinks:
        """The current speaker's slot (running, else last done), its question and item, now."""
        if self.session is None:
            return NoteLinks()
        self.composer.set_slots(self.services.slots.for_session(self.session.id))
        return links_for_slot(self.services.slots.current(self.session.id), self.meeting_time_now())

    # capture ---------------------------------------------------------------------------------

    def new_note(self) -> None:
        """Ctrl+N: focus the capture box tied to whoever speaks now."""
        if self.session is None:
            return
        if self.composer.editing is not None and not self._finish_editing():
            return
        if self.composer.is_empty():
            self.composer.start(self.current_links())
        self.composer.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> None:
        """Ctrl+Return: store the note; the box keeps the text if the library refuses it."""
        if self.session is None:
            return
        note = self.composer.note()
        if not note.text:
            self.composer.show_status(self.tr("Nothing to save yet: type the note first."))
            return
        editing = self.composer.editing
        command: Command = EditNote(editing, note) if editing else CreateNote(note)
        if not self._run(lambda: self.undo_stack.push(command)):
            self.draft_saver.flush()
            return
        self._note_touched(note.id)
        if editing:
            self._leave_edit_mode(discard=True)
            self.table.select_note(note.id)
        else:
            self._discard_draft(CAPTURE)
            self.composer.clear_for_next()
            self.draft_saver.forget()
        self.composer.show_status(self.tr("Saved at {time}.").format(time=_clock()))

    def edit_selected(self) -> None:
        note = self.table.selected_note()
        if note is not None:
            self.edit_note(note)

    def edit_note(self, note: Note) -> None:
        """Open a stored note in the box (the note being typed is put aside, as a draft)."""
        if self.composer.editing is not None:
            if self.composer.editing.id == note.id:
                self.composer.editor.setFocus()
                return
            if not self._finish_editing():
                return
        self.draft_saver.flush()
        self._capture_payload = self.composer.payload()
        draft = self.services.drafts.load(note.session_id, EDIT_PREFIX + note.id)
        if draft:
            self.composer.load(draft, editing=note)
        else:
            self.composer.load_note(note)
        self.composer.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_editing(self) -> None:
        """Esc while editing: the stored note stays as it was; back to the note being typed."""
        if self.composer.editing is not None:
            self._leave_edit_mode(discard=True)
            self.composer.editor.setFocus()

    def _finish_editing(self) -> bool:
        """Save the note being edited if it changed; False when that failed."""
        editing = self.composer.editing
        note = self.composer.note()
        if editing is not None and note.text and note != editing:
            if not self._run(lambda: self.undo_stack.push(EditNote(editing, note))):
                return False
            self._note_touched(note.id)
        self._leave_edit_mode(discard=True)
        return True

    def _leave_edit_mode(self, discard: bool) -> None:
        editing = self.composer.editing
        self.draft_saver.forget()
        if editing is not None and discard:
            self._discard_draft(EDIT_PREFIX + editing.id)
        payload = self._capture_payload or {"links": self.current_links().to_dict(),
                                            "time_stamped": False}
        self._capture_payload = None
        self.composer.load(payload, editing=None)

    # drafts ----------------------------------------------------------------------------------

    def flush(self) -> None:
        """Store at once whatever is being typed (focus loss, switching, close)."""
        self.draft_saver.flush()
        self.by_question.flush()

    def _store_draft(self) -> bool:
        if self.session is None:
            return True
        editing = self.composer.editing
        target = EDIT_PREFIX + editing.id if editing else CAPTURE
        try:
            if editing is None and self.composer.is_empty():
                self.services.drafts.discard(self.session.id, target)
            else:
                self.services.drafts.save(self.session.id, target, self.composer.payload())
        except RoundtableError as error:
            self.show_error(str(error))
            return False
        self.composer.show_status(self.tr("Draft kept at {time}.").format(time=_clock()))
        return True

    def _discard_draft(self, target: str) -> None:
        if self.session is not None:
            self._run(lambda: self.services.drafts.discard(self.session.id, target))

    def _restore_drafts(self) -> None:
        """Put back what was being typed when the app last stopped, however it stopped."""
        drafts = self.services.drafts.for_session(self.session.id) if self.session else {}
        capture = drafts.get(CAPTURE) or {"links": self.current_links().to_dict(),
                                          "time_stamped": False}
        self.composer.load(capture, editing=None)
        for target, payload in drafts.items():
            if not target.startswith(EDIT_PREFIX):
                continue
            note = next((n for n in self.all_notes if n.id == target[len(EDIT_PREFIX):]), None)
            if note is None:
                self._discard_draft(target)
            elif self.composer.editing is None:
                self._capture_payload = capture
                self.composer.load(payload, editing=note)
        self.draft_saver.forget()
        if drafts:
            self.composer.show_status(self.tr("Your unsaved typing was brought back."))

    # the list --------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        chosen = self.filters.current()
        matches = None
        if chosen.text and self.session is not None:
            matches = self.services.search.matching_ids(self.session.id, chosen.text)
        keep = self.table.selected_note()
        shown = filter_notes(self.all_notes, chosen, matches)
        self.table.notes_model.set_rows(shown)
        if keep is not None:
            self.table.select_note(keep.id)
        self.filters.show_count(len(shown), len(self.all_notes))
        self._refresh_by_question()

    def _refresh_by_question(self) -> None:
        if self.tabs.currentIndex() != 1 or self.session is None:
            return
        questions = self.by_question.questions
        slots = self.services.slots.for_session(self.session.id)
        coverage = question_coverage(questions, self.all_notes, slots, datetime.now(UTC))
        self.by_question.show_notes(self.all_notes, self.names, coverage)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def delete_selected(self) -> None:
        note = self.table.selected_note()
        if note is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        if self.composer.editing is not None and self.composer.editing.id == note.id:
            self._leave_edit_mode(discard=True)
        if self._run(lambda: self.undo_stack.push(DeleteNote(note))):
            self._note_touched(note.id)
            self.table.selectRow(min(row, self.table.notes_model.rowCount() - 1))
            self.composer.show_status(self.tr("Note deleted: Ctrl+Z brings it back."))

    def _set_kind_of_selected(self, kind: NoteKind) -> None:
        self._change_selected(lambda note: setattr(note, "kind", kind))

    def _toggle_key_message_of_selected(self) -> None:
        self._change_selected(lambda note: setattr(note, "key_message", not note.key_message))

    def _change_selected(self, change) -> None:
        before = self.table.selected_note()
        if before is None:
            return
        after = dataclasses.replace(before)
        change(after)
        if self._run(lambda: self.undo_stack.push(EditNote(before, after))):
            self._note_touched(after.id)
            self.table.select_note(after.id)

    # undo ------------------------------------------------------------------------------------

    def undo(self) -> None:
        self._replay(self.undo_stack.undo)

    def redo(self) -> None:
        self._replay(self.undo_stack.redo)

    def _replay(self, step) -> None:
        result: list[Command | None] = []
        if not self._run(lambda: result.append(step())) or not result or result[0] is None:
            return
        command = result[0]
        note_id = command.note.id if isinstance(command, CreateNote | DeleteNote) else command.after.id
        editing = self.composer.editing
        if editing is not None and editing.id == note_id:
            self._leave_edit_mode(discard=True)
        self._note_touched(note_id)
        self.table.select_note(note_id)

    def _update_undo_actions(self) -> None:
        stack = self.undo_stack
        self.undo_action.setEnabled(stack.can_undo())
        self.redo_action.setEnabled(stack.can_redo())
        self.undo_action.setText(self.tr("&Undo {what}").format(what=self.tr(stack.undo_text()))
                                 if stack.can_undo() else self.tr("&Undo note change"))
        self.redo_action.setText(self.tr("&Redo {what}").format(what=self.tr(stack.redo_text()))
                                 if stack.can_redo() else self.tr("&Redo note change"))

    # plumbing --------------------------------------------------------------------------------

    def _note_touched(self, note_id: str) -> None:
        """Bring one note's row up to date with the library (added, changed or gone)."""
        self.all_notes = [n for n in self.all_notes if n.id != note_id]
        with contextlib.suppress(NotFoundError):
            self.all_notes.append(self.services.notes.get(note_id))
        self.all_notes.sort(key=lambda n: (n.meeting_offset_seconds or 0, n.created_at))
        self._update_undo_actions()
        self.apply_filters()
        self.notes_changed.emit()

    def _run(self, action) -> bool:
        try:
            action()
        except RoundtableError as error:
            self.show_error(str(error))
            return False
        self.message.hide()
        return True

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _save_synthesis(self, question_id: str, text: str) -> None:
        self.services.write_ups.set_synthesis(question_id, text)
        self.synthesis_saved.emit(question_id, text)

    def _save_key_messages(self, text: str) -> None:
        if self.session is not None:
            self.services.write_ups.set_key_messages(self.session.id, text)
            self.session.key_messages = text


def _clock() -> str:
    return datetime.now().strftime("%H:%M:%S")
