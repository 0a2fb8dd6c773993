"""A note whose speaker is not sure (written while the link to the chair's laptop was lost):
the line that says so in the note box, with the button that confirms the speaker, and the
question asked before the summary is exported while such notes remain."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from ...domain.durations import mmss
from ...domain.model import Note


def speaker_not_sure() -> str:
    return QCoreApplication.translate("UnsureSpeaker", "speaker not sure: written while the link was lost")


def speaker_shown(name: str, note: Note) -> str:
    """The speaker as the notes list shows it: the name, and that it is only a guess."""
    if not note.speaker_unsure:
        return name
    shown = QCoreApplication.translate("UnsureSpeaker", "{name} (not sure)").format(name=name) if name \
        else QCoreApplication.translate("UnsureSpeaker", "(not sure)")
    return "? " + shown  # first, so a narrow column still shows it


def time_shown(note: Note) -> str:
    """The note's meeting time as the notes list shows it, marked when it is not sure (counted
    from the planned start: the meeting's first start was not known here yet)."""
    shown = mmss(note.meeting_offset_seconds)
    if note.meeting_moment is None:
        return shown
    return f"? {shown}" if shown else "?"


def time_tooltip(note: Note) -> str:
    if note.meeting_moment is None:
        return ""
    return QCoreApplication.translate(
        "UnsureSpeaker", "Time not sure: written while the link was lost, before the meeting's start "
        "reached this laptop; counted from the planned start until the chair's record arrives.")


def speaker_tooltip(note: Note) -> str:
    if not note.speaker_unsure:
        return ""
    return QCoreApplication.translate(
        "UnsureSpeaker", "Speaker not sure: written while the link was lost. Open the note (Enter) to "
        "confirm or change the speaker.")


class UnsureSpeakerLine(QWidget):
    """Shown while the box's speaker is not sure; Confirm keeps the speaker as shown."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setStyleSheet("color: #8a4b00; font-weight: bold;")
        self.button = QPushButton()
        self.button.clicked.connect(self.confirmed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.retranslate()

    def retranslate(self) -> None:
        text = speaker_not_sure()
        self.label.setText(text[:1].upper() + text[1:])
        self.label.setAccessibleName(text)
        self.button.setText(QCoreApplication.translate("UnsureSpeaker", "Confirm speaker"))
        self.button.setToolTip(QCoreApplication.translate(
            "UnsureSpeaker", "The speaker shown is right: clear the mark (or pick another speaker)"))


def review_before_export(parent: QWidget, notes: list[Note],
                         review: Callable[[Note], None]) -> bool:
    """Before the summary: while notes have a speaker not sure, say that the summary names no
    speaker for them, and offer to review them first. True: export now."""
    unsure = [note for note in notes if note.speaker_unsure]
    if not unsure:
        return True
    title = QCoreApplication.translate("UnsureSpeaker", "Speaker not sure")
    box = QMessageBox(QMessageBox.Icon.Warning, title, _warning(len(unsure)),
                      QMessageBox.StandardButton.NoButton, parent)
    first = box.addButton(QCoreApplication.translate("UnsureSpeaker", "Review them first"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("UnsureSpeaker", "Export anyway"),
                  QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(first)
    box.exec()
    if box.clickedButton() is first:
        review(unsure[0])
        return False
    return True


def _warning(count: int) -> str:
    return QCoreApplication.translate(
        "UnsureSpeaker", "Notes with a speaker not sure: {count}. They were written while the link to "
        "the chair's laptop was lost; the summary names no speaker for them until you confirm or "
        "change it.").format(count=count)
