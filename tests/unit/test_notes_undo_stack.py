"""Undo and redo of new, edited and deleted notes, against a store that can fail."""

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.errors import LibraryError
from roundtable_desktop.domain.model import Note
from roundtable_desktop.domain.undo import CreateNote, DeleteNote, EditNote, UndoStack


class DictStore:
    def __init__(self) -> None:
        self.notes: dict[str, Note] = {}
        self.broken = False

    def _check(self) -> None:
        if self.broken:
            raise LibraryError("disk full")

    def add(self, note: Note) -> Note:
        self._check()
        assert note.id not in self.notes
        self.notes[note.id] = note
        return note

    def update(self, before: Note, after: Note) -> Note:
        self._check()
        assert after.id in self.notes
        self.notes[after.id] = after
        return after

    def delete(self, note_id: str) -> None:
        self._check()
        del self.notes[note_id]

    def texts(self) -> dict[str, str]:
        return {key: note.text for key, note in self.notes.items()}


def test_a_deleted_note_comes_back_with_undo_and_goes_again_with_redo():
    store = DictStore()
    stack = UndoStack(store)
    note = Note("s", "Digital divide widened")
    stack.push(CreateNote(note))
    stack.push(DeleteNote(note))
    assert store.notes == {}
    stack.undo()
    assert store.notes[note.id].text == "Digital divide widened"
    stack.redo()
    assert store.notes == {}


def test_an_edit_is_undone_to_the_text_before_it():
    store = DictStore()
    stack = UndoStack(store)
    note = Note("s", "first words")
    stack.push(CreateNote(note))
    stack.push(EditNote(note, dataclasses.replace(note, text="better words")))
    assert store.notes[note.id].text == "better words"
    assert stack.undo_text() == "note edit"
    stack.undo()
    assert store.notes[note.id].text == "first words"
    assert stack.can_redo()


def test_a_change_the_store_refuses_is_not_recorded():
    store = DictStore()
    stack = UndoStack(store)
    store.broken = True
    with pytest.raises(LibraryError):
        stack.push(CreateNote(Note("s", "lost?")))
    assert not stack.can_undo()


def test_a_new_change_after_undo_drops_the_redo_history():
    stack = UndoStack(DictStore())
    stack.push(CreateNote(Note("s", "a")))
    stack.undo()
    stack.push(CreateNote(Note("s", "b")))
    assert not stack.can_redo()
    assert stack.redo() is None


operations = st.lists(st.tuples(st.sampled_from(["create", "edit", "delete"]),
                                st.integers(0, 10), st.text(max_size=5)), max_size=20)


@given(operations)
def test_undoing_everything_gives_back_the_start_and_redoing_everything_the_end(steps):
    store = DictStore()
    store.add(Note("s", "before the meeting", id="kept"))
    stack = UndoStack(store)
    start = store.texts()
    for operation, pick, text in steps:
        existing = sorted(store.notes)
        if operation == "create" or not existing:
            stack.push(CreateNote(Note("s", text)))
            continue
        target = store.notes[existing[pick % len(existing)]]
        if operation == "edit":
            stack.push(EditNote(target, dataclasses.replace(target, text=text)))
        else:
            stack.push(DeleteNote(target))
    end = store.texts()
    while stack.can_undo():
        stack.undo()
    assert store.texts() == start
    while stack.can_redo():
        stack.redo()
    assert store.texts() == end
