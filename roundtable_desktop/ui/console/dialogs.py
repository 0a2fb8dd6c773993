"""Adding a speaker (from the participants, or a new one in the same step), a floor request
(Ctrl+Shift+F, appended to the interactive discussion) and a slot's time, request and guiding
question. The meeting's rules are in domain.speaker_request; these dialogs only collect what was
typed, and open clear of the clock area (placement.place_clear_of)."""

from collections.abc import Iterable
from dataclasses import replace
from enum import Enum

from PySide6.QtCore import QCoreApplication, QEvent, QStringListModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.closed_list import ListClosedError
from ...domain.enums import Gender, Region, RequestType, Role
from ...domain.errors import RoundtableError
from ...domain.model import GuidingQuestion, Participant, SpeakerSlot
from ...domain.speaker_request import SpeakerRequest, default_item, default_times, find_participant
from ...domain.text import clean_line
from ..language import plain_form
from ..setup.fields import add_country_completer, country_shown, country_stored, participant_shown
from ..setup.language_box import LanguageBox
from ..setup.region_from_country import RegionFromCountry
from ..vocabulary import label
from ..wording import error_text
from .closed_list import add_anyway
from .controller import ConsoleController
from .time_entry import DurationEdit


def _enum_combo(values: Iterable[Enum], current: Enum, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(label(value), value.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


def question_combo(questions: list[GuidingQuestion], current: str | None, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(QCoreApplication.translate("Console", "No guiding question"), None)
    for index, question in enumerate(questions):
        label = question.label or f"Q{index + 1}"
        text = question.text if len(question.text) <= 70 else question.text[:69] + "\u2026"
        combo.addItem(f"{label}  {text}", question.id)
        combo.setItemData(combo.count() - 1, question.text, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


_COLONS = ":" + chr(0xFF1A)  # and the full-width colon of a Chinese label


def _label_words(label: str) -> str:
    """A field's label as its accessible name: "&Function:" -> "Function", "职务(&F)：" -> "职务"."""
    return plain_form(label).strip().rstrip(_COLONS).strip()


class SpeakerRequestDialog(QDialog):
    """Who asks for the floor: a participant found by name, function or organisation, or a new
    one typed as ``Name, Function, Organisation``. With ``only_present`` the names offered are
    those marked present; a request from someone not marked present asks first."""

    def __init__(self, controller: ConsoleController, floor: bool, parent: QWidget | None = None,
                 only_present: bool = False) -> None:
        super().__init__(parent)
        self.controller = controller
        self.floor = floor
        self.placed_message = ""
        self.setWindowTitle(self.tr("Floor request") if floor else self.tr("Add a speaker"))
        self.offered = [p for p in controller.participants() if p.present or not only_present]
        self.people: dict[str, Participant] = {}
        self.who = QLineEdit()
        self.who.setMinimumWidth(380)
        self.who.setPlaceholderText(self.tr("Name, function or country; a new name adds a participant"))
        self.suggestions = QStringListModel(self)
        completer = QCompleter(self.suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self._offer_people()
        self.function = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Country or organisation"))
        add_country_completer(self.organisation)
        self.role = _enum_combo(Role, Role.MEMBER_STATE if floor else Role.DISCUSSANT, self.tr("Role"))
        self.gender = _enum_combo(Gender, Gender.UNSPECIFIED, self.tr("Gender"))
        self.region = _enum_combo(Region, Region.UNSPECIFIED, self.tr("Regional group"))
        self.region_note = QLabel()
        self.region_source = RegionFromCountry(self.organisation, self.region, self.region_note)
        self.language = LanguageBox("", self.tr("Not stated: type one if not listed"))
        self.language.setAccessibleName(self.tr("Language spoken"))
        self.request = _enum_combo(RequestType, RequestType.INTERVENTION, self.tr("Request"))
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Agenda item"))
        for item in controller.speakers.items:
            self.item.addItem(item.title, item.id)
        chosen = default_item(controller.speakers, floor)
        self.item.setCurrentIndex(max(0, self.item.findData(chosen.id if chosen else None)))
        target, limit = default_times(RequestType.INTERVENTION, chosen)
        self.target = DurationEdit(target)
        self.limit = DurationEdit(limit)
        self.question = question_combo(controller.questions(), None, self.tr("Guiding question"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.who.textChanged.connect(self._update_status)
        self.item.currentIndexChanged.connect(self._apply_defaults)
        self.request.currentIndexChanged.connect(self._apply_defaults)
        self._build_form()
        self._update_status()

    def _build_form(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Speaker:"), self.who)
        form.addRow("", self.status)
        self._add_pair(form, self.tr("&Function:"), self.function,
                       self.tr("&Country / organisation:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Gender:"), self._beside(self.gender, self.tr("La&nguage spoken:"),
                                                      self.language))
        form.addRow(self.tr("Regional &group:"), self.region)
        form.addRow("", self.region_note)
        form.addRow(self.tr("Re&quest:"), self.request)
        form.addRow(self.tr("Guiding q&uestion:"), self.question)
        if not self.floor:
            form.addRow(self.tr("Agenda &item:"), self.item)
            self._add_pair(form, self.tr("&Target (amber from):"), self.target,
                           self.tr("&Limit (red from):"), self.limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add to the queue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _add_pair(self, form: QFormLayout, first_label: str, first: QWidget, second_label: str,
                  second: QWidget) -> None:
        """A row of two labelled fields, each label's letter going to its own field."""
        label = QLabel(first_label)
        label.setBuddy(first)
        for field, text in ((first, first_label), (second, second_label)):
            field.setAccessibleName(_label_words(text))
        form.addRow(label, self._beside(first, second_label, second))

    @staticmethod
    def _beside(first: QWidget, label_text: str, second: QWidget) -> QWidget:
        """Two fields on one row (the dialog stays short enough to open clear of the clock)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(label_text)
        label.setBuddy(second)
        layout.addWidget(first, 1)
        layout.addWidget(label)
        layout.addWidget(second, 1)
        return row

    def _request_type(self) -> RequestType:
        return RequestType(self.request.currentData())

    def _apply_defaults(self) -> None:
        item = self.controller.speakers.item(self.item.currentData())
        target, limit = default_times(self._request_type(), item)
        self.target.set_seconds(target)
        self.limit.set_seconds(limit)

    def _offer_people(self) -> None:
        """The participants as ``Name, Function, Country``, the State in the window's language."""
        self.people = {participant_shown(p): p for p in self.offered}
        self.suggestions.setStringList(sorted(self.people, key=str.casefold))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "suggestions"):
            person = self.existing()
            self._offer_people()
            if person is not None and clean_line(self.who.text()).casefold() != person.name.casefold():
                self.who.setText(participant_shown(person))

    def existing(self) -> Participant | None:
        """The participant named by what was typed: as offered (in the window's language), as
        stored, or by name alone."""
        wanted = clean_line(self.who.text()).casefold()
        offered = next((p for shown, p in self.people.items() if shown.casefold() == wanted), None)
        return offered or find_participant(self.who.text(), self.controller.participants())

    def _update_status(self) -> None:
        person = self.existing()
        for field in (self.function, self.organisation, self.role, self.gender, self.region,
                      self.language):
            field.setEnabled(person is None)
        if person is not None:
            self.function.setText(person.function)
            self.organisation.setText(country_shown(person.organisation))
            self.language.set_language(person.language)
            for combo, value in ((self.role, person.role), (self.gender, person.gender),
                                 (self.region, person.region)):
                combo.setCurrentIndex(max(0, combo.findData(value.value)))
            self.status.setText(self.tr("A participant of this meeting."))
        elif self.who.text().strip():
            self.status.setText(self.tr("New participant: added to the meeting with this request."))
        else:
            self.status.setText("")

    def typed_request(self) -> SpeakerRequest | None:
        """What was typed, or None (and the field to fix has the focus) if a time is not one."""
        target = limit = None
        if not self.floor:
            target, limit = self.target.seconds(), self.limit.seconds()
            for edit, value in ((self.target, target), (self.limit, limit)):
                if value is None:
                    self.status.setText(self.tr("Type the time as minutes:seconds, such as 5:00."))
                    edit.setFocus()
                    return None
        person = self.existing()  # offered in the window's language, found by what is stored
        return SpeakerRequest(
            who=person.description if person else self.who.text(), function=self.function.text(),
            organisation=country_stored(self.organisation.text()),
            role=Role(self.role.currentData()), gender=Gender(self.gender.currentData()),
            region=Region(self.region.currentData()), request_type=self._request_type(),
            agenda_item_id=self.item.currentData(), target_seconds=target, limit_seconds=limit,
            question_id=self.question.currentData(), language=self.language.language())

    def accept(self) -> None:
        request = self.typed_request()
        if request is None or not self._present_or_marked():
            return
        try:
            try:
                placed = self.controller.add_request(request)
            except ListClosedError as closed:  # the chair may still add them, explicitly
                if not add_anyway(self, closed):
                    raise
                placed = self.controller.add_request(replace(request, override_closed=True))
        except RoundtableError as error:
            self.status.setText(error_text(error))
            self.who.setFocus()
            return
        if placed is not None:
            self.placed_message = placed
            super().accept()


    def _present_or_marked(self) -> bool:
        """Once the roll call has begun, a request from someone not marked present asks first:
        mark them present and add the request, or go back to the dialog."""
        person = self.existing()
        if person is None or person.present or not self.controller.taking_attendance():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Not marked present"),
                          self.tr("{name} is not marked present at the roll call.").format(name=person.name),
                          QMessageBox.StandardButton.Cancel, self)
        mark = box.addButton(self.tr("Mark present and add"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(mark)
        box.exec()
        if box.clickedButton() is not mark:
            self.who.setFocus()
            return False
        return self.controller.mark_present(person.id)


class SlotTimesDialog(QDialog):
    """A slot's target, limit, kind of request, guiding question and language of the turn."""

    def __init__(self, slot: SpeakerSlot, name: str, questions: list[GuidingQuestion],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setWindowTitle(self.tr("Speaking time of {name}").format(name=name))
        self.target = DurationEdit(slot.target_seconds)
        self.limit = DurationEdit(slot.limit_seconds)
        self.request = _enum_combo(RequestType, slot.request_type, self.tr("Request"))
        self.question = question_combo(questions, slot.question_id, self.tr("Guiding question"))
        self.language = LanguageBox(slot.language, self.tr("The participant's own"))
        self.language.setAccessibleName(self.tr("Language of this turn"))
        self.status = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("&Target (amber from):"), self.target)
        form.addRow(self.tr("&Limit (red from):"), self.limit)
        form.addRow(self.tr("Re&quest:"), self.request)
        form.addRow(self.tr("Guiding q&uestion:"), self.question)
        form.addRow(self.tr("Lan&guage this time:"), self.language)
        form.addRow("", self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[int, int, RequestType, str | None] | None:
        target, limit = self.target.seconds(), self.limit.seconds()
        if target is None or limit is None:
            return None
        return target, limit, RequestType(self.request.currentData()), self.question.currentData()

    def accept(self) -> None:
        if self.chosen() is None:
            self.status.setText(self.tr("Type the time as minutes:seconds, such as 5:00."))
            return
        super().accept()
