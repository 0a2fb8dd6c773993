"""The Notes area: the capture box (always visible), the notes list with its filters, and the
by-question view with the rapporteur's syntheses and key messages.

Undo scope: Edit > Undo note change (Ctrl+Z) and Redo (Ctrl+Shift+Z) undo creating, editing
and deleting notes, and say what they did in the status bar. Inside a text editor Ctrl+Z first
undoes its typing; only when the editor has no typing left to undo (for instance right after
Ctrl+Return emptied the box) does the key reach the note history. Ctrl+Shift+Z redoes in the
reverse order (notes/history.py). The menu items always act on the note history.
"""

import bisect
import contextlib
import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import OpChanges, RecordKind
from ..domain.enums import NoteKind
from ..domain.errors import NotFoundError, RoundtableError, StorageWriteError
from ..domain.meeting_time import meeting_offset_seconds, meeting_started_at
from ..domain.model import Note, Session
from ..domain.note_links import NoteLinks, filter_notes, links_for_slot, question_coverage
from ..domain.undo import DeleteNote, EditNote, UndoStack
from ..storage.change_path import ChangePath
from ..storage.notes import NotesServices
from .changes import ActionRunner
from .notes.actions import NotesActions
from .notes.by_question import ByQuestionView
from .notes.capture import CaptureController
from .notes.composer import NoteComposer, question_caption
from .notes.editor import add_shortcut
from .notes.history import NoteHistory
from .notes.inline_edit import InlineEditing
from .notes.note_list import FilterBar, NotesTable
from .wording import error_text

BY_QUESTION_TAB = 1
COVERAGE_REFRESH_MS = 5000


def _order(note: Note) -> tuple[int, str]:
    return (note.meeting_offset_seconds or 0, note.created_at)


class NotesPanel(QWidget):
    notes_changed = Signal()
    storage_trouble = Signal(object)
    """A StorageWriteError (disk full, read-only…) met by this area (the window's disk-trouble
    bar hears of every refused write from the library itself)."""
    said = Signal(str)
    """What an undo or redo did, for the window's status bar."""

    def __init__(self, services: NotesServices, runner: ActionRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner or ActionRunner(ChangePath.of(services.drafts.database), self)
        self.session: Session | None = None
        self.wall_clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.link_lost: Callable[[], bool] = lambda: False  # the live link's state, when following
        self.all_notes: list[Note] = []
        self.names: dict[str, str] = {}
        self.question_labels: dict[str, str] = {}
        services.notes.initiator = self  # its own changes it shows at once, not from the feed
        self.undo_stack = UndoStack(services.notes)
        self.history = NoteHistory(self)
        self.composer = NoteComposer()
        self.composer.live_links = self.current_links
        self.composer.editor.note_redo_available = self.undo_stack.can_redo
        self.capture = CaptureController(self.composer, services, self.undo_stack,
                                         self.current_links, self.runner, self)
        self.filters = FilterBar()
        self.table = NotesTable(self.names, self.question_labels)
        self.by_question = ByQuestionView(self._save_synthesis, self._save_key_messages)
        self._build()
        self.actions_ = NotesActions(self)
        self.undo_action, self.redo_action = self.actions_.undo, self.actions_.redo
        self.new_note_action = self.actions_.new_note
        self.by_question_action = self.actions_.by_question
        for sequence, slot in (("Delete", self.delete_selected), ("Return", self.edit_selected),
                               ("Enter", self.edit_selected), ("F2", self.table.edit_in_place)):
            add_shortcut(self.table, sequence, slot, Qt.ShortcutContext.WidgetShortcut)
        self.inline = InlineEditing(self.table, services, self.undo_stack, self.capture, self.run_action,
                                    self.note_touched, self)
        self.coverage_timer = QTimer(self)  # the running speaker's time counts for their question
        self.coverage_timer.setInterval(COVERAGE_REFRESH_MS)
        self.coverage_timer.timeout.connect(self._refresh_coverage)
        self._connect()
        self.set_session(None)

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
        by_question_page = QScrollArea()  # a small window scrolls it rather than growing
        by_question_page.setWidget(self.by_question)
        by_question_page.setWidgetResizable(True)
        by_question_page.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(list_page, self.tr("&List"))
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

    def _connect(self) -> None:
        self.capture.saved.connect(self.note_touched)
        self.capture.saved.connect(self.table.select_note)  # the note just saved is in view
        self.capture.failed.connect(self._failed)
        self.filters.changed.connect(self.apply_filters)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.by_question.edit_note.connect(self.edit_note)
        self.by_question.failed.connect(self._failed)
        self.tabs.currentChanged.connect(self._tab_changed)

    def fill_menus(self, notes_menu, edit_menu) -> None:
        self.actions_.fill_notes_menu(notes_menu)
        edit_menu.addActions([self.undo_action, self.redo_action])

    # the meeting -------------------------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        """Show a meeting; what is being typed in the one shown before is stored first."""
        self.flush()
        self.undo_stack.clear()
        services, sid = self.services, session_id or ""
        self.session = services.sessions.get(sid) if session_id else None
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
        self.actions_.show_questions(questions)
        self.all_notes = services.notes.for_session(sid) if session_id else []
        self.apply_filters()
        self.capture.set_session(self.session, self.all_notes)
        self._update_undo_actions()
        self.setEnabled(self.session is not None)

    def refresh_lists(self) -> None:
        """A speaker added by the chair, a guiding question added or edited: show them in the
        drop-down lists, the list's columns and the menus, leaving the rest as it is."""
        if self.session is None:
            return
        sid = self.session.id
        participants = self.services.participants.for_session(sid)
        questions = self.services.questions.for_session(sid)
        agenda = self.services.agenda.for_session(sid)
        names = {p.id: p.name for p in participants}
        labels = {q.id: question_caption(q, i) for i, q in enumerate(questions)}
        texts = [(q.id, q.label, q.text) for q in questions]
        if names == self.names and labels == self.question_labels and \
                texts == [(q.id, q.label, q.text) for q in self.by_question.questions] and \
                {item.id: item.title for item in agenda} == self.composer.agenda:
            return
        self.names.clear()
        self.names.update(names)
        self.question_labels.clear()
        self.question_labels.update(labels)
        focus = self.session.focus_sdgs
        self.composer.set_meeting(sid, participants, questions, agenda, self.services.slots.for_session(sid),
                                  focus)
        self.filters.refill(participants, questions, focus)
        self.by_question.update_questions(questions)
        self.actions_.show_questions(questions)
        self.table.viewport().update()
        self._refresh_by_question()

    def meeting_time_now(self) -> int | None:
        """Seconds into the meeting by ``wall_clock``: the chair's laptop's time while following
        it, as the meeting's start and the turns are in that time."""
        if self.session is None:
            return None
        sid = self.session.id
        return meeting_offset_seconds(self.session, self.services.agenda.for_session(sid),
                                      self.services.slots.for_session(sid), self.wall_clock())

    def current_links(self) -> NoteLinks:
        """The current speaker's slot (running, else last done), its question and item, now;
        only the last speaker seen, marked so, while the link to the chair's laptop is lost."""
        if self.session is None:
            return NoteLinks()
        self.refresh_lists()
        sid = self.session.id
        slots = self.services.slots.for_session(sid)
        self.composer.set_slots(slots)
        lost = self.link_lost()
        # the meeting's first start not known here (it fell in the outage): the time counted
        # from the planned start is not sure; the moment is kept to count it again later
        start_unknown = lost and meeting_started_at(self.services.agenda.for_session(sid), slots) is None
        return links_for_slot(self.services.slots.current(sid), self.meeting_time_now(), unsure=lost,
                              moment=self.wall_clock() if start_unknown else None)

    def flush(self) -> None:
        """Store at once whatever is being typed (focus loss, switching, close)."""
        self.inline.saver.flush()
        self.capture.flush()
        self.by_question.flush()

    # the box -----------------------------------------------------------------------------------

    def new_note(self) -> None:
        self.capture.new_note()

    def save(self) -> None:
        self.capture.save()

    def edit_selected(self) -> None:
        note = self.table.selected_note()
        if note is not None:
            self.edit_note(note)

    def edit_note(self, note: Note) -> None:
        self.capture.edit_note(note)

    def review_note(self, note: Note) -> None:
        """Show ``note`` in the list and open it in the box (a speaker to confirm, say)."""
        self.tabs.setCurrentIndex(0)
        self.table.select_note(note.id)
        self.edit_note(note)

    def stop_editing(self) -> None:
        self.capture.stop_editing()

    def _list_has_focus(self) -> bool:
        return QApplication.focusWidget() is self.table and self.table.selected_note() is not None

    def set_kind(self, kind: NoteKind) -> None:
        """Ctrl+1 … Ctrl+9: the kind of the selected note (list focused), else of the box's."""
        if self._list_has_focus():
            self._change_selected(lambda note: setattr(note, "kind", kind))
        else:
            self.composer.set_kind(kind)

    def toggle_key_message(self) -> None:
        if self._list_has_focus():
            self._change_selected(lambda note: setattr(note, "key_message", not note.key_message))
        else:
            self.composer.key_message.toggle()

    def set_question(self, number: int) -> None:
        """Alt+1 … Alt+9: tie the note to guiding question Q1 … Q9."""
        questions = self.by_question.questions
        if number > len(questions):
            return
        if self._list_has_focus():
            question_id = questions[number - 1].id
            self._change_selected(lambda note: setattr(note, "question_id", question_id))
        else:
            self.composer.set_question_number(number)

    # the list ----------------------------------------------------------------------------------

    def apply_filters(self) -> None:
        self.inline.commit_open_editor()
        chosen = self.filters.current()
        matches = None
        if chosen.text and self.session is not None:
            matches = self.services.search.matching_ids(self.session.id, chosen.text)
        keep = self.table.selected_note()
        shown = list(self.all_notes) if chosen.is_empty else filter_notes(self.all_notes, chosen, matches)
        self.table.notes_model.set_rows(shown)
        if keep is not None:
            self.table.select_note(keep.id)
        self.filters.show_count(len(shown), len(self.all_notes))
        self._refresh_by_question()

    def _refresh_by_question(self) -> None:
        if self.tabs.currentIndex() != BY_QUESTION_TAB or self.session is None:
            return
        self.by_question.show_notes(self.all_notes, self.names, self._coverage())

    def _tab_changed(self, index: int) -> None:
        if index == BY_QUESTION_TAB:
            self.coverage_timer.start()
            self._refresh_by_question()
        else:
            self.coverage_timer.stop()

    def _coverage(self) -> list:
        slots = self.services.slots.for_session(self.session.id) if self.session else []
        return question_coverage(self.by_question.questions, self.all_notes, slots, datetime.now(UTC))

    def _refresh_coverage(self) -> None:
        if self.session is not None and self.isVisible():
            self.by_question.update_coverage(self._coverage())

    def show_by_question(self) -> None:
        self.tabs.setCurrentIndex(BY_QUESTION_TAB)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    def delete_selected(self) -> None:
        """Delete asks nothing: Ctrl+Z brings the note back."""
        note = self.table.selected_note()
        if note is None:
            return
        row = self.table.selectionModel().selectedRows()[0].row()
        self.capture.note_gone(note.id)
        if self.run_action(lambda: self.undo_stack.push(DeleteNote(note))):
            self.note_touched(note.id)
            self.table.selectRow(min(row, self.table.notes_model.rowCount() - 1))
            self.composer.show_status(self.tr("Note deleted: Ctrl+Z brings it back."))

    def _change_selected(self, change: Callable[[Note], None]) -> None:
        before = self.table.selected_note()
        if before is None:
            return
        after = dataclasses.replace(before)
        change(after)
        if self.run_action(lambda: self.undo_stack.push(EditNote(before, after))):
            self.note_touched(after.id)
            self.table.select_note(after.id)

    # undo --------------------------------------------------------------------------------------

    def undo(self) -> None:
        self.history.undo()

    def redo(self) -> None:
        self.history.redo()

    def _update_undo_actions(self) -> None:
        self.history.update_actions()

    def say(self, text: str) -> None:
        """What was just done, in the box's status line and the window's status bar."""
        self.composer.show_status(text)
        self.said.emit(text)

    # plumbing ----------------------------------------------------------------------------------

    def note_touched(self, note_id: str) -> None:
        """Bring one note's row up to date with the library (added, changed or gone)."""
        old_row = next((i for i, n in enumerate(self.all_notes) if n.id == note_id), None)
        if old_row is not None:
            del self.all_notes[old_row]
        note = None
        with contextlib.suppress(NotFoundError):
            note = self.services.notes.get(note_id)
        new_row = None
        if note is not None:
            new_row = bisect.bisect_right(self.all_notes, _order(note), key=_order)
            self.all_notes.insert(new_row, note)
        self.message.hide()
        self._update_undo_actions()
        model = self.table.notes_model
        if self.filters.current().is_empty and len(model.rows) == len(self.all_notes) + \
                (old_row is not None) - (new_row is not None):
            self.inline.commit_open_editor()
            model.replace_record(old_row, new_row, note)  # every note shown: no rebuild needed
            self.filters.show_count(len(self.all_notes), len(self.all_notes))
            self._refresh_by_question()
        else:
            self.apply_filters()
        self.notes_changed.emit()

    def run_action(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except RoundtableError as error:
            self._failed(error)
            return False
        self.message.hide()
        return True

    def _failed(self, error: object) -> None:
        self.show_error(error_text(error))
        if isinstance(error, StorageWriteError):
            self.storage_trouble.emit(error)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _save_synthesis(self, question_id: str, text: str) -> None:
        self.services.write_ups.set_synthesis(question_id, text,
                                              self.session.id if self.session else None, self)

    def _save_key_messages(self, text: str) -> None:
        if self.session is not None:
            self.services.write_ups.set_key_messages(self.session.id, text, self)
            self.session.key_messages = text

    def on_changes(self, changes: OpChanges) -> None:
        """Refresh from the announcement of what changed elsewhere (the console, the set-up
        dialogs, another laptop); what this area changed it has shown already."""
        if self.session is None or changes.initiator is self or not changes.concerns(self.session.id):
            return
        if changes.touches(RecordKind.MEETING):
            self.session = self.services.sessions.get(self.session.id)
        if changes.touches(RecordKind.PARTICIPANT, RecordKind.QUESTION, RecordKind.AGENDA_ITEM,
                           RecordKind.MEETING):
            self.refresh_lists()
        for note_id in changes.ids(RecordKind.NOTE):
            self.note_touched(note_id)
