"""The import review: every field read from the file, found or not, editable before anything is
saved. Save meeting hands back the corrected meeting; Cancel leaves the library untouched."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Meeting, Session
from ...domain.text import clean_text
from ...exchange.concept_note import FIELDS, ImportResult
from ...storage.change_path import Edit
from ...storage.library import renumbered
from ..changes import ActionRunner
from ..saving_dialog import SavingDialog
from ..vocabulary import label
from .fields import edited_time
from .list_editors import ProgrammeEditor, QuestionsEditor
from .meeting_form import FOUND_STYLE, MISSING_STYLE, MeetingForm


class ImportReviewDialog(SavingDialog):
    """Save meeting stores the corrected meeting (with new ids) as one operation; the dialog
    closes once it is stored, and stays open with every correction when the library refuses."""

    def __init__(self, result: ImportResult, file_name: str, runner: ActionRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, None, parent)
        self.saved: Meeting | None = None
        self.imported = result
        self.meeting = result.meeting
        found = set(result.found)
        self.setWindowTitle(self.tr("Review the imported meeting \u2014 {name}").format(name=file_name))
        self.form = MeetingForm(self.meeting.session, found)
        self.background = _text(self.meeting.session.background)
        self.objectives = _text(self.meeting.session.objectives)
        self.format_text = _text(self.meeting.session.format_text)
        self.questions = QuestionsEditor(self.meeting.questions)
        self.programme = ProgrammeEditor(self.meeting.agenda, self._meeting_minutes)
        self.form.start.timeChanged.connect(self.programme.update_total)
        self.form.end.timeChanged.connect(self.programme.update_total)
        self.speakers = QListWidget()
        for participant in self.meeting.participants:
            item = QListWidgetItem(f"{participant.description} \u2014 {label(participant.role)}")
            item.setCheckState(Qt.CheckState.Checked)
            self.speakers.addItem(item)
        self.tabs = QTabWidget()
        self.tabs.addTab(_padded(self.form), self.tr("&Meeting"))
        self.tabs.addTab(self._texts_tab(found), self.tr("&Background and objectives"))
        self.tabs.addTab(self._with_marker(self.questions, "questions", found),
                         self.tr("Guiding &questions ({n})").format(n=len(self.meeting.questions)))
        self.tabs.addTab(self._with_marker(self.programme, "agenda", found, "speaking_time"),
                         self.tr("&Programme ({n})").format(n=len(self.meeting.agenda)))
        if self.meeting.participants:
            self.tabs.addTab(self._with_marker(self.speakers, "participants", found),
                             self.tr("&Speakers ({n})").format(n=len(self.meeting.participants)))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(self.tr("&Save meeting"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.summary = self._summary(file_name)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.not_saved)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)  # once in the dialog: Enter saves
        self.resize(980, 700)

    def _summary(self, file_name: str) -> QLabel:
        found, missing = len(self.imported.found), self.imported.missing
        text = self.tr("<b>{found} of {total}</b> fields were found in <b>{name}</b> ({source}). "
                       "Check them, correct what was misread, fill in what is missing. "
                       "Nothing is saved until you press <b>Save meeting</b>.").format(
            found=found, total=len(FIELDS), name=file_name, source=self.tr(self.imported.source))
        if missing:
            names = ", ".join(self.tr(FIELDS[key]).lower() for key in missing)
            text += "<br>" + self.tr("<span style='{style}'>Not found:</span> {names}.").format(
                style=MISSING_STYLE, names=names)
        for note in self.imported.notes:
            text += f"<br><span style='{MISSING_STYLE}'>{self.tr('Check:')}</span> {note}"
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def _texts_tab(self, found: set[str]) -> QWidget:
        box = QWidget()
        form = QFormLayout(box)
        for key, text, widget in (("background", self.tr("Back&ground:"), self.background),
                                  ("objectives", self.tr("&Objectives:"), self.objectives),
                                  (None, self.tr("&Format:"), self.format_text)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            if key:
                form.addRow("", _marker(self, key in found))
        return box

    def _with_marker(self, widget: QWidget, key: str, found: set[str], also: str | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        line = _marker(self, key in found)
        if also:
            if also in found:
                extra = self.tr("Speaking time: {value}").format(value=self.imported.found[also])
            else:
                extra = self.tr("Speaking time not found: the kinds' defaults are used")
            line.setText(f"{line.text()} \u2014 {extra}")
        layout.addWidget(line)
        layout.addWidget(widget, 1)
        return box

    def _meeting_minutes(self) -> int | None:
        start, end = edited_time(self.form.start), edited_time(self.form.end)
        return Session(title="", start_time=start, end_time=end).planned_minutes

    def accept(self) -> None:
        problem = self.form.problem()
        if problem is not None:
            widget, text = problem
            self.tabs.setCurrentIndex(0)
            self.message.setText(text)
            widget.setFocus()
            return
        session = self.meeting.session
        self.form.apply(session)
        session.background = clean_text(self.background.toPlainText()).strip()
        session.objectives = clean_text(self.objectives.toPlainText()).strip()
        session.format_text = clean_text(self.format_text.toPlainText()).strip()
        self.meeting.questions = self.questions.questions(session.id)
        self.meeting.agenda = self.programme.items(session.id)
        self._keep_ticked_speakers()
        copy = renumbered(self.meeting)  # a new meeting: imported twice, it is there twice
        self.session_id = copy.session.id
        self.store(self.tr("imported meeting"), lambda edit: self._write(edit, copy),
                   key="import:" + self.meeting.session.id, typed=copy.session.title)

    def _write(self, edit: Edit, meeting: Meeting) -> None:
        edit.add(meeting.session)
        for records in (meeting.agenda, meeting.questions, meeting.participants, meeting.slots,
                        meeting.notes):
            for record in records:
                edit.add(record)
        self.saved = meeting

    def _keep_ticked_speakers(self) -> None:
        """Unticked speakers are left out, with their places on a session file's speaker list;
        notes about what they said are kept, no longer tied to them."""
        kept = [p for index, p in enumerate(self.meeting.participants)
                if self.speakers.item(index).checkState() == Qt.CheckState.Checked]
        kept_ids = {p.id for p in kept}
        self.meeting.participants = kept
        self.meeting.slots = [slot for slot in self.meeting.slots if slot.participant_id in kept_ids]
        slot_ids = {slot.id for slot in self.meeting.slots}
        for note in self.meeting.notes:
            if note.participant_id not in kept_ids:
                note.participant_id = None
            if note.slot_id not in slot_ids:
                note.slot_id = None

    def reviewed_meeting(self) -> Meeting:
        return self.meeting


def _text(value: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(value)
    edit.setTabChangesFocus(True)
    return edit


def _padded(widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    layout.addStretch()
    return box


def _marker(owner: QWidget, found: bool) -> QLabel:
    label = QLabel(QCoreApplication.translate("ImportReviewDialog", "found in the note") if found
                   else QCoreApplication.translate("ImportReviewDialog", "not found in the note"))
    label.setStyleSheet(FOUND_STYLE if found else MISSING_STYLE)
    return label
