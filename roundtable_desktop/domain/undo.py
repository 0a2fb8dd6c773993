"""Undo and redo of the rapporteur's note changes, as plain command objects (no Qt).

A command is done once when pushed; undo and redo replay it against a note store (anything
with ``add``, ``update`` and ``delete`` — the storage layer's note store in the app, whose
writes are operations of the change path, a dict in tests). A command whose store call raises
is not recorded, so the stacks always describe what is stored.
"""

import dataclasses
from typing import Protocol

from .model import Note
from .translatable import QT_TRANSLATE_NOOP


class NoteStore(Protocol):
    def add(self, note: Note) -> Note: ...

    def update(self, before: Note, after: Note) -> Note:
        """Write the fields in which ``after`` differs from ``before``."""
        ...

    def delete(self, note_id: str) -> None: ...


def _copy(note: Note) -> Note:
    return dataclasses.replace(note)


class Command:
    text = ""

    def do(self, store: NoteStore) -> None:
        raise NotImplementedError

    def undo(self, store: NoteStore) -> None:
        raise NotImplementedError


class CreateNote(Command):
    text = QT_TRANSLATE_NOOP("NoteHistory", "new note")

    def __init__(self, note: Note) -> None:
        self.note = _copy(note)

    def do(self, store: NoteStore) -> None:
        store.add(_copy(self.note))

    def undo(self, store: NoteStore) -> None:
        store.delete(self.note.id)


class EditNote(Command):
    text = QT_TRANSLATE_NOOP("NoteHistory", "note edit")

    def __init__(self, before: Note, after: Note) -> None:
        self.before, self.after = _copy(before), _copy(after)

    def do(self, store: NoteStore) -> None:
        store.update(_copy(self.before), _copy(self.after))

    def undo(self, store: NoteStore) -> None:
        store.update(_copy(self.after), _copy(self.before))


class DeleteNote(Command):
    text = QT_TRANSLATE_NOOP("NoteHistory", "deleted note")

    def __init__(self, note: Note) -> None:
        self.note = _copy(note)

    def do(self, store: NoteStore) -> None:
        store.delete(self.note.id)

    def undo(self, store: NoteStore) -> None:
        store.add(_copy(self.note))


class UndoStack:
    """The meeting's note history: push does a command; undo/redo walk it."""

    def __init__(self, store: NoteStore, limit: int = 500) -> None:
        self.store = store
        self.limit = limit
        self._done: list[Command] = []
        self._undone: list[Command] = []

    def push(self, command: Command) -> None:
        command.do(self.store)
        self.record(command)

    def record(self, command: Command) -> None:
        """Add a command already done (stored as part of a larger operation)."""
        self._done.append(command)
        del self._done[:-self.limit]
        self._undone.clear()

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone)

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def undo(self) -> Command | None:
        if not self._done:
            return None
        command = self._done[-1]
        command.undo(self.store)
        self._undone.append(self._done.pop())
        return command

    def redo(self) -> Command | None:
        if not self._undone:
            return None
        command = self._undone[-1]
        command.do(self.store)
        self._done.append(self._undone.pop())
        return command

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
