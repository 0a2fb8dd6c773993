"""A titled list of a meeting's records with Add, Edit, Remove and Move up/down.

Every change goes through the change path (the window's ActionRunner): an edit writes only the
fields the user changed; the list refreshes from the announcement of what changed, whoever
changed it, and never writes back the copies it shows."""

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..domain.changes import OpChanges, RecordKind
from ..storage.change_path import Edit, Record, kind_of
from ..storage.repository import Repository
from .bidi import read_in_own_order
from .changes import ActionRunner
from .saving_dialog import NOT_SAVED_STYLE
from .table_model import Column, RecordTableModel

translate = QCoreApplication.translate  # lupdate reads translate("RecordPanel", …)

T = TypeVar("T", bound=Record)


class RecordPanel(QWidget, Generic[T]):
    """Subclasses give the columns, the title and :meth:`edit_record` (a dialog that stores
    the change itself); ``watched`` are the kinds of record whose changes it shows."""

    changed = Signal()  # the list shows a change (made here or elsewhere)
    watched: tuple[RecordKind, ...] = ()

    def __init__(self, title: str, repository: Repository[T], columns: Sequence[Column[T]],
                 runner: ActionRunner, parent: QWidget | None = None,
                 stretch_column: int = 0) -> None:
        super().__init__(parent)
        self.repository = repository
        self.runner = runner
        self.kind = kind_of(repository.record_type)
        self.session_id: str | None = None
        self.read_only = False  # set up on the chair's laptop: shown here, changed there
        self.edit_actions: list[QAction] = []
        self.edit_buttons: list[QPushButton] = []
        self.not_saved = QLabel()
        self.not_saved.setWordWrap(True)
        self.not_saved.setStyleSheet(NOT_SAVED_STYLE)
        self.not_saved.hide()
        self.setAccessibleName(title)  # also names the area of its keys in Help > Keyboard shortcuts
        self.title_label = QLabel(f"<b>{title}</b>")
        self.summary_label = QLabel()
        self.model: RecordTableModel[T] = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setAccessibleName(title)
        self.view.setModel(self.model)
        read_in_own_order(self.view)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        column_header = self.view.horizontalHeader()
        column_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        column_header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _: self.edit_selected())
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = QHBoxLayout()
        for text, tip, key, slot in (
            (translate("RecordPanel", "Add…"), translate("RecordPanel", "Add"), "Ins", self.add),
            (translate("RecordPanel", "Edit…"), translate("RecordPanel", "Edit the selected row"), "Return",
             self.edit_selected),
            (translate("RecordPanel", "Remove"), translate("RecordPanel", "Remove the selected row"), "Del",
             self.remove_selected),
            (translate("RecordPanel", "Up"), translate("RecordPanel", "Move up"), "Alt+Up",
             lambda: self.move_selected(-1)),
            (translate("RecordPanel", "Down"), translate("RecordPanel", "Move down"), "Alt+Down",
             lambda: self.move_selected(1)),
        ):
            action = QAction(tip, self)  # "Move up" in the list of shortcuts, not "Up"
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self.edit_actions.append(action)
            button = QPushButton(text)
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({native})")
            button.clicked.connect(action.trigger)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons.addWidget(button)
            self.edit_buttons.append(button)
        self.buttons.addStretch()
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch()
        header.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.not_saved)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.not_saved.hide()
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        """The chair's laptop sets this list up: here it is shown and changes nothing, by key,
        button or double-click."""
        self.read_only = read_only
        for action in self.edit_actions:
            action.setEnabled(not read_only)
        for button in self.edit_buttons:
            button.setEnabled(not read_only)

    def reload(self) -> None:
        """Show the stored rows, the same one selected."""
        selected = self.selected_id()
        rows = self.repository.for_session(self.session_id) if self.session_id else []
        self.model.set_rows(rows)
        self.summary_label.setText(self.summary(rows))
        self.view.resizeRowsToContents()
        if selected is not None:
            self.select_id(selected)

    def on_changes(self, changes: OpChanges) -> None:
        """Refresh from the announcement of what changed, when it concerns this list."""
        if self.session_id and changes.concerns(self.session_id) and \
                changes.touches(self.kind, *self.watched):
            self.reload()
            self.changed.emit()

    def summary(self, rows: list[T]) -> str:
        return ""

    def selected_row(self) -> int | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].row() if indexes else None

    def selected_id(self) -> str | None:
        row = self.selected_row()
        return str(self.model.record(row).id) if row is not None else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def select_id(self, record_id: str) -> None:
        ids = [record.id for record in self.model.rows]
        if record_id in ids:
            self.view.selectRow(ids.index(record_id))

    def new_record(self) -> T:
        raise NotImplementedError

    def edit_record(self, before: T | None, record: T) -> bool:
        """Show the editing dialog on ``record`` (a copy); the dialog stores the change (a new
        record when ``before`` is None) and is accepted once it is stored."""
        raise NotImplementedError

    def add(self) -> None:
        if not self.session_id or self.read_only:
            return
        record = self.new_record()
        if self.edit_record(None, record):
            self.select_id(record.id)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        before = self.model.record(row)
        if self.edit_record(before, dataclasses.replace(before)):
            self.select_id(before.id)

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.read_only:
            return
        record_id = self.model.record(row).id
        record_type = self.repository.record_type
        if self.run(self.tr("removal"), lambda edit: self.write_removal(edit, record_type, record_id)):
            self.select_row(min(row, self.model.rowCount() - 1))

    def write_removal(self, edit: Edit, record_type: type, record_id: str) -> None:
        edit.remove(record_type, record_id)

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None or self.read_only or not 0 <= row + step < self.model.rowCount():
            return
        ids = [record.id for record in self.model.rows]
        ids[row], ids[row + step] = ids[row + step], ids[row]
        record_type = self.repository.record_type
        if self.run(self.tr("move"), lambda edit: self.write_order(edit, record_type, ids)):
            self.select_id(ids[row + step])

    def write_order(self, edit: Edit, record_type: type, ids: list[str]) -> None:
        edit.reorder(record_type, ids)

    def run(self, what: str, write: Callable[[Edit], Any]) -> bool:
        """One operation from this list's own buttons; a refusal is said above the list."""
        attempt = self.runner.run(what, self.session_id, write, initiator=self,
                                  on_stored=lambda _: self.not_saved.hide(),
                                  on_problem=self._show_not_saved)
        if not attempt.stored:
            self._show_not_saved(attempt.problem)
        return attempt.stored

    def _show_not_saved(self, text: str) -> None:
        self.not_saved.setText(text)
        self.not_saved.show()
