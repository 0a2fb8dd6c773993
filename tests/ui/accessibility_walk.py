"""Walk a window's widget tree and list the controls a screen reader could not name."""

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
            QPlainTextEdit, QTextEdit)


def _inside_a_control(widget: QWidget, top: QWidget) -> bool:
    """A combo box's or spin box's own line edit, a table's corner button: parts of a control."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QAbstractItemView, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed_controls(top: QWidget) -> list[str]:
    """Every visible control of ``top`` without an accessible name, described for the failure."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, (QHeaderView, QScrollBar)):
            continue
        if not widget.isVisibleTo(top) or _inside_a_control(widget, top):
            continue
        if not accessible_name(widget):
            where = widget.parentWidget().metaObject().className() if widget.parentWidget() else ""
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in {where} "
                           f"(tooltip: {widget.toolTip()[:40]!r}, text: "
                           f"{getattr(widget, 'text', lambda: '')()!r:.40})")
    return missing
