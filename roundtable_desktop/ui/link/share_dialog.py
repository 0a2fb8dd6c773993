"""Meeting > Share on this network…: the address, a QR code of the browser view, the code, and
how many follow. Closing the dialog keeps the share; Stop sharing ends it (the code with it)."""

import io
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # websockets loads when the user shares, not with the window
    from ...link.share import ShareServer


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """The text as a QR code (segno writes the PNG; Qt only shows it)."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def spaced_code(code: str) -> str:
    return f"{code[:3]} {code[3:]}"


class ShareDialog(QDialog):
    stop_requested = Signal()

    def __init__(self, server: "ShareServer", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.server = server
        self.setWindowTitle(self.tr("Share on this network"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Another laptop joins with File > Join a shared meeting…, the address and the code. "
            "A phone or tablet opens the browser view with the QR code: it shows the speaker and "
            "the countdown, nothing of the notes."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QLabel(server.address)
        self.browser = QLabel(server.browser_url)
        self.code = QLabel(spaced_code(server.code))
        for label in (self.address, self.browser, self.code):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.code.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.code.setFont(big)
        self.followers = QLabel()
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Pairing code:"), self.code)
        form.addRow(self.tr("Browser view:"), self.browser)
        form.addRow(self.tr("Following:"), self.followers)
        layout.addLayout(form)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(server.browser_url))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        firewall = QLabel(self.tr(
            "On Windows, if the firewall asks, allow Roundtable Desktop on private networks."))
        firewall.setWordWrap(True)
        layout.addWidget(firewall)
        buttons = QHBoxLayout()
        self.new_code = QPushButton(self.tr("&New code"))
        self.new_code.clicked.connect(self.renew)
        self.stop_button = QPushButton(self.tr("&Stop sharing"))
        self.stop_button.clicked.connect(self._stop)
        close = QPushButton(self.tr("&Close"))
        close.setDefault(True)
        close.setFocus()
        close.clicked.connect(self.accept)
        for button in (self.new_code, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.show_followers(len(server.followers))
        self.resize(520, self.sizeHint().height())

    def show_followers(self, count: int) -> None:
        if count == 0:
            self.followers.setText(self.tr("nobody yet"))
        elif count == 1:
            self.followers.setText(self.tr("1 laptop"))
        else:
            self.followers.setText(self.tr("{count} laptops").format(count=count))

    def show_refused(self, locked: bool) -> None:
        if locked:
            self.followers.setText(self.tr("Too many wrong codes were tried: nobody joins until you "
                                           "make a new code."))

    def renew(self) -> None:
        self.code.setText(spaced_code(self.server.renew_code()))

    def _stop(self) -> None:
        self.stop_requested.emit()
        self.accept()
