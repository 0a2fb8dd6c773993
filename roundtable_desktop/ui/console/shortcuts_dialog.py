"""Help > Keyboard shortcuts: every action of the main window that has a shortcut, found at the
moment the dialog opens, so shortcuts added by any part of the window are listed too."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..language import plain_form


def _menu_title(action: QAction) -> str:
    """The menu the action is in, else the accessible name of the area it works in."""
    owners = action.associatedObjects()
    for owner in owners:
        if isinstance(owner, QMenu):
            return plain_form(owner.title())
    for owner in owners:
        widget = owner if isinstance(owner, QWidget) else None
        while widget is not None:
            if widget.accessibleName():
                return widget.accessibleName()
            widget = widget.parentWidget()
    return ""


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """``(menu, action, shortcuts)`` for each action with a shortcut, in menu bar order."""
    order = [plain_form(a.text()) for a in window.menuBar().actions()]
    rows: list[tuple[str, str, str]] = []
    for action in window.findChildren(QAction):
        if not action.shortcuts() or not action.text():
            continue
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        text = plain_form(action.text()).rstrip(".")  # "导出摘要(&E)…": "导出摘要"
        row = (_menu_title(action), text, keys)
        if row not in rows:
            rows.append(row)
    rows.sort(key=lambda row: (order.index(row[0]) if row[0] in order else len(order), row[0]))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text or self.tr("Window")))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
