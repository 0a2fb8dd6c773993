"""The mark on a waiting speaker who has not spoken yet in this meeting: a filled dot, drawn."""

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

NOT_YET_SPOKEN_COLOUR = QColor("#2e7d32")


@cache
def not_yet_spoken_icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(NOT_YET_SPOKEN_COLOUR)
    painter.drawEllipse(3, 3, 10, 10)
    painter.end()
    return QIcon(pixmap)
