"""Editors for a meeting not stored yet (the import review): guiding questions and programme."""

from collections.abc import Callable
from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AgendaKind
from ...domain.model import AgendaItem, GuidingQuestion
from ...domain.text import clean_line
from ..vocabulary import label

ORIGINAL_ROLE = Qt.ItemDataRole.UserRole + 7  # the record a row was read from


def _buttons(owner: QWidget, add: Callable, remove: Callable, move: Callable[[int], None]) -> QHBoxLayout:
    row = QHBoxLayout()
    translate = QCoreApplication.translate
    for text, tip, slot in ((translate("ListEditors", "Add"),
                             translate("ListEditors", "Add a row (Insert)"), add),
                            (translate("ListEditors", "Remove"),
                             translate("ListEditors", "Remove the selected row (Delete)"), remove),
                            (translate("ListEditors", "Up"), translate("ListEditors", "Move up"),
                             lambda: move(-1)),
                            (translate("ListEditors", "Down"), translate("ListEditors", "Move down"),
                             lambda: move(1))):
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)  # Enter saves the dialog, it does not add a row
        if len(text) == 1:
            button.setMaximumWidth(36)
        button.clicked.connect(slot)
        row.addWidget(button)
    row.addStretch()
    return row


class QuestionsEditor(QWidget):
    """One guiding question a line; double-click or F2 edits, Insert adds, Delete removes."""

    changed = Signal()  # a question added or removed

    def __init__(self, questions: list[GuidingQuestion], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Guiding questions"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        for question in questions:
            self._add_item(question.text, question)
        hint = QLabel(self.tr("<small>Double-click a question (or press F2) to correct it; the order "
                              "here is the order of Q1, Q2…</small>"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        layout.addLayout(_buttons(self, self.add, self.remove, self.move))

    def _add_item(self, text: str, original: GuidingQuestion | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(ORIGINAL_ROLE, original)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)
        return item

    def add(self) -> None:
        item = self._add_item(self.tr("New question?"))
        self.list.setCurrentItem(item)
        self.list.editItem(item)
        self.changed.emit()

    def remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def move(self, step: int) -> None:  # type: ignore[override]  # a row up or down, not the widget
        row = self.list.currentRow()
        if row < 0 or not 0 <= row + step < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(row + step, item)
        self.list.setCurrentRow(row + step)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Insert:
            self.add()
        elif event.key() == Qt.Key.Key_Delete:
            self.remove()
        else:
            super().keyPressEvent(event)

    def texts(self) -> list[str]:
        return [text for _, text in self._rows()]

    def _rows(self) -> list[tuple[GuidingQuestion | None, str]]:
        rows = [(self.list.item(i).data(ORIGINAL_ROLE), clean_line(self.list.item(i).text()))
                for i in range(self.list.count())]
        return [(original, text) for original, text in rows if text]

    def questions(self, session_id: str) -> list[GuidingQuestion]:
        """The questions in their new order, labelled Q1, Q2…; a question that was read keeps
        its id (and synthesis), so what refers to it still does."""
        result = []
        for position, (original, text) in enumerate(self._rows()):
            fields: dict[str, Any] = {"text": text, "position": position, "label": f"Q{position + 1}"}
            result.append(replace(original, **fields) if original is not None
                          else GuidingQuestion(session_id=session_id, **fields))
        return result


_PREVIOUS_KIND = "previous_kind"
COL_TITLE, COL_KIND, COL_MINUTES, COL_TARGET, COL_LIMIT, COL_PRESENTER = range(6)


class ProgrammeEditor(QWidget):
    """The agenda items with kind, planned minutes, speakers' target and limit, and a running
    total against the meeting's length."""

    changed = Signal()

    def __init__(self, items: list[AgendaItem], meeting_minutes: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.meeting_minutes = meeting_minutes
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Programme"))
        self.table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Kind"), self.tr("Minutes"),
                                              self.tr("Target"), self.tr("Limit"), self.tr("Presenter")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COL_KIND, COL_MINUTES, COL_TARGET, COL_LIMIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(COL_PRESENTER, 180)
        self.total = QLabel()
        for item in items:
            self._append(item)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        buttons = _buttons(self, self.add, self.remove, self.move)
        buttons.addWidget(self.total)
        layout.addLayout(buttons)
        self.update_total()

    def _append(self, item: AgendaItem, row: int | None = None) -> None:
        row = self.table.rowCount() if row is None else row
        self.table.insertRow(row)
        title = QTableWidgetItem(item.title)
        title.setData(ORIGINAL_ROLE, item)
        self.table.setItem(row, COL_TITLE, title)
        kind = QComboBox()
        for value in AgendaKind:
            kind.addItem(label(value), value)
        kind.setCurrentIndex(list(AgendaKind).index(item.kind))
        kind.setProperty(_PREVIOUS_KIND, item.kind.value)
        kind.currentIndexChanged.connect(lambda _=0, box=kind: self._kind_changed(box))
        self.table.setCellWidget(row, COL_KIND, kind)
        minutes = QSpinBox()
        minutes.setRange(0, 600)
        minutes.setSuffix(self.tr(" min"))
        minutes.setValue(item.planned_minutes)
        minutes.valueChanged.connect(self.update_total)
        self.table.setCellWidget(row, COL_MINUTES, minutes)
        for column, seconds in ((COL_TARGET, item.default_target_seconds),
                                (COL_LIMIT, item.default_limit_seconds)):
            edit = QTimeEdit(QTime(0, 0).addSecs(min(seconds, 3599)))
            edit.setDisplayFormat("mm:ss")
            edit.setToolTip(self.tr("Each speaker's target / limit in this item (minutes:seconds)"))
            self.table.setCellWidget(row, column, edit)
        self.table.setItem(row, COL_PRESENTER, QTableWidgetItem(item.presenter))

    def _kind_changed(self, box: QComboBox) -> None:
        """A new kind brings its speaking times, unless they were set by hand."""
        row = next((r for r in range(self.table.rowCount()) if self.table.cellWidget(r, COL_KIND) is box), -1)
        previous, new = AgendaKind(box.property(_PREVIOUS_KIND)), AgendaKind(box.currentData())
        if row >= 0:
            edits = self._time_edit(row, COL_TARGET), self._time_edit(row, COL_LIMIT)
            current = tuple(e.time().minute() * 60 + e.time().second() for e in edits)
            if current == previous.default_target_limit:
                for edit, seconds in zip(edits, new.default_target_limit, strict=True):
                    edit.setTime(QTime(0, 0).addSecs(seconds))
        box.setProperty(_PREVIOUS_KIND, new.value)

    def add(self) -> None:
        target, limit = AgendaKind.OTHER.default_target_limit
        self._append(AgendaItem(session_id="", title=self.tr("New item"), planned_minutes=5,
                                default_target_seconds=target, default_limit_seconds=limit))
        self.table.setCurrentCell(self.table.rowCount() - 1, COL_TITLE)
        self.update_total()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.update_total()

    def move(self, step: int) -> None:  # type: ignore[override]  # a row up or down, not the widget
        row = self.table.currentRow()
        if row < 0 or not 0 <= row + step < self.table.rowCount():
            return
        item = self._item_at(row, "")
        self.table.removeRow(row)
        self._append(item, row + step)
        self.table.setCurrentCell(row + step, COL_TITLE)
        self.update_total()

    def _time_edit(self, row: int, column: int) -> QTimeEdit:
        return cast(QTimeEdit, self.table.cellWidget(row, column))

    def _minutes(self, row: int) -> QSpinBox:
        return cast(QSpinBox, self.table.cellWidget(row, COL_MINUTES))

    def planned(self) -> int:
        return sum(self._minutes(row).value() for row in range(self.table.rowCount()))

    def update_total(self) -> None:
        planned, length = self.planned(), self.meeting_minutes()
        if length is None:
            self.total.setText(self.tr("{planned} min planned").format(planned=planned))
            self.total.setStyleSheet("")
            self.changed.emit()
            return
        text = self.tr("{planned} of {length} min").format(planned=planned, length=length)
        if planned < length:
            text += self.tr(" ({left} min not planned)").format(left=length - planned)
        elif planned > length:
            text += self.tr(" ({over} min too many)").format(over=planned - length)
        self.total.setText(text)
        self.total.setStyleSheet("color: #b00020; font-weight: bold;" if planned > length else "")
        self.changed.emit()

    def _item_at(self, row: int, session_id: str) -> AgendaItem:
        def seconds(column: int) -> int:
            value = self._time_edit(row, column).time()
            return value.minute() * 60 + value.second()

        title_cell, presenter_cell = self.table.item(row, COL_TITLE), self.table.item(row, COL_PRESENTER)
        target = seconds(COL_TARGET)
        fields: dict[str, Any] = {
            "title": clean_line(title_cell.text() if title_cell else ""),
            "kind": AgendaKind(cast(QComboBox, self.table.cellWidget(row, COL_KIND)).currentData()),
            "planned_minutes": self._minutes(row).value(), "position": row,
            "presenter": clean_line(presenter_cell.text() if presenter_cell else ""),
            "default_target_seconds": target, "default_limit_seconds": max(target, seconds(COL_LIMIT)),
            "session_id": session_id,  # a row added here belongs to the meeting too
        }
        original = title_cell.data(ORIGINAL_ROLE) if title_cell else None
        # an item that was read keeps its id, so the speaker slots and notes of a session file
        # that refer to it still do
        return replace(original, **fields) if original is not None else \
            AgendaItem(session_id=session_id, **fields)

    def items(self, session_id: str) -> list[AgendaItem]:
        items = [self._item_at(row, session_id) for row in range(self.table.rowCount())]
        for position, item in enumerate(item for item in items if item.title):
            item.position = position
        return [item for item in items if item.title]
