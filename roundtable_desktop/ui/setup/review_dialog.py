"""The import review: every field read from the file, found or not, editable before anything is
saved. Save meeting hands back the corrected meeting; Cancel leaves the library untouched."""

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
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
from ...exchange.concept_note.report import FieldStatus, MeetingTimeChoice
from ...storage.change_path import Edit
from ...storage.library import renumbered
from ..changes import ActionRunner
from ..language import listed
from ..saving_dialog import SavingDialog
from ..vocabulary import label
from ..wording import shown
from .fields import edited_time, participant_shown
from .list_editors import ProgrammeEditor, QuestionsEditor
from .meeting_form import CHECK_STYLE, FOUND_STYLE, MISSING_STYLE, MeetingForm


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
        self.form = MeetingForm(self.meeting.session, found, checks=result.checks)
        self.meeting_choice = self._meeting_choice()
        self.background = _text(self.meeting.session.background)
        self.objectives = _text(self.meeting.session.objectives)
        self.format_text = _text(self.meeting.session.format_text)
        self.questions = QuestionsEditor(self.meeting.questions)
        self.programme = ProgrammeEditor(self.meeting.agenda, self._meeting_minutes)
        self.form.start.timeChanged.connect(self.programme.update_total)
        self.form.end.timeChanged.connect(self.programme.update_total)
        self.speakers = QListWidget()
        self.speakers.setAccessibleName(self.tr("Speakers"))
        for participant in self.meeting.participants:
            item = QListWidgetItem(f"{participant_shown(participant)} \u2014 {label(participant.role)}")
            item.setCheckState(Qt.CheckState.Checked)
            self.speakers.addItem(item)
        self.tabs = QTabWidget()
        self.tabs.addTab(_padded(self.form, self.meeting_choice), self.tr("&Meeting"))
        self.tabs.addTab(self._texts_tab(found), self.tr("&Background and objectives"))
        self.questions_tab = self.tabs.addTab(self._with_marker(self.questions, "questions", found), "")
        self.programme_tab = self.tabs.addTab(
            self._with_marker(self.programme, "agenda", found, "speaking_time"), "")
        self.speakers_tab = self.tabs.addTab(self._with_marker(self.speakers, "participants", found), "")
        self.questions.changed.connect(self._count_tabs)
        self.programme.changed.connect(self._count_tabs)
        self._count_tabs()
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

    def _count_tabs(self) -> None:
        """The tabs' counts follow what is in them, as rows are added and removed."""
        self.tabs.setTabText(self.questions_tab, self.tr("Guiding &questions ({n})").format(
            n=self.questions.list.count()))
        self.tabs.setTabText(self.programme_tab, self.tr("&Programme ({n})").format(
            n=self.programme.table.rowCount()))
        self.tabs.setTabText(self.speakers_tab, self.tr("&Speakers ({n})").format(n=self.speakers.count()))

    def _meeting_choice(self) -> QWidget | None:
        """When the note gives several days or sessions: which one is the meeting."""
        choices = self.imported.time_choices
        if len(choices) < 2:
            return None
        box = QComboBox()
        for choice in choices:
            box.addItem(shown(choice.label), choice)
        box.currentIndexChanged.connect(lambda index: self._choose(choices[index]))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 6)
        label = QLabel(self.tr("<b>The note gives several days or sessions.</b> Which one is the &meeting?"))
        label.setBuddy(box)
        layout.addWidget(label)
        layout.addWidget(box, 1)
        self.choice_box = box
        return row

    def _choose(self, choice: MeetingTimeChoice) -> None:
        self.form.set_when(choice.date, choice.start, choice.end)

    def _summary(self, file_name: str) -> QLabel:
        imported = self.imported
        found = sum(1 for key in imported.found if key not in imported.checks)
        text = self.tr("<b>{found} of {total}</b> fields were found in <b>{name}</b> ({source}). "
                       "Check them, correct what was misread, fill in what is missing. "
                       "Nothing is saved until you press <b>Save meeting</b>.").format(
            found=found, total=len(FIELDS), name=file_name, source=shown(imported.source))
        for key, reason in imported.checks.items():
            text += "<br>" + self.tr("<span style='{style}'>Check {field}:</span> {reason}.").format(
                style=CHECK_STYLE, field=shown(FIELDS[key]).lower(), reason=html.escape(shown(reason)))
        if imported.missing:
            names = listed(shown(FIELDS[key]).lower() for key in imported.missing)
            text += "<br>" + self.tr("<span style='{style}'>Not found:</span> {names}.").format(
                style=MISSING_STYLE, names=names)
        for note in self.imported.notes:
            check = self.tr("Check:")
            text += f"<br><span style='{MISSING_STYLE}'>{check}</span> {html.escape(shown(note))}"
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
                form.addRow("", _marker(self, self.imported.status(key)))
        return box

    def _with_marker(self, widget: QWidget, key: str, found: set[str], also: str | None = None) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        line = _marker(self, self.imported.status(key), self.imported.checks.get(key, ""))
        if also:
            if also in self.imported.checks:
                extra = self.tr("Speaking time to check: {value} ({reason})").format(
                    value=shown(self.imported.found.get(also, "")), reason=shown(self.imported.checks[also]))
            elif also in found:
                extra = self.tr("Speaking time: {value}").format(value=shown(self.imported.found[also]))
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


def _padded(widget: QWidget, above: QWidget | None = None) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    if above is not None:
        layout.addWidget(above)
    layout.addWidget(widget)
    layout.addStretch()
    return box


def _marker(owner: QWidget, status: FieldStatus, reason: str = "") -> QLabel:
    found = QCoreApplication.translate("ImportReviewDialog", "found in the note")
    check = QCoreApplication.translate("ImportReviewDialog", "check: {reason}").format(reason=shown(reason))
    missing = QCoreApplication.translate("ImportReviewDialog", "not found in the note")
    texts = {FieldStatus.FOUND: (found, FOUND_STYLE), FieldStatus.CHECK: (check, CHECK_STYLE),
             FieldStatus.MISSING: (missing, MISSING_STYLE)}
    text, style = texts[status]
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label
