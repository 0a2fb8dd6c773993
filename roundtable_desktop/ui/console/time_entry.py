"""A speaking time typed as ``m:ss`` ("1:00", "7:30") or whole minutes ("3"): one plain line, so
typing over a selection works and Tab goes on to the next field."""

import re

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain.durations import mmss

_TYPED = re.compile(r"^\s*(\d{1,3})\s*(?::\s*(\d{1,2}))?\s*$")
LONGEST_SECONDS = 999 * 60 + 59


def parse_duration(text: str) -> int | None:
    """Seconds for ``m:ss`` or ``m``; None when the text is no duration (seconds above 59)."""
    match = _TYPED.match(text)
    if match is None:
        return None
    minutes, seconds = int(match.group(1)), int(match.group(2) or 0)
    if seconds > 59:
        return None
    return min(LONGEST_SECONDS, minutes * 60 + seconds)


class DurationEdit(QLineEdit):
    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(mmss(seconds), parent)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\s*\d{0,3}\s*(:\s*\d{0,2})?\s*$"),
                                                      self))
        self.setPlaceholderText(self.tr("m:ss"))
        self.setMaximumWidth(120)
        self.editingFinished.connect(self._tidy)

    def seconds(self) -> int | None:
        return parse_duration(self.text())

    def set_seconds(self, seconds: int) -> None:
        self.setText(mmss(seconds))

    def _tidy(self) -> None:
        seconds = self.seconds()
        if seconds is not None:
            self.setText(mmss(seconds))
