"""The capture box: a note's text with its links (speaker, guiding question, kind, SDGs, key
message, meeting time). It writes new notes, and edits an existing one in place of the list
row (Enter or double-click there), the way a chat box edits a sent message."""

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...domain.durations import mmss
from ...domain.enums import NoteKind
from ...domain.model import AgendaItem, GuidingQuestion, Note, Participant, SpeakerSlot
from ...domain.note_links import NoteLinks, keeping_question, links_for_participant
from ...domain.sdgs import parse_sdgs
from ..setup.fields import participant_shown
from ..vocabulary import label
from .editor import PlainEditor
from .sdg_picker import SdgPicker
from .unsure_speaker import UnsureSpeakerLine

KINDS = list(NoteKind)


def question_caption(question: GuidingQuestion, position: int) -> str:
    return question.label or f"Q{position + 1}"


class NoteComposer(QWidget):
    save_requested = Signal()
    cancel_requested = Signal()
    changed = Signal()
    """Anything in the box changed (text, links, kind, SDGs, key message): store the draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session_id = ""
        self.links = NoteLinks()
        self.editing: Note | None = None
        self.slots: Sequence[SpeakerSlot] = ()
        self.agenda: dict[str, str] = {}
        self.live_links: Callable[[], NoteLinks] = NoteLinks
        """The current speaker's links and the meeting time now (the panel provides it)."""
        self._time_stamped = False
        self.speaker_by_hand = False
        self._build()
        self._shortcuts()
        self.editor.textChanged.connect(self._typed)

    # layout ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.mode_label = QLabel()
        self.where_label = ElidedLabel()
        self.speaker = QComboBox()
        self.speaker.setToolTip(self.tr("Who said it (Ctrl+N ties the note to the current speaker)"))
        self.speaker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.speaker.setMinimumContentsLength(12)
        self.question = QComboBox()
        # as wide as its longest choice ("— ninguna pregunta —", "Q3"), the speaker's box takes the rest
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.question.setToolTip(self.tr("The guiding question it answers (Alt+1 … Alt+9)"))
        self.kind = QComboBox()
        self.kind.setToolTip(self.tr("What kind of note (Ctrl+1 … Ctrl+9)"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kind.setMinimumContentsLength(10)
        for number, kind in enumerate(KINDS, start=1):
            self.kind.addItem(self.tr("{kind} (Ctrl+{n})").format(kind=label(kind), n=number),
                              kind.value)
        self.sdg_picker = SdgPicker()
        self.key_message = QCheckBox(self.tr("&Key message"))
        self.key_message.setToolTip(self.tr("Mark as a key message for the summary (Ctrl+K)"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the note (Ctrl+Return)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Leave the note as it was stored (Esc)"))
        self.editor = PlainEditor()
        self.editor.setMinimumHeight(40)
        self.editor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.unsure_line = UnsureSpeakerLine()
        self.unsure_line.confirmed.connect(self.confirm_speaker)
        self.status = QLabel()
        self.status.setStyleSheet("color: palette(mid);")
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setWordWrap(True)  # a longer line (a speaker settled from the chair's record)
        for widget in (self.speaker, self.question, self.kind):
            widget.currentIndexChanged.connect(self._links_picked)
        self.sdg_picker.changed.connect(self.changed)
        self.key_message.toggled.connect(lambda _: self.changed.emit())
        self.save_button.clicked.connect(self.save_requested)
        self.cancel_button.clicked.connect(self.cancel_requested)
        top = QHBoxLayout()
        top.addWidget(self.mode_label)
        top.addWidget(self.where_label, 1)
        top.addWidget(self.cancel_button)
        top.addWidget(self.save_button)
        links = QHBoxLayout()
        links.addWidget(self.speaker, 1)
        links.addWidget(self.question)
        marks = QHBoxLayout()
        marks.addWidget(self.kind, 2)
        marks.addWidget(self.sdg_picker)
        marks.addWidget(self.key_message)
        marks.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.unsure_line)
        for row in (links, marks):
            layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        order = (self.editor, self.speaker, self.question, self.kind, self.sdg_picker,
                 self.key_message, self.save_button, self.cancel_button)
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        named: tuple[tuple[QWidget, str], ...] = (
            (self.editor, self.tr("Note text")), (self.speaker, self.tr("Speaker")),
            (self.question, self.tr("Guiding question")), (self.kind, self.tr("Kind")),
            (self.sdg_picker, self.tr("SDGs")))
        for named_widget, name in named:
            named_widget.setAccessibleName(name)
        self._show_mode()

    def _shortcuts(self) -> None:
        """Keys of the box alone; kind, key message and question keys are the Notes menu's.
        Actions, so that Help > Keyboard shortcuts lists them under the box's name."""
        self.setAccessibleName(self.tr("Note box"))
        for text, sequences, slot in (
            (self.tr("Save the note"), ("Ctrl+Return", "Ctrl+Enter"), self.save_requested.emit),
            (self.tr("Leave the note being edited as it was"), ("Escape",), self._escape),
        ):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(sequence) for sequence in sequences])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.addAction(action)

    def _escape(self) -> None:
        if self.editing is not None:
            self.cancel_requested.emit()

    # the meeting -----------------------------------------------------------------------------

    def set_meeting(self, session_id: str, participants: Sequence[Participant],
                    questions: Sequence[GuidingQuestion], agenda: Sequence[AgendaItem],
                    slots: Sequence[SpeakerSlot], focus_sdgs: tuple[int, ...]) -> None:
        self.session_id = session_id
        self.slots = slots
        self.agenda = {item.id: item.title for item in agenda}
        with _Quiet(self.speaker, self.question):
            self.speaker.clear()
            self.speaker.addItem(self.tr("— no speaker —"), None)
            for participant in participants:
                self.speaker.addItem(participant.name, participant.id)
                self.speaker.setItemData(self.speaker.count() - 1, participant_shown(participant),
                                         Qt.ItemDataRole.ToolTipRole)
            self.question.clear()
            self.question.addItem(self.tr("— no question —"), None)
            for position, question in enumerate(questions):
                self.question.addItem(question_caption(question, position), question.id)
                self.question.setItemData(self.question.count() - 1, question.text,
                                          Qt.ItemDataRole.ToolTipRole)
        self.sdg_picker.set_focus_sdgs(focus_sdgs)
        self._show_links()

    def set_slots(self, slots: Sequence[SpeakerSlot]) -> None:
        self.slots = slots

    # what is in the box ----------------------------------------------------------------------

    def start(self, links: NoteLinks) -> None:
        """Tie the box to ``links`` (Ctrl+N: the current speaker, question and time)."""
        self.links = links
        self._time_stamped = links.meeting_offset_seconds is not None
        self.speaker_by_hand = False
        self._show_links()
        self.changed.emit()

    def clear_for_next(self) -> None:
        """After a save: an empty box with the same links; the time is taken anew at the first
        keystroke of the next note (see _first_keystroke)."""
        self.editor.set_text("")
        with _Quiet(self.key_message):
            self.key_message.setChecked(False)
        self.sdg_picker.set_sdgs(())
        self.set_kind(NoteKind.KEY_POINT, notify=False)
        self._time_stamped = False

    def note(self) -> Note:
        """The note as the box shows it: a new one, or the edited one with its changes."""
        base = dataclasses.replace(self.editing) if self.editing else Note(self.session_id, "")
        self.links.apply_to(base)
        base.text = self.editor.text().strip()
        base.kind = self.current_kind()
        base.sdgs = self.sdg_picker.sdgs()
        base.key_message = self.key_message.isChecked()
        return base

    def is_empty(self) -> bool:
        return not self.editor.toPlainText().strip()

    def payload(self) -> dict[str, Any]:
        """What a draft stores: enough to put the box back exactly as it was."""
        return {"text": self.editor.text(), "kind": self.current_kind().value,
                "sdgs": list(self.sdg_picker.sdgs()), "key_message": self.key_message.isChecked(),
                "links": self.links.to_dict(), "time_stamped": self._time_stamped,
                "speaker_by_hand": self.speaker_by_hand,
                "note_id": self.editing.id if self.editing else None}

    def load(self, payload: dict[str, Any], editing: Note | None = None) -> None:
        self.editing = editing
        self.links = NoteLinks.from_dict(payload.get("links") or {})
        self._time_stamped = bool(payload.get("time_stamped", True))
        self.speaker_by_hand = bool(payload.get("speaker_by_hand", False))
        self.editor.set_text(str(payload.get("text") or ""))
        kind = str(payload.get("kind"))
        self.set_kind(NoteKind(kind) if kind in NoteKind._value2member_map_ else NoteKind.KEY_POINT,
                      notify=False)
        self.sdg_picker.set_sdgs(parse_sdgs(",".join(map(str, payload.get("sdgs") or []))))
        with _Quiet(self.key_message):
            self.key_message.setChecked(bool(payload.get("key_message")))
        self._show_links()
        self._show_mode()

    def load_note(self, note: Note) -> None:
        self.load({"text": note.text, "kind": note.kind.value, "sdgs": list(note.sdgs),
                   "key_message": note.key_message, "links": NoteLinks.of(note).to_dict()},
                  editing=note)

    def current_kind(self) -> NoteKind:
        return NoteKind(self.kind.currentData())

    def set_kind(self, kind: NoteKind, notify: bool = True) -> None:
        with _Quiet(self.kind):
            self.kind.setCurrentIndex(KINDS.index(kind))
        if notify:
            self.changed.emit()

    def set_question_number(self, number: int) -> None:
        if number < self.question.count():
            self.question.setCurrentIndex(number)

    def show_status(self, text: str | Callable[[], str]) -> None:
        """The line under the box; a line composed from data ("Saved at 15:42:07.") comes as
        the function that says it, and is said again when the language changes."""
        self._composed_status = text if callable(text) else None
        self.status.setText(text() if callable(text) else text)

    # reactions -------------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._time_stamped and self.editing is None and not self.is_empty():
            self._first_keystroke()
        self.changed.emit()

    def _first_keystroke(self) -> None:
        """A new note starts: take the meeting time; if the floor has passed to someone else
        since the last note (and the speaker was not picked by hand), follow the new speaker."""
        live = self.live_links()
        if not self.speaker_by_hand and live.slot_id and live.slot_id != self.links.slot_id:
            self.links = keeping_question(live, self.links.question_id)
        else:  # the same speaker: a guess if the link is lost now (unless picked by hand)
            timed = self.links.with_time(live.meeting_offset_seconds, live.meeting_moment)
            self.links = dataclasses.replace(
                timed, speaker_unsure=live.speaker_unsure and not self.speaker_by_hand)
        self._time_stamped = True
        self._show_links()

    def _links_picked(self) -> None:
        participant_id = self.speaker.currentData()
        if participant_id != self.links.participant_id:
            self.links = links_for_participant(self.links, participant_id, self.slots)
            self.speaker_by_hand = True
        self.links = dataclasses.replace(self.links, question_id=self.question.currentData())
        self._show_where()
        self.changed.emit()

    def confirm_speaker(self) -> None:
        """The speaker shown is right: the mark goes (saved with the note, undone with it)."""
        self.links = self.links.confirmed()
        self.speaker_by_hand = True
        self._show_links()
        self.changed.emit()
        if self.editing is not None:
            self.show_status(self.tr("Speaker confirmed: Ctrl+Return saves the note."))

    def _show_links(self) -> None:
        with _Quiet(self.speaker, self.question):
            self.speaker.setCurrentIndex(max(0, self.speaker.findData(self.links.participant_id)))
            self.question.setCurrentIndex(max(0, self.question.findData(self.links.question_id)))
        self.unsure_line.setVisible(self.links.speaker_unsure)
        self._show_where()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "where_label"):
            self._show_where()  # "at 25:00 · …" is composed: said again in the new language
            self.unsure_line.retranslate()
            composed = getattr(self, "_composed_status", None)
            if composed is not None:
                self.status.setText(composed())

    def _show_where(self) -> None:
        offset = self.links.meeting_offset_seconds
        item = self.agenda.get(self.links.agenda_item_id or "", "")
        when = self.tr("at {time}").format(time=mmss(offset)) if offset is not None else ""
        if self.links.time_unsure:  # counted from the planned start: the start is not known here
            when = self.tr("at {time} (time not sure)").format(time=mmss(offset) or "?")
        parts = [when, item]
        text = " · ".join(part for part in parts if part)
        self.where_label.setText(text)
        self.where_label.setToolTip(text)

    def _show_mode(self) -> None:
        if self.editing is None:
            self.mode_label.setText(self.tr("<b>New note</b>"))
        else:
            self.mode_label.setText(self.tr("<b>Editing the note of {time}</b>").format(
                time=mmss(self.editing.meeting_offset_seconds) or "—"))
        self.cancel_button.setVisible(self.editing is not None)
        # a stored note being edited looks different from a new one, so nobody mistakes them
        self.editor.setStyleSheet("QPlainTextEdit { background: #fff8e1; }" if self.editing else "")
        self.editor.setPlaceholderText(
            self.tr("Type the note; Ctrl+Return saves it, Esc leaves it as it was.")
            if self.editing else
            self.tr("Ctrl+N ties a note to the current speaker. Type; Ctrl+Return saves. "
                    "Ctrl+1…9 kind, Ctrl+K key message, Alt+1…9 question."))


class ElidedLabel(QLabel):
    """One line at the trailing side (right, left in Arabic), cut with … when the column is
    narrow (full text in the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        trailing = QStyle.visualAlignment(self.layoutDirection(), Qt.AlignmentFlag.AlignTrailing)
        painter.drawText(self.rect(), int(trailing | Qt.AlignmentFlag.AlignVCenter), text)


class _Quiet:
    """Block the widgets' signals for a programmatic change."""

    def __init__(self, *widgets: QWidget) -> None:
        self.widgets = widgets

    def __enter__(self) -> None:
        for widget in self.widgets:
            widget.blockSignals(True)

    def __exit__(self, *exc: object) -> None:
        for widget in self.widgets:
            widget.blockSignals(False)
