"""The notes' actions, with their shortcuts, for the Notes and Edit menus. They are window-wide,
so every shortcut is listed in the menus and in Help > Keyboard shortcuts:

- Ctrl+N new note, Ctrl+F search, Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo a note change;
- Ctrl+1 … Ctrl+9 kind, Ctrl+K key message, Alt+1 … Alt+9 guiding question: they act on the
  note selected in the list while the list has the focus, else on the note in the box.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from ...domain.model import GuidingQuestion
from ..vocabulary import label
from .composer import KINDS, question_caption

MAX_QUESTION_KEYS = 9


def _calling(slot: Callable[[Any], object], value: object) -> Callable[[], object]:
    """``slot(value)``, for an action's trigger (whose checked flag is not passed on)."""
    return lambda *_: slot(value)


def _action(owner: QWidget, text: str, slot: Callable[[], object], shortcut: str | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        keys = f" ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})" \
            if shortcut else ""
        action.setToolTip(tip + keys)
        action.setStatusTip(tip)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


class NotesActions(QObject):
    """Built by the notes panel; ``panel`` provides the slots named below."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.new_note = _action(panel, self.tr("&New note"), panel.new_note, "Ctrl+N",
                                self.tr("Start a note tied to the current speaker"))
        self.search = _action(panel, self.tr("&Search notes"), panel.focus_search, "Ctrl+F",
                              self.tr("Find notes by their words"))
        self.by_question = _action(panel, self.tr("Notes &by question"), panel.show_by_question,
                                   tip=self.tr("Notes grouped by guiding question, with your synthesis"))
        self.edit = _action(panel, self.tr("&Edit selected note (Enter in the list)"), panel.edit_selected)
        self.edit_in_place = _action(panel, self.tr("Edit its text &in place (F2 in the list)"),
                                     panel.table.edit_in_place)
        self.delete = _action(panel, self.tr("&Delete selected note (Del in the list)"),
                              panel.delete_selected)
        self.undo = _action(panel, self.tr("&Undo note change"), panel.undo, "Ctrl+Z",
                            self.tr("Undo the last new, edited or deleted note"))
        self.redo = _action(panel, self.tr("&Redo note change"), panel.redo, "Ctrl+Shift+Z",
                            self.tr("Redo the note change just undone"))
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.key_message = _action(panel, self.tr("Mark as &key message"), panel.toggle_key_message,
                                   "Ctrl+K", self.tr("Mark the note as a key message for the summary"))
        self.kinds = [_action(panel, label(kind), _calling(panel.set_kind, kind), f"Ctrl+{number}")
                      for number, kind in enumerate(KINDS, start=1)]
        self.questions = [_action(panel, f"Q{number}", _calling(panel.set_question, number),
                                  f"Alt+{number}")
                          for number in range(1, MAX_QUESTION_KEYS + 1)]
        self.kind_menu = QMenu(self.tr("Kind o&f note"), panel)
        self.kind_menu.addActions(self.kinds)
        self.question_menu = QMenu(self.tr("Guiding &question"), panel)
        self.question_menu.addActions(self.questions)

    def fill_notes_menu(self, menu: QMenu) -> None:
        menu.addActions([self.new_note, self.search, self.by_question])
        menu.addSeparator()
        menu.addMenu(self.kind_menu)
        menu.addAction(self.key_message)
        menu.addMenu(self.question_menu)
        menu.addSeparator()
        menu.addActions([self.edit, self.edit_in_place, self.delete])

    def show_questions(self, questions: list[GuidingQuestion]) -> None:
        for index, action in enumerate(self.questions):
            question = questions[index] if index < len(questions) else None
            action.setVisible(question is not None)
            action.setEnabled(question is not None)
            action.setText("")  # a question the meeting does not have is listed nowhere
            if question is not None:
                text = question.text if len(question.text) <= 60 else question.text[:59] + "\u2026"
                action.setText(f"{question_caption(question, index)}  {text}")
