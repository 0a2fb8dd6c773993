"""Edit > Undo / Redo note change: the note history replayed through the change path, each step
said in the status bar ("Undone: new note “…”"), and Ctrl+Shift+Z redoing in the reverse order
of the undos, whether the last Ctrl+Z undid typing in the box or a note change."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...domain.undo import Command, CreateNote, DeleteNote, EditNote

if TYPE_CHECKING:
    from ..notes_panel import NotesPanel

PREVIEW = 60


def command_name(command_text: str) -> str:
    """A command's own name ("new note"), marked for translation where the command is defined."""
    return QCoreApplication.translate("NoteHistory", command_text)


def changed_note_id(command: Command) -> str:
    if isinstance(command, CreateNote | DeleteNote):
        return command.note.id
    assert isinstance(command, EditNote)
    return command.after.id


def describe(command: Command, undone: bool) -> str:
    """``Undone: new note “Finance for LDCs…”. Ctrl+Shift+Z brings it back.``"""
    if isinstance(command, EditNote):
        text = (command.after if undone else command.before).text
    else:
        assert isinstance(command, CreateNote | DeleteNote)
        text = command.note.text
    preview = text if len(text) <= PREVIEW else text[:PREVIEW - 1] + "\u2026"
    what = command_name(command.text)
    if undone:
        said = QCoreApplication.translate(
            "NoteHistory", "Undone: {what} \u201c{text}\u201d. Ctrl+Shift+Z brings it back.")
    else:
        said = QCoreApplication.translate(
            "NoteHistory", "Redone: {what} \u201c{text}\u201d. Ctrl+Z undoes it again.")
    return said.format(what=what, text=preview)


class NoteHistory:
    """The notes area's undo and redo (the panel gives the stack, the box and the list)."""

    def __init__(self, panel: "NotesPanel") -> None:
        self.panel = panel

    def undo(self) -> None:
        if self._replay(self.panel.undo_stack.undo, undone=True):
            self.panel.composer.editor.note_change_undone()

    def redo(self) -> None:
        if self._replay(self.panel.undo_stack.redo, undone=False):
            self.panel.composer.editor.note_change_redone()

    def _replay(self, step: Callable[[], Command | None], undone: bool) -> bool:
        panel = self.panel
        done: list[Command | None] = []
        if not panel.run_action(lambda: done.append(step())) or done[0] is None:
            return False
        command = done[0]
        note_id = changed_note_id(command)
        panel.note_touched(note_id)
        if not panel.table.select_note(note_id) and all(n.id != note_id for n in panel.all_notes):
            panel.capture.note_gone(note_id)  # it was open in the box: back to the note being typed
        panel.say(describe(command, undone))
        return True

    def update_actions(self) -> None:
        panel, stack = self.panel, self.panel.undo_stack
        panel.undo_action.setEnabled(stack.can_undo())
        panel.redo_action.setEnabled(stack.can_redo())
        undo = QCoreApplication.translate("NoteHistory", "&Undo {what}").format(
            what=command_name(stack.undo_text()))
        redo = QCoreApplication.translate("NoteHistory", "&Redo {what}").format(
            what=command_name(stack.redo_text()))
        panel.undo_action.setText(undo if stack.can_undo()
                                  else QCoreApplication.translate("NoteHistory", "&Undo note change"))
        panel.redo_action.setText(redo if stack.can_redo()
                                  else QCoreApplication.translate("NoteHistory", "&Redo note change"))
