"""Input widgets the set-up dialogs share: the time-zone box (searchable), the focus-SDG picker,
optional date and time edits, the country completer."""

import datetime as dt
from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QStringListModel, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from ...domain.model import Participant, meeting_zone
from ...domain.sdgs import SDG_NAMES
from ...exchange.country_names import state_names
from ..language import listed, window_language
from ..vocabulary import sdg_label, sdg_name

NO_DATE = QDate(2000, 1, 1)
NO_TIME = QTime(0, 0)
@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone of this system (tzdata on Windows), then the whole-hour fixed offsets."""
    zones = sorted(zone for zone in available_timezones() if "/" in zone and not zone.startswith(
        ("Etc/", "SystemV/", "posix/", "right/")))
    offsets = [f"UTC{sign}{hours:02d}:00" for sign in "+-" for hours in range(1, 15 if sign == "+" else 13)]
    return ("UTC", *zones, *offsets)


def is_zone(name: str) -> bool:
    name = name.strip()
    if name in zone_names():
        return True
    upper = name.upper()
    return upper.startswith(("UTC+", "UTC-")) and str(meeting_zone(name)) != "UTC"


class ZoneBox(QComboBox):
    """An editable combo box over every time zone; typing "zur" or "new_y" filters the list."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(zone_names()))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)
        self.set_zone(zone)

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)

    def zone(self) -> str:
        return self.currentText().strip()


class SdgPicker(QWidget):
    """The 17 SDGs as check boxes in three columns."""

    def __init__(self, chosen: tuple[int, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        self.boxes: dict[int, QCheckBox] = {}
        for index, number in enumerate(SDG_NAMES):
            box = QCheckBox(f"{number} {sdg_name(number)}")
            box.setToolTip(sdg_label(number))
            box.setChecked(number in chosen)
            self.boxes[number] = box
            grid.addWidget(box, index % 6, index // 6)

    def chosen(self) -> tuple[int, ...]:
        return tuple(number for number, box in self.boxes.items() if box.isChecked())


class OptionalDateEdit(QDateEdit):
    """A date edit whose lowest value stands for "not set". The day comes first, so typing a
    day's number changes the day (a weekday section first takes the typing and refuses digits);
    the form shows the weekday beside it. Typing a digit while "not set" starts from today."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if self.date() == NO_DATE and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)


def date_edit(day: dt.date | None) -> QDateEdit:
    """A date edit whose lowest value stands for "not set" (see :class:`OptionalDateEdit`)."""
    edit = OptionalDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("30 September 2000") + 48)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(QCoreApplication.translate("MeetingForm", "not set"))
    edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
    return edit


def edited_date(edit: QDateEdit) -> dt.date | None:
    value = edit.date()
    return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())


def time_edit(moment: dt.time | None) -> QTimeEdit:
    """A time edit whose 00:00 stands for "not set" (no roundtable starts at midnight)."""
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setSpecialValueText(QCoreApplication.translate("MeetingForm", "not set"))
    edit.setTime(QTime(moment.hour, moment.minute) if moment else NO_TIME)
    return edit


def edited_time(edit: QTimeEdit) -> dt.time | None:
    value = edit.time()
    return None if value == NO_TIME else dt.time(value.hour(), value.minute())


class CountryCompleter(QCompleter):
    """The UN Member and observer States' official short names in the window's language, offered
    while typing (any part matches). When the window changes language, the list does, and a State
    already in the field is shown in the new language."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(QStringListModel(line), line)  # parented: the list lives with the field
        self.line = line
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._offer()
        line.installEventFilter(self)

    def _offer(self) -> None:
        model = self.model()
        if isinstance(model, QStringListModel):
            model.setStringList(list(state_names().names_in(window_language())))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.line and event.type() == QEvent.Type.LanguageChange:
            self._offer()
            state = state_names().find(self.line.text())
            if state is not None:
                self.line.setText(state.name(window_language()))
        return super().eventFilter(watched, event)


def add_country_completer(line: QLineEdit) -> QCompleter:
    """Offer the States' names in the window's language as the field is typed in; a name in any
    of the six languages is understood (see :func:`country_stored`)."""
    completer = CountryCompleter(line)
    line.setCompleter(completer)
    return completer


def country_shown(stored: str) -> str:
    """A stored country or organisation as the window shows it: a State in the window's language."""
    return state_names().shown(stored, window_language())


def country_stored(typed: str) -> str:
    """What the country field stores for ``typed``: a State's English short name whatever the
    language it was typed in, anything else (an organisation, "European Union") as typed."""
    return state_names().stored(typed)


def participant_shown(person: Participant) -> str:
    """``Name, Function, Country`` as the window shows a participant: a State in the window's
    language ("Mme Anna Schmidt, Ministre, Allemagne"), an organisation as typed."""
    parts = (person.name, person.function, country_shown(person.organisation))
    return listed(part for part in parts if part)
