"""Helpers shared by the notes area's UI tests: a speaker on the clock, keys to the editor."""

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.model import Meeting, SpeakerSlot


def start_speaking(library, demo: Meeting, index: int, question_index: int | None = None,
                   minutes_ago: int = 20) -> SpeakerSlot:
    """Put the demo's speaker ``index`` on the clock, earlier speakers done."""
    now = datetime.now(UTC)
    slots = library.slots.for_session(demo.session.id)
    for position, slot in enumerate(slots[:index]):
        slot.state = SlotState.DONE
        slot.actual_start = now - timedelta(minutes=minutes_ago - position)
        slot.actual_end = slot.actual_start + timedelta(seconds=50)
        slot.spoken_seconds = 50
        library.slots.update(slot)
    slot = slots[index]
    slot.state = SlotState.SPEAKING
    slot.actual_start = slot.last_started_at = now - timedelta(seconds=30)
    if question_index is not None:
        slot.question_id = demo.questions[question_index].id
    library.slots.update(slot)
    return slot


def press(qtbot, widget, sequence: str) -> None:
    combination = QKeySequence(sequence)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def save_with_keyboard(qtbot, panel) -> None:
    qtbot.keyClick(panel.composer.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def type_note(qtbot, window, text: str) -> None:
    """Ctrl+N, type, Ctrl+Return, as a rapporteur does."""
    panel = window.notes_panel
    press(qtbot, window, "Ctrl+N")
    qtbot.keyClicks(panel.composer.editor, text)
    save_with_keyboard(qtbot, panel)
