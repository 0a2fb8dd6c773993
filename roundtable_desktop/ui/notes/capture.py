"""What the capture box does: start a note tied to the current speaker, save it, edit a stored
note in its place, and keep drafts so that nothing typed is lost.

Drafts: ``capture`` for the note being written, ``note:<id>`` for a stored note being edited.
They are stored at most a second after a keystroke (Autosaver), at once when the box loses
the focus, when another note is opened, when the meeting changes and when the window closes;
the next start puts them back."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from ...domain.errors import RoundtableError
from ...domain.model import Note, Session
from ...domain.note_links import NoteLinks, keeping_question
from ...domain.undo import Command, CreateNote, EditNote, UndoStack
from ...storage.notes import NotesServices
from ..changes import ActionRunner
from .composer import NoteComposer
from .editor import Autosaver

CAPTURE = "capture"
EDIT_PREFIX = "note:"


class CaptureController(QObject):
    saved = Signal(str)
    """The id of a note just created or changed."""
    failed = Signal(object)
    """A RoundtableError: the library refused a write (the text stays in the box)."""

    def __init__(self, composer: NoteComposer, services: NotesServices, undo_stack: UndoStack,
                 current_links: Callable[[], NoteLinks], runner: ActionRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.composer, self.services, self.undo_stack = composer, services, undo_stack
        self.runner = runner
        self.current_links = current_links
        self.session: Session | None = None
        self._capture_payload: dict[str, Any] | None = None
        self.draft_saver = Autosaver(self._store_draft, self)
        composer.save_requested.connect(self.save)
        composer.cancel_requested.connect(self.stop_editing)
        composer.changed.connect(self.draft_saver.changed)
        composer.editor.focus_lost.connect(self.draft_saver.flush)
        composer.editor.shortcut_coming.connect(self.draft_saver.flush)

    def set_session(self, session: Session | None, notes: list[Note]) -> None:
        """Show a meeting's box, with what was being typed in it when the app last stopped."""
        self.draft_saver.flush()
        self.session = session
        self._capture_payload = None
        self.composer.editing = None
        drafts = self.services.drafts.for_session(session.id) if session else {}
        capture = drafts.get(CAPTURE) or self._fresh_payload()
        self.composer.load(capture, editing=None)
        by_id = {note.id: note for note in notes}
        for target, payload in drafts.items():
            if not target.startswith(EDIT_PREFIX):
                continue
            note = by_id.get(target[len(EDIT_PREFIX):])
            if note is None:
                self._discard_draft(target)
            elif self.composer.editing is None:
                self._capture_payload = capture
                self.composer.load(payload, editing=note)
        self.draft_saver.forget()
        self.composer.show_status(self.tr("Your unsaved typing was brought back.") if drafts else "")

    def _fresh_payload(self) -> dict[str, Any]:
        return {"links": self.current_links().to_dict(), "time_stamped": False}

    # writing -----------------------------------------------------------------------------------

    def new_note(self) -> None:
        """Ctrl+N: focus the box, tied to whoever speaks now (a box with text keeps its links)."""
        if self.session is None:
            return
        if self.composer.editing is not None and not self._finish_editing():
            return
        if self.composer.is_empty():
            self.composer.start(keeping_question(self.current_links(), self.composer.links.question_id))
        self.composer.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> None:
        """Ctrl+Return: store the note; the box keeps the text if the library refuses it, and
        the disk-trouble bar stores it once the library takes writes again."""
        if self.session is None:
            return
        note = self.composer.note()
        if not note.text:
            self.composer.show_status(self.tr("Nothing to save yet: type the note first."))
            return
        editing = self.composer.editing
        command: Command = EditNote(editing, note) if editing else CreateNote(note)
        target = EDIT_PREFIX + editing.id if editing else CAPTURE
        if not self._store_with_draft_removed(command, target, lambda: self._saved(command, note)):
            self.draft_saver.flush()

    def _saved(self, command: Command, note: Note) -> None:
        """The note is stored (now, or by a retry once the library took writes again)."""
        self.draft_saver.forget()
        editing = self.composer.editing
        if isinstance(command, EditNote):
            if editing is not None and editing.id == note.id:
                self._capture_back()
        elif editing is None and self.composer.editor.text().strip() == note.text:
            self.composer.clear_for_next()
        self.saved.emit(note.id)
        stamp = _clock()
        self.composer.show_status(lambda: self.tr("Saved at {time}.").format(time=stamp))

    def _store_with_draft_removed(self, command: Command, target: str,
                                  then: Callable[[], None] = lambda: None) -> bool:
        """The note and the removal of its draft as one operation (one commit, never half
        done), recorded in the undo history once stored; ``then`` runs at that moment."""
        session_id = self.session.id if self.session else ""
        store = self.undo_stack.store

        def write(_edit: object) -> None:
            command.do(store)
            self.services.drafts.discard(session_id, target)

        def stored(_applied: object) -> None:
            self.undo_stack.record(command)
            then()

        typed = command.after.text if isinstance(command, EditNote) else self.composer.editor.text()
        attempt = self.runner.run(command.text, session_id, write, initiator=self.services.notes.initiator,
                                  typed=typed, key="note:" + target, on_stored=stored,
                                  on_problem=lambda text: self.failed.emit(RoundtableError(text)))
        if not attempt.stored:
            self.failed.emit(attempt.error or RoundtableError(attempt.problem))
            self.composer.show_status(attempt.problem)
        return attempt.stored

    # editing a stored note ---------------------------------------------------------------------

    def edit_note(self, note: Note) -> None:
        """Open a stored note in the box (the note being typed is put aside, as a draft)."""
        editing = self.composer.editing
        if editing is not None and editing.id == note.id:
            self.composer.editor.setFocus()
            return
        if editing is not None and not self._finish_editing():
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
        editing = self.composer.editing
        if editing is not None:
            self.draft_saver.forget()
            self._discard_draft(EDIT_PREFIX + editing.id)
            self._capture_back()
            self.composer.editor.setFocus()

    def note_gone(self, note_id: str) -> None:
        """The note being edited was deleted (or its creation undone): back to the box."""
        if self.composer.editing is not None and self.composer.editing.id == note_id:
            self.stop_editing()

    def _finish_editing(self) -> bool:
        """Save the note being edited if it changed; False when that failed."""
        editing = self.composer.editing
        note = self.composer.note()
        if editing is None:
            return True
        if note.text and note != editing:
            if not self._store_with_draft_removed(EditNote(editing, note), EDIT_PREFIX + editing.id):
                return False
            self.saved.emit(note.id)
        else:
            self._discard_draft(EDIT_PREFIX + editing.id)
        self.draft_saver.forget()
        self._capture_back()
        return True

    def _capture_back(self) -> None:
        payload = self._capture_payload or self._fresh_payload()
        self._capture_payload = None
        self.composer.load(payload, editing=None)

    # drafts ------------------------------------------------------------------------------------

    def flush(self) -> None:
        self.draft_saver.flush()

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
            self.failed.emit(error)
            return False
        self.composer.show_status(self.tr("Draft kept at {time}.").format(time=_clock()))
        return True

    def _discard_draft(self, target: str) -> None:
        if self.session is None:
            return
        try:
            self.services.drafts.discard(self.session.id, target)
        except RoundtableError as error:
            self.failed.emit(error)


def _clock() -> str:
    return datetime.now().strftime("%H:%M:%S")
