"""A line of news above the speaker list the chair can dismiss: the clock restored after a restart,
an action that could not be done."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

STYLES = {
    "info": "background: #e3f2fd; border: 1px solid #64b5f6;",
    "warning": "background: #fff3e0; border: 1px solid #ffa726;",
}


class MessageBar(QFrame):
    def __init__(self, kind: str = "info", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("message_bar")
        self.setStyleSheet(f"QFrame#message_bar {{ {STYLES[kind]} border-radius: 4px; }}"
                           "QLabel { background: transparent; border: none; }")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss_button = QToolButton()
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide this message"))
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self._auto_hide = QTimer(self)
        self._auto_hide.setSingleShot(True)
        self._auto_hide.timeout.connect(self.hide)
        self.hide()

    @property
    def text(self) -> str:
        return self.label.text()

    def show_message(self, text: str, hide_after_ms: int = 0) -> None:
        self.label.setText(text)
        self.show()
        if hide_after_ms:
            self._auto_hide.start(hide_after_ms)
        else:
            self._auto_hide.stop()
