"""The Agenda area: the programme's items with their kind, planned minutes and speaking times."""

import dataclasses

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..domain.changes import RecordKind
from ..domain.durations import mmss
from ..domain.enums import AgendaKind
from ..domain.model import AgendaItem
from ..domain.text import clean_line
from ..storage.repositories import AgendaRepository, SessionRepository
from .changes import ActionRunner
from .record_panel import RecordPanel
from .saving_dialog import SavingDialog
from .table_model import Column
from .vocabulary import label


class AgendaPanel(RecordPanel[AgendaItem]):
    watched = (RecordKind.MEETING,)  # its start and length give the items' planned starts

    def __init__(self, agenda: AgendaRepository, sessions: SessionRepository, runner: ActionRunner,
                 parent: QWidget | None = None) -> None:
        self.sessions = sessions
        self.starts: dict[str, str] = {}
        columns: list[Column[AgendaItem]] = [
            Column(self.tr("From"), lambda i: self.starts.get(i.id, ""), align_right=True,
                   tooltip=lambda i: self.tr("Planned start: the meeting's start plus the minutes "
                                             "of the items before")),
            Column(self.tr("Item"), lambda i: i.title, tooltip=lambda i: i.presenter or i.title),
            Column(self.tr("Kind"), lambda i: label(i.kind)),
            Column(self.tr("Min"), lambda i: str(i.planned_minutes), align_right=True),
            Column(self.tr("Speakers"),
                   lambda i: f"{mmss(i.default_target_seconds)}/{mmss(i.default_limit_seconds)}",
                   tooltip=lambda i: self.tr("Target / limit of each speaker")),
        ]
        super().__init__(self.tr("Agenda"), agenda, columns, runner, parent, stretch_column=1)

    def reload(self) -> None:
        self.starts = {}
        if self.session_id:
            session = self.sessions.get(self.session_id)
            if session.start_time is not None:
                minutes = session.start_time.hour * 60 + session.start_time.minute
                for item in self.repository.for_session(self.session_id):
                    self.starts[item.id] = f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
                    minutes += item.planned_minutes
        super().reload()

    def summary(self, rows: list[AgendaItem]) -> str:
        planned = sum(item.planned_minutes for item in rows)
        length = self.sessions.get(self.session_id).planned_minutes if self.session_id else None
        if length is None:
            self.summary_label.setToolTip("")
            return self.tr("{planned} min planned").format(planned=planned)
        text = self.tr("{planned} of {length} min").format(planned=planned, length=length)
        if planned < length:
            tip = self.tr("{left} min of the meeting are not planned yet").format(left=length - planned)
        elif planned > length:
            tip = self.tr("The items take {over} min more than the meeting lasts").format(
                over=planned - length)
        else:
            tip = self.tr("The items fill the meeting exactly")
        self.summary_label.setToolTip(tip)
        return text if planned <= length else f"<span style='color:#b00020'>{text}</span>"

    def new_record(self) -> AgendaItem:
        target, limit = AgendaKind.OTHER.default_target_limit
        return AgendaItem(
            session_id=self.session_id or "", title="", planned_minutes=5,
            position=self.repository.next_position(self.session_id or ""),
            default_target_seconds=target, default_limit_seconds=limit,
        )

    def edit_record(self, before: AgendaItem | None, record: AgendaItem) -> bool:
        dialog = AgendaItemDialog(record, before, self.runner, self)
        return dialog.exec() == QDialog.DialogCode.Accepted


class AgendaItemDialog(SavingDialog):
    """An agenda item's title, kind, minutes, presenter and speaking times; OK stores what was
    changed (``before`` None: a new item)."""

    def __init__(self, item: AgendaItem, before: AgendaItem | None, runner: ActionRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(runner, item.session_id, parent)
        self.item, self.before = item, before
        is_new = before is None
        self.setWindowTitle(self.tr("New agenda item") if is_new else self.tr("Agenda item"))
        self.title = QLineEdit(item.title)
        self.title.setMinimumWidth(420)
        self.kind = QComboBox()
        for kind in AgendaKind:
            self.kind.addItem(label(kind), kind)
        self.kind.setCurrentIndex(list(AgendaKind).index(item.kind))
        self.minutes = _spin(0, 600, item.planned_minutes, self.tr(" min"))
        self.presenter = QLineEdit(item.presenter)
        self.target = _spin(0, 3600, item.default_target_seconds // 60, self.tr(" min"))
        self.limit = _spin(0, 3600, item.default_limit_seconds // 60, self.tr(" min"))
        self.target_seconds = _spin(0, 59, item.default_target_seconds % 60, self.tr(" s"))
        self.limit_seconds = _spin(0, 59, item.default_limit_seconds % 60, self.tr(" s"))
        if is_new:
            self.kind.currentIndexChanged.connect(self._apply_kind_defaults)
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Planned:"), self.minutes)
        form.addRow(self.tr("P&resenter:"), self.presenter)
        form.addRow(self.tr("Speaker &target:"), _pair(self.target, self.target_seconds))
        form.addRow(self.tr("Speaker &limit:"), _pair(self.limit, self.limit_seconds))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(self.not_saved)
        form.addRow(buttons)
        for spin, name in ((self.minutes, self.tr("Planned minutes")),
                           (self.target, self.tr("Speaker target, minutes")),
                           (self.target_seconds, self.tr("Speaker target, seconds")),
                           (self.limit, self.tr("Speaker limit, minutes")),
                           (self.limit_seconds, self.tr("Speaker limit, seconds"))):
            spin.setAccessibleName(name)

    def _apply_kind_defaults(self) -> None:
        target, limit = AgendaKind(self.kind.currentData()).default_target_limit
        self.target.setValue(target // 60)
        self.target_seconds.setValue(target % 60)
        self.limit.setValue(limit // 60)
        self.limit_seconds.setValue(limit % 60)

    def accept(self) -> None:
        title = clean_line(self.title.text())
        if not title:
            self.title.setFocus()
            self.title.setPlaceholderText(self.tr("An agenda item needs a title"))
            return
        target = self.target.value() * 60 + self.target_seconds.value()
        limit = max(target, self.limit.value() * 60 + self.limit_seconds.value())
        after = dataclasses.replace(
            self.item, title=title, kind=AgendaKind(self.kind.currentData()),
            planned_minutes=self.minutes.value(), presenter=clean_line(self.presenter.text()),
            default_target_seconds=target, default_limit_seconds=limit)
        what = self.tr("new agenda item") if self.before is None else self.tr("agenda item edit")
        self.store_record(self.before, after, what, typed=title)


def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setValue(value)
    spin.setSuffix(suffix)
    return spin


def _pair(first: QWidget, second: QWidget) -> QWidget:
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(first)
    layout.addWidget(second)
    layout.addStretch()
    return box
