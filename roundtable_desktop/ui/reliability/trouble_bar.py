"""The non-modal bar over the window's areas that says a change could not be saved (and when it
has been saved after all), or that the library is open read-only."""

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from .write_guard import WriteGuard

_TROUBLE_STYLE = "QFrame#trouble_bar { background: #fff3cd; border: 1px solid #e0a800; }"
_FINE_STYLE = "QFrame#trouble_bar { background: #d4edda; border: 1px solid #28a745; }"


class TroubleBar(QFrame):
    def __init__(self, guard: WriteGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guard = guard
        self.setObjectName("trouble_bar")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("&Retry now"))
        self.retry_button.clicked.connect(guard.retry_now)
        self.file_button = QPushButton(self.tr("Open the &emergency file"))
        self.file_button.clicked.connect(self._open_emergency_file)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        for button in (self.retry_button, self.file_button, self.close_button):
            layout.addWidget(button)
        guard.trouble.connect(self.show_trouble)
        guard.all_saved.connect(self.show_saved)
        self.hide()

    def show_trouble(self, problem: str) -> None:
        parts = [problem or self.tr("The last change could not be saved.")]
        if self.guard.written_to:
            parts.append(self.tr("What you typed is kept in the window and copied to {file}.")
                         .format(file=self.guard.written_to))
        parts.append(self.tr("What you entered stays where you typed it, marked as not saved. "
                             "Roundtable Desktop tries again every 2 seconds and says here when "
                             "it is all saved."))
        self.message.setText(" ".join(parts))
        self.setStyleSheet(_TROUBLE_STYLE)
        self.retry_button.show()
        self.file_button.setVisible(self.guard.written_to is not None)
        self.show()

    def show_saved(self) -> None:
        if not self.isVisible():
            return
        self.message.setText(self.tr("The library can be written again: every change kept for "
                                     "a retry is stored. A note still in the box is kept as a "
                                     "draft: Ctrl+Return saves it."))
        self.setStyleSheet(_FINE_STYLE)
        self.retry_button.hide()
        self.file_button.hide()
        self.close_button.setEnabled(True)

    def show_message(self, text: str) -> None:
        """A problem that needs no retry (a backup that failed): said, and dismissable."""
        self.message.setText(text)
        self.setStyleSheet(_TROUBLE_STYLE)
        self.retry_button.hide()
        self.file_button.hide()
        self.close_button.setEnabled(True)
        self.show()

    def show_read_only(self, why: str) -> None:
        self.message.setText(self.tr("Read-only: {why}. Changes made here are not saved.")
                             .format(why=why.rstrip(".")))
        self.setStyleSheet(_TROUBLE_STYLE)
        self.retry_button.hide()
        self.file_button.hide()
        self.close_button.setEnabled(True)
        self.show()

    def _open_emergency_file(self) -> None:
        if self.guard.written_to:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.guard.written_to)))
