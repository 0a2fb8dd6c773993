"""The meeting's properties as a form: used by Meeting > Properties… and by the import review,
where each field also says whether the concept note gave it."""

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...domain.model import Session, meeting_zone
from ...domain.text import clean_line
from ..accessibility import name_fields_after_labels
from ..bidi import in_reading_order
from ..wording import shown
from .fields import (
    NO_DATE,
    NO_TIME,
    SdgPicker,
    ZoneBox,
    date_edit,
    edited_date,
    edited_time,
    is_zone,
    time_edit,
)

FOUND_STYLE = "color: #1b5e20;"
MISSING_STYLE = "color: #8a5300; font-weight: bold;"
CHECK_STYLE = "color: #b00020; font-weight: bold;"


class MeetingForm(QWidget):
    """Edits a Session's set-up fields; :meth:`problem` checks them, :meth:`apply` stores them
    in the session (the caller saves it)."""

    def __init__(self, session: Session, found: set[str] | None = None,
                 parent: QWidget | None = None, checks: dict[str, str] | None = None) -> None:
        """``found``: the fields the note gave (None outside an import: no markers);
        ``checks``: those among them the reader is not sure of, with the reason."""
        super().__init__(parent)
        self.found = found
        self.checks = checks or {}
        self.markers: dict[str, QLabel] = {}
        self.title = _line(session.title, 520)
        self.organiser = _line(session.organiser)
        self.session_line = _line(session.session_line)
        self.date = date_edit(session.date)
        self.weekday = QLabel()
        self.start = time_edit(session.start_time)
        self.end = time_edit(session.end_time)
        self.end.setAccessibleName(self.tr("End time"))
        self.zone = ZoneBox(session.timezone)
        self.zone_hint = QLabel()
        self.venue = _line(session.venue)
        self.chair = _line(session.chair_name)
        self.rapporteur = _line(session.rapporteur_name)
        self.outcome = _line(session.outcome_destination)
        self.sdgs = SdgPicker(session.focus_sdgs)
        # the Word summary's masthead: printed only when the meeting has a document symbol
        self.symbol = _line(session.document_symbol, 160)
        self.distribution = _line(session.distribution, 80)
        self.issue_date = date_edit(session.issue_date)
        self.original_language = _line(session.original_language, 80)
        self.symbol.setPlaceholderText(self.tr("e.g. E/CN.16/2021/CRP.1"))
        self.distribution.setPlaceholderText(self.tr("General"))
        self.original_language.setPlaceholderText(self.tr("English"))
        self.symbol.setToolTip(self.tr("The document symbol; with one, the Word summary opens with a "
                                       "masthead: symbol, distribution, date of issue, original language"))
        self.title.setPlaceholderText(self.tr("The meeting's title, as the summary will show it"))
        self.venue.setPlaceholderText(self.tr("Room, building, or virtual / hybrid"))
        self.outcome.setPlaceholderText(self.tr("The forum the outcome feeds, e.g. the HLPF"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        times = _row(self.start, QLabel("\u2013"), self.end, QLabel(self.tr("in")), self.zone)
        for key, text, widget in (
            ("title", self.tr("&Title:"), self.title),
            ("organiser", self.tr("&Organiser:"), self.organiser),
            ("session_line", self.tr("&Session:"), self.session_line),
            ("date", self.tr("&Date:"), _row(self.date, self.weekday)),
            ("times", self.tr("T&imes:"), times),
            (None, "", self.zone_hint),
            ("venue", self.tr("&Venue / format:"), self.venue),
            ("chair", self.tr("&Chair:"), self.chair),
            ("rapporteur", self.tr("&Rapporteur:"), self.rapporteur),
            ("outcome", self.tr("Outcome &feeds:"), self.outcome),
            ("focus_sdgs", self.tr("Focus SD&Gs:"), self.sdgs),
            (None, self.tr("Document s&ymbol:"), self._masthead_row()),
        ):
            label = QLabel(text)
            buddy = self.start if widget is times else self.date if key == "date" else \
                self.symbol if key is None and text else widget
            label.setBuddy(buddy)
            form.addRow(label, _row(widget, self._marker(key)) if key else widget)
        name_fields_after_labels(self)
        for signal in (self.date.dateChanged, self.start.timeChanged, self.zone.currentTextChanged):
            signal.connect(self._show_zone_hint)
        self.date.dateChanged.connect(self._show_weekday)
        self._show_zone_hint()
        self._show_weekday()

    def _masthead_row(self) -> QWidget:
        distribution = QLabel(self.tr("Distr.:"))
        distribution.setBuddy(self.distribution)
        issued = QLabel(self.tr("Issued:"))
        issued.setBuddy(self.issue_date)
        original = QLabel(self.tr("Original:"))
        original.setBuddy(self.original_language)
        return _row(self.symbol, distribution, self.distribution, issued, self.issue_date, original,
                    self.original_language)

    def _marker(self, key: str | None) -> QWidget:
        label = QLabel()
        if self.found is None or key is None:
            return label
        keys = ("times", "timezone") if key == "times" else (key,)
        reasons = [shown(self.checks[k]) for k in keys if k in self.checks]
        found = all(k in self.found for k in keys)
        if reasons:
            label.setText(self.tr("check"))
            label.setStyleSheet(CHECK_STYLE)
            label.setToolTip(self.tr("Read from the concept note, but not sure: {reason}.").format(
                reason="; ".join(dict.fromkeys(reasons))))
        elif found:
            label.setText(self.tr("found"))
            label.setStyleSheet(FOUND_STYLE)
            label.setToolTip(self.tr("Read from the concept note."))
        else:
            label.setText(self.tr("not found"))
            label.setStyleSheet(MISSING_STYLE)
            label.setToolTip(self.tr("The concept note did not say; fill it in or leave it empty."))
        self.markers[key] = label
        return label

    def _show_weekday(self) -> None:
        # the window's language (QLocale's default), as the date box's month is
        self.weekday.setText(QLocale().toString(self.date.date(), "dddd") if edited_date(self.date) else "")

    def _show_zone_hint(self) -> None:
        zone = self.zone.zone()
        if not is_zone(zone):
            refused = self.tr("“{zone}” is not a time zone: choose one from the list "
                              "(type part of a city's name).").format(zone=zone)
            self.zone_hint.setText(in_reading_order(refused))
            return
        day = edited_date(self.date) or dt.date.today()
        at = edited_time(self.start) or dt.time(12)
        moment = dt.datetime.combine(day, at, tzinfo=meeting_zone(zone))
        offset = moment.utcoffset() or dt.timedelta()
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text = self.tr("{zone} is UTC{sign}{hours:02d}:{minutes:02d} ({abbreviation}) on that date.").format(
            zone=zone, sign=sign, hours=abs(minutes) // 60, minutes=abs(minutes) % 60,
            abbreviation=moment.tzname())
        local = moment.astimezone()
        if local.utcoffset() != offset and edited_time(self.start):
            text += " " + self.tr("Starts at {time} on this computer's clock.").format(time=f"{local:%H:%M}")
        # in Arabic laid out right to left, though it starts with the zone's name ("Europe/Zurich هي …")
        self.zone_hint.setText(f"<small>{in_reading_order(text)}</small>")

    def set_when(self, day: dt.date | None, start: dt.time | None, end: dt.time | None) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.start.setTime(QTime(start.hour, start.minute) if start else NO_TIME)
        self.end.setTime(QTime(end.hour, end.minute) if end else NO_TIME)

    def problem(self) -> tuple[QWidget, str] | None:
        """The first field that cannot be saved, and why."""
        if not clean_line(self.title.text()):
            return self.title, self.tr("The meeting needs a title.")
        if not is_zone(self.zone.zone()):
            return self.zone, self.tr("Choose a time zone from the list.")
        start, end = edited_time(self.start), edited_time(self.end)
        if start and end and start == end:
            return self.end, self.tr("The meeting ends when it starts; correct the end time.")
        return None

    def apply(self, session: Session) -> None:
        session.title = clean_line(self.title.text())
        session.organiser = clean_line(self.organiser.text())
        session.session_line = clean_line(self.session_line.text())
        session.date = edited_date(self.date)
        session.start_time, session.end_time = edited_time(self.start), edited_time(self.end)
        session.timezone = self.zone.zone()
        session.venue = clean_line(self.venue.text())
        session.chair_name = clean_line(self.chair.text())
        session.rapporteur_name = clean_line(self.rapporteur.text())
        session.outcome_destination = clean_line(self.outcome.text())
        session.focus_sdgs = self.sdgs.chosen()
        session.document_symbol = clean_line(self.symbol.text())
        session.distribution = clean_line(self.distribution.text())
        session.issue_date = edited_date(self.issue_date)
        session.original_language = clean_line(self.original_language.text())


def _line(text: str, width: int = 420) -> QLineEdit:
    line = QLineEdit(text)
    line.setMinimumWidth(width)
    line.setCursorPosition(0)
    return line


def _row(*widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QLineEdit | ZoneBox) else 0)
    layout.addStretch(0)
    return box
