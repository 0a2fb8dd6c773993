"""Dialogs of the console open clear of the whole clock area (the meeting clock and the speaker's
clock down to its "Next:" line), so the chair still sees the time while typing. The place is
computed from the dialog's real frame (title bar and borders included) once the window manager
has framed it."""

from PySide6.QtCore import QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QDialog, QWidget

MARGIN = 8
TITLE_BAR_GUESS = 32  # before the window manager frames the dialog; corrected once it has
FRAME_CHECKS = (0, 100, 300, 700, 1500)  # ms after opening: placed again with the real frame


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def clear_area(widgets: tuple[QWidget, ...]) -> QRect:
    """The union of the visible widgets' rectangles on the screen."""
    area = QRect()
    for widget in widgets:
        if widget.isVisible():
            area = area.united(global_rect(widget))
    return area


def clear_position(frame: QSize, area: QRect, screen: QRect) -> QPoint:
    """Where a window frame of size ``frame`` goes: below ``area``, above it, right or left of it,
    the first that fits on ``screen``; else on the side with the most room, kept on the screen."""
    below = QPoint(area.left(), area.bottom() + 1 + MARGIN)
    above = QPoint(area.left(), area.top() - MARGIN - frame.height())
    right = QPoint(area.right() + 1 + MARGIN, area.top())
    left = QPoint(area.left() - MARGIN - frame.width(), area.top())
    for corner in (below, above, right, left):
        placed = QRect(_within(corner, frame, screen, vertical=corner in (below, above)), frame)
        if screen.contains(placed) and not placed.intersects(area):
            return placed.topLeft()
    room_below = screen.bottom() - area.bottom()
    room_above = area.top() - screen.top()
    corner = below if room_below >= room_above else QPoint(area.left(), screen.top())
    # the whole dialog stays on the screen, its buttons too: on a screen too small for both it
    # covers as little of the clock's bottom (the "Next:" line) as it must
    return QPoint(_clamp(corner.x(), screen.left(), screen.right() + 1 - frame.width()),
                  _clamp(corner.y(), screen.top(), screen.bottom() + 1 - frame.height()))


def _within(corner: QPoint, frame: QSize, screen: QRect, vertical: bool) -> QPoint:
    """Slide along the area's edge to stay on the screen (a wide dialog below a narrow clock)."""
    if vertical:
        return QPoint(_clamp(corner.x(), screen.left(), screen.right() + 1 - frame.width()), corner.y())
    return QPoint(corner.x(), _clamp(corner.y(), screen.top(), screen.bottom() + 1 - frame.height()))


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(value, high))


def _frame_known(dialog: QDialog) -> bool:
    return dialog.isVisible() and dialog.frameGeometry().height() > dialog.geometry().height()


def _frame_size(dialog: QDialog) -> QSize:
    size = dialog.size() if dialog.isVisible() else dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    if _frame_known(dialog):
        frame, inner = dialog.frameGeometry(), dialog.geometry()
        return QSize(size.width() + frame.width() - inner.width(),
                     size.height() + frame.height() - inner.height())
    return QSize(size.width(), size.height() + TITLE_BAR_GUESS)


def _place(dialog: QDialog, keep_visible: tuple[QWidget, ...]) -> None:
    area = clear_area(keep_visible)
    if area.isNull():
        return
    screen = keep_visible[0].screen().availableGeometry()
    corner = clear_position(_frame_size(dialog), area, screen)
    if not _frame_known(dialog):  # the window manager has not told its frame: Qt places the inside
        corner += QPoint(0, TITLE_BAR_GUESS)
    if dialog.frameGeometry().topLeft() != corner:
        dialog.move(corner)  # a window's position is its frame's once the frame is known


def place_clear_of(dialog: QDialog, *keep_visible: QWidget) -> None:
    """Open ``dialog`` clear of ``keep_visible`` (the clock area), and place it again once the
    window manager has framed it (its frame's size arrives only after it is shown)."""
    if not keep_visible or clear_area(keep_visible).isNull():
        return
    _place(dialog, keep_visible)
    for delay in FRAME_CHECKS:
        QTimer.singleShot(delay, dialog, lambda: _place(dialog, keep_visible) if dialog.isVisible() else None)
