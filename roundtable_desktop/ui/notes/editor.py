"""Plain-text editors for the rapporteur: paste keeps words and drops formatting, the notes'
shortcuts reach their actions, and typing is stored by an autosaver at most a second later."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ...domain.text import clean_text, text_from_utf8

AUTOSAVE_MS = 1000
TYPING, NOTE_CHANGE = "typing", "note change"
_SEPARATORS = {0x2029: "\n", 0x2028: "\n"}

_DIGITS = {getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)}
_RETURN = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


def is_notes_shortcut(event: QKeyEvent) -> bool:
    """Ctrl+1…9, Alt+1…9, Ctrl+K, Ctrl+Return: the notes' own keys, which a text editor would
    otherwise take for itself (Ctrl+K deletes to the end of the line on Linux)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    key = event.key()
    if modifiers == Qt.KeyboardModifier.ControlModifier:
        return key in _DIGITS or key in _RETURN or key == Qt.Key.Key_K
    return modifiers == Qt.KeyboardModifier.AltModifier and key in _DIGITS


def add_shortcut(widget: QWidget, sequence: str, slot: Callable[[], object],
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A shortcut that works only while the focus is in ``widget`` (or its children)."""
    shortcut = QShortcut(QKeySequence(sequence), widget)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


def _may_be_an_action(event: QKeyEvent) -> bool:
    commands = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier \
        | Qt.KeyboardModifier.MetaModifier
    return bool(event.modifiers() & commands) or Qt.Key.Key_F1 <= event.key() <= Qt.Key.Key_F35


def pasted_text(source: QMimeData) -> str:
    """The pasted words, read from the clipboard's UTF-8 bytes: a lone surrogate (which Qt's
    conversion to Python would drop without a trace) arrives as U+FFFD, as every text does."""
    raw = bytes(source.data("text/plain").data())
    return text_from_utf8(raw) if raw else clean_text(source.text())


class PlainEditor(QPlainTextEdit):
    """A QPlainTextEdit for notes and write-ups.

    Ctrl+Z undoes typing while there is typing to undo; when there is none, the key is left to
    the window's Edit > Undo note change (see NotesPanel). Ctrl+Shift+Z redoes in the reverse
    order of the undos: typing or the note change, whichever the last Ctrl+Z undid."""

    focus_lost = Signal()
    shortcut_coming = Signal()
    """A key combination that may trigger a window action (which may read the library):
    store the typing first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.undone: list[str] = []  # what each Ctrl+Z undid, latest last: TYPING or NOTE_CHANGE
        self.note_redo_available: Callable[[], bool] = lambda: False  # the note history's

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt override)
        if source.hasText():
            self.textCursor().insertText(pasted_text(source))

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 (Qt override)
        return source.hasText()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if _may_be_an_action(event):
                self.shortcut_coming.emit()
            if is_notes_shortcut(event):
                event.ignore()  # let the shortcut fire instead of the editor's own binding
                return False
            if event.matches(QKeySequence.StandardKey.Undo) and not self._undoes_typing():
                event.ignore()
                return False
            if event.matches(QKeySequence.StandardKey.Redo) and not self._redoes_typing():
                event.ignore()
                return False
        return super().event(event)

    def _undoes_typing(self) -> bool:
        """Ctrl+Z undoes the typing while there is some to undo, else a note change."""
        if not self.document().isUndoAvailable():
            return False
        self.undone.append(TYPING)
        return True

    def _redoes_typing(self) -> bool:
        """Ctrl+Shift+Z redoes what the last Ctrl+Z undid: typing, or a note change (whose
        undo the notes area records here with :meth:`note_change_undone`)."""
        available = self.document().isRedoAvailable()
        while self.undone and (self.undone[-1] == TYPING and not available or
                               self.undone[-1] == NOTE_CHANGE and not self.note_redo_available()):
            self.undone.pop()  # typed, or a note changed, since: that redo is gone
        if self.undone and self.undone[-1] == NOTE_CHANGE:
            return False
        if available and self.undone:
            self.undone.pop()
        return available

    def note_change_undone(self) -> None:
        self.undone.append(NOTE_CHANGE)

    def note_change_redone(self) -> None:
        if self.undone and self.undone[-1] == NOTE_CHANGE:
            self.undone.pop()


    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if is_notes_shortcut(event):  # never typed as text, even when the action is off
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def text(self) -> str:
        """The text as typed: unlike toPlainText(), no-break spaces are kept; paragraph and
        line separators become newlines."""
        return clean_text(self.document().toRawText().translate(_SEPARATORS))

    def set_text(self, text: str) -> None:
        """Replace the text (and its typing history) without counting as typing."""
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self.undone = [step for step in self.undone if step != TYPING]
        self.moveCursor(self.textCursor().MoveOperation.End)


class Autosaver(QObject):
    """Calls ``save`` (True once stored) at most AUTOSAVE_MS after any change: the timer starts
    at the first change and is not pushed back by later ones, so steady typing is stored every
    second too.
    ``flush`` saves at once (focus loss, switching notes or meetings, close)."""

    def __init__(self, save: Callable[[], bool], parent: QObject | None = None,
                 interval_ms: int = AUTOSAVE_MS) -> None:
        super().__init__(parent)
        self._save = save
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.flush)

    def changed(self) -> None:
        self._dirty = True
        if not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if self._dirty and self._save():
            self._dirty = False

    def forget(self) -> None:
        """Drop pending changes (they were saved another way, or the editor was reset)."""
        self.timer.stop()
        self._dirty = False
