"""Adding a speaker (from the participants, or a new one in the same step), a floor request
(Ctrl+Shift+F, appended to the interactive discussion) and a slot's target and limit."""

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from ...domain.countries import COUNTRIES, official_country_name
from ...domain.enums import Gender, Region, RequestType, Role
from ...domain.model import AgendaItem, Participant, SpeakerSlot
from ...domain.text import clean_line
from .controller import ConsoleController


def time_edit(seconds: int) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("m:ss")
    edit.setTimeRange(QTime(0, 0, 0), QTime(0, 59, 59))
    edit.setTime(QTime(0, 0, 0).addSecs(min(seconds, 3599)))
    return edit


def edit_seconds(edit: QTimeEdit) -> int:
    return QTime(0, 0, 0).secsTo(edit.time())


def _enum_combo(values, current) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(QCoreApplication.translate("Vocabulary", value.label), value.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    return combo


class SpeakerRequestDialog(QDialog):
    """Who asks for the floor: a participant found by name, function or organisation, or a new
    one typed as ``Name, Function, Organisation``."""

    def __init__(self, controller: ConsoleController, floor: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.floor = floor
        self.setWindowTitle(self.tr("Floor request") if floor else self.tr("Add a speaker"))
        self.people = {p.description: p for p in controller.participants()}
        self.who = QLineEdit()
        self.who.setMinimumWidth(380)
        self.who.setPlaceholderText(self.tr("Name, function or country; a new name adds a participant"))
        completer = QCompleter(QStringListModel(sorted(self.people, key=str.casefold), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.function = QLineEdit()
        self.organisation = QLineEdit()
        self.organisation.setPlaceholderText(self.tr("Country or organisation"))
        countries = QCompleter(QStringListModel(list(COUNTRIES), self), self)  # a parent keeps the list alive
        countries.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        countries.setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.setCompleter(countries)
        self.role = _enum_combo(Role, Role.MEMBER_STATE if floor else Role.DISCUSSANT)
        self.gender = _enum_combo(Gender, Gender.UNSPECIFIED)
        self.region = _enum_combo(Region, Region.UNSPECIFIED)
        self.request = _enum_combo(RequestType, RequestType.INTERVENTION)
        self.item = QComboBox()
        items = controller.speakers.items
        for item in items:
            self.item.addItem(item.title, item.id)
        chosen = self._default_item()
        self.item.setCurrentIndex(max(0, self.item.findData(chosen.id if chosen else None)))
        start = chosen.default_target_seconds if chosen else 300
        self.target = time_edit(start)
        self.limit = time_edit(chosen.default_limit_seconds if chosen else 300)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.who.textChanged.connect(self._update_status)
        self.item.currentIndexChanged.connect(self._apply_item_defaults)
        self._build_form()
        self._update_status()

    def _build_form(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("&Speaker:"), self.who)
        form.addRow("", self.status)
        form.addRow(self.tr("&Function:"), self.function)
        form.addRow(self.tr("&Country / organisation:"), self.organisation)
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Gender:"), self.gender)
        form.addRow(self.tr("Regional &group:"), self.region)
        form.addRow(self.tr("Re&quest:"), self.request)
        if not self.floor:
            form.addRow(self.tr("Agenda &item:"), self.item)
            form.addRow(self.tr("&Target:"), self.target)
            form.addRow(self.tr("&Limit:"), self.limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Add to the queue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _default_item(self) -> AgendaItem | None:
        speakers = self.controller.speakers
        if self.floor:
            return speakers.interactive_item() or (speakers.items[-1] if speakers.items else None)
        return speakers.current_item() or (speakers.items[0] if speakers.items else None)

    def _apply_item_defaults(self) -> None:
        item = self.controller.speakers.item(self.item.currentData())
        if item is not None:
            self.target.setTime(QTime(0, 0, 0).addSecs(item.default_target_seconds))
            self.limit.setTime(QTime(0, 0, 0).addSecs(item.default_limit_seconds))

    def existing(self) -> Participant | None:
        return self.people.get(clean_line(self.who.text()))

    def _update_status(self) -> None:
        person = self.existing()
        for field in (self.function, self.organisation, self.role, self.gender, self.region):
            field.setEnabled(person is None)
        if person is not None:
            self.function.setText(person.function)
            self.organisation.setText(person.organisation)
            for combo, value in ((self.role, person.role), (self.gender, person.gender),
                                 (self.region, person.region)):
                combo.setCurrentIndex(max(0, combo.findData(value.value)))
            self.status.setText(self.tr("A participant of this meeting."))
        elif clean_line(self.who.text()):
            self.status.setText(self.tr("New participant: added to the meeting with this request."))
        else:
            self.status.setText("")

    def accept(self) -> None:
        text = clean_line(self.who.text())
        if not text:
            self.who.setFocus()
            self.status.setText(self.tr("Type the speaker's name first."))
            return
        person, new = self.existing(), None
        if person is None:
            name, _, rest = text.partition(",")
            function, _, organisation = rest.partition(",")
            organisation = clean_line(self.organisation.text()) or clean_line(organisation)
            new = Participant(
                session_id=self.controller.session_id or "", name=clean_line(name),
                function=clean_line(self.function.text()) or clean_line(function),
                organisation=official_country_name(organisation) or organisation,
                role=Role(self.role.currentData()), gender=Gender(self.gender.currentData()),
                region=Region(self.region.currentData()))
            person = new
        item = self.controller.speakers.item(self.item.currentData())
        request = RequestType(self.request.currentData())
        if request is RequestType.POINT_OF_ORDER:
            item = self.controller.speakers.current_item() or item
        target, limit = edit_seconds(self.target), edit_seconds(self.limit)
        if self.floor and item is not None:
            target, limit = item.default_target_seconds, item.default_limit_seconds
        slot = SpeakerSlot(session_id=self.controller.session_id or "", participant_id=person.id,
                           agenda_item_id=item.id if item else None, target_seconds=target,
                           limit_seconds=max(target, limit), request_type=request)
        if self.controller.add_slot(slot, new):
            super().accept()


class SlotTimesDialog(QDialog):
    """A slot's target, limit and kind of request."""

    def __init__(self, slot: SpeakerSlot, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slot = slot
        self.setWindowTitle(self.tr("Speaking time of {name}").format(name=name))
        self.target = time_edit(slot.target_seconds)
        self.limit = time_edit(slot.limit_seconds)
        self.request = _enum_combo(RequestType, slot.request_type)
        form = QFormLayout(self)
        form.addRow(self.tr("&Target (amber from):"), self.target)
        form.addRow(self.tr("&Limit (red from):"), self.limit)
        form.addRow(self.tr("Re&quest:"), self.request)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.slot.target_seconds = edit_seconds(self.target)
        self.slot.limit_seconds = max(self.slot.target_seconds, edit_seconds(self.limit))
        self.slot.request_type = RequestType(self.request.currentData())
        super().accept()
