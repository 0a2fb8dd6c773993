"""File > Join a shared meeting…: the meetings shared on the network (mDNS), or a typed address,
and the code the chair's laptop shows."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...link.addresses import parse_address
from ...link.discovery import MeetingBrowser, SharedMeeting
from ...link.pairing import CODE_DIGITS, normal_code


class JoinDialog(QDialog):
    found = Signal(object)  # list[SharedMeeting], from zeroconf's thread

    def __init__(self, parent: QWidget | None = None, browse: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a shared meeting"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Meetings shared on this network:")))
        self.meetings = QListWidget()
        self.meetings.setAccessibleName(self.tr("Meetings shared on this network"))
        self.meetings.currentItemChanged.connect(self._picked)
        layout.addWidget(self.meetings)
        self.searching = QLabel(self.tr("Looking… If the meeting is not listed (hotspots often "
                                        "hide it), type the address the chair's laptop shows."))
        self.searching.setWordWrap(True)
        layout.addWidget(self.searching)
        form = QFormLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText("192.168.1.5:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText("123 456")
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Code:"), self.code)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = buttons.addButton(self.tr("&Join"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._join)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.found.connect(self._show)
        self.browser = MeetingBrowser(self.found.emit) if browse else None
        if self.browser is not None:
            self.browser.start()
        self.finished.connect(lambda *_: self.browser.stop() if self.browser else None)

    def _show(self, meetings: list[SharedMeeting]) -> None:
        self.meetings.clear()
        for meeting in meetings:
            item = QListWidgetItem(f"{meeting.title} \u2014 {meeting.address}")
            item.setData(256, meeting.address)
            self.meetings.addItem(item)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.address.setText(str(item.data(256)))
            self.code.setFocus()

    def _join(self) -> None:
        try:
            parse_address(self.address.text())
        except ValueError as error:
            self.problem.setText(str(error))
            return
        if len(normal_code(self.code.text())) != CODE_DIGITS:
            self.problem.setText(self.tr("The code has 6 digits, as the chair's laptop shows it."))
            return
        self.accept()

    def chosen(self) -> tuple[str, str]:
        return self.address.text().strip(), normal_code(self.code.text())
