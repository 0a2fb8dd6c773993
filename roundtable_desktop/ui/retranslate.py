"""On ``LanguageChange``, every widget and action takes its texts in the new language.

A text that came from a translation (a label, a button, a menu, a tab, a tooltip, an item of a
drop-down list, a placeholder) is found by what it reads now and asked for again; texts composed
from data ("3 of 5 notes") are rebuilt by their area on the same event.
"""

import re
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolBox,
    QWidget,
)

from .language import RecordingTranslator

Texts = list[tuple[Callable[[], str], Callable[[str], None]]]
BOLD = re.compile(r"<b>(.*)</b>", re.DOTALL)  # an area's title


class Retranslator(QObject):
    """An event filter on the application: each object that gets ``LanguageChange`` is redone."""

    def __init__(self, recorder: RecordingTranslator) -> None:
        super().__init__()
        self.recorder = recorder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            with suppress(RuntimeError):  # an object deleted on the C++ side meanwhile
                self.retranslate(watched)
        return False

    def retranslate(self, thing: QObject) -> None:
        near = _class_names(thing)
        for read, write in _texts_of(thing):
            old = read()
            if not old:
                continue
            new = self.translated(old, near)
            if new is not None and new != old:
                write(new)

    def translated(self, shown: str, near: list[str]) -> str | None:
        """The text in the new language; also "<b>Title</b>" and "Action's name (Ctrl+K)"."""
        origin = self.recorder.origin_of(shown, near)
        if origin:
            return origin.translated()
        bold = BOLD.fullmatch(shown)
        if bold:
            inner = self.translated(bold.group(1), near)
            return f"<b>{inner}</b>" if inner is not None else None
        head, separator, tail = shown.rpartition(" (")
        if separator and tail.endswith(")"):
            origin = self.recorder.origin_of(head, near)
            if origin:
                return f"{origin.translated()} ({tail}"
        return None


def _class_names(thing: QObject) -> list[str]:
    names: list[str] = []
    current: QObject | None = thing
    while current is not None and len(names) < 40:
        names.extend(cls.__name__ for cls in type(current).__mro__)
        current = current.parent()
    return names


def _texts_of(thing: QObject) -> Texts:
    texts: Texts = []
    if isinstance(thing, QAction):
        texts += [(thing.text, thing.setText), (thing.toolTip, thing.setToolTip),
                  (thing.statusTip, thing.setStatusTip), (thing.iconText, thing.setIconText)]
        return texts
    if not isinstance(thing, QWidget):
        return texts
    texts += [(thing.windowTitle, thing.setWindowTitle), (thing.toolTip, thing.setToolTip),
              (thing.statusTip, thing.setStatusTip), (thing.whatsThis, thing.setWhatsThis),
              (thing.accessibleName, thing.setAccessibleName)]
    if isinstance(thing, QLabel | QAbstractButton):
        texts.append((thing.text, thing.setText))
    if isinstance(thing, QGroupBox):
        texts.append((thing.title, thing.setTitle))
    if isinstance(thing, QMenu):
        texts.append((thing.title, thing.setTitle))
    if isinstance(thing, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append((thing.placeholderText, thing.setPlaceholderText))
    if isinstance(thing, QTabWidget):
        texts += _indexed(thing.count(), thing.tabText, thing.setTabText)
        texts += _indexed(thing.count(), thing.tabToolTip, thing.setTabToolTip)
    if isinstance(thing, QToolBox):
        texts += _indexed(thing.count(), thing.itemText, thing.setItemText)
    if isinstance(thing, QComboBox) and isinstance(thing.model(), QStandardItemModel):
        texts += _indexed(thing.count(), thing.itemText, thing.setItemText)
        texts += _indexed(thing.count(), lambda i: thing.itemData(i, Qt.ItemDataRole.ToolTipRole) or "",
                          lambda i, tip: thing.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole))
    if isinstance(thing, QAbstractItemView):
        _repaint_items(thing)
    return texts


def _indexed(count: int, read: Callable[[int], str],
             write: Callable[[int, str], None]) -> Texts:
    return [_pair(read, write, i) for i in range(count)]


def _pair(read: Callable[[int], str], write: Callable[[int, str], None],
          index: int) -> tuple[Callable[[], str], Callable[[str], None]]:
    """The reader and the writer of the text at ``index``."""
    return (lambda: str(read(index) or "")), (lambda text: write(index, text))


def _repaint_items(view: QAbstractItemView) -> None:
    """Item models ask for their texts (and headers) when painted: have them painted again."""
    model = view.model()
    if model is not None:
        try:
            columns, rows = model.columnCount(QModelIndex()), model.rowCount(QModelIndex())
        except TypeError:  # a list model of Qt's own: no columns to name
            columns, rows = 0, 0
        if columns:
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            model.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
    view.viewport().update()
