"""A titled list of a meeting's records with Add, Edit, Remove and Move up/down."""

from collections.abc import Sequence
from typing import Generic, TypeVar

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

from ..storage.repository import Repository
from .table_model import Column, RecordTableModel

translate = QCoreApplication.translate  # lupdate reads translate("RecordPanel", …)

T = TypeVar("T")


class RecordPanel(QWidget, Generic[T]):
    """Subclasses give the columns, the title and :meth:`edit_record` (a dialog)."""

    changed = Signal()

    def __init__(self, title: str, repository: Repository[T], columns: Sequence[Column[T]],
                 parent: QWidget | None = None, stretch_column: int = 0) -> None:
        super().__init__(parent)
        self.repository = repository
        self.session_id: str | None = None
        self.setAccessibleName(title)  # also names the area of its keys in Help > Keyboard shortcuts
        self.title_label = QLabel(f"<b>{title}</b>")
        self.summary_label = QLabel()
        self.model: RecordTableModel[T] = RecordTableModel(columns, self)
        self.view = QTableView()
        self.view.setModel(self.model)
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
            ("\u2191", translate("RecordPanel", "Move up"), "Alt+Up", lambda: self.move_selected(-1)),
            ("\u2193", translate("RecordPanel", "Move down"), "Alt+Down", lambda: self.move_selected(1)),
        ):
            action = QAction(tip, self)  # "Move up" in the list of shortcuts, not "\u2191"
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            button = QPushButton(text)
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{tip} ({native})")
            button.clicked.connect(action.trigger)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons.addWidget(button)
        self.buttons.addStretch()
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch()
        header.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(header)
        layout.addWidget(self.view)
        layout.addLayout(self.buttons)

    def set_session(self, session_id: str | None) -> None:
        self.session_id = session_id
        self.reload()

    def reload(self) -> None:
        rows = self.repository.for_session(self.session_id) if self.session_id else []
        self.model.set_rows(rows)
        self.summary_label.setText(self.summary(rows))
        self.view.resizeRowsToContents()

    def summary(self, rows: list[T]) -> str:
        return ""

    def selected_row(self) -> int | None:
        indexes = self.view.selectionModel().selectedRows()
        return indexes[0].row() if indexes else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def new_record(self) -> T:
        raise NotImplementedError

    def edit_record(self, record: T, is_new: bool) -> bool:
        """Show the editing dialog; True when the user accepted it (``record`` updated)."""
        raise NotImplementedError

    def add(self) -> None:
        if not self.session_id:
            return
        record = self.new_record()
        if self.edit_record(record, is_new=True):
            self.repository.add(record)
            self.reload()
            self.select_row(self.model.rowCount() - 1)
            self.changed.emit()

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        record = self.model.record(row)
        if self.edit_record(record, is_new=False):
            self.repository.update(record)
            self.reload()
            self.select_row(row)
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.repository.delete(self.model.record(row).id)
        self.reload()
        self.select_row(min(row, self.model.rowCount() - 1))
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if row is None or not 0 <= row + step < self.model.rowCount():
            return
        ids = [record.id for record in self.model.rows]
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self.repository.reorder(ids)
        self.reload()
        self.select_row(row + step)
        self.changed.emit()
