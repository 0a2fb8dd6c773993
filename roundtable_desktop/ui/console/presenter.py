"""The presenter display: what the speakers see on the projector or a second screen. The speaker's
name and function, a countdown whose digits fill more than a fifth of the screen height in the
phase colour, and the next speaker. It renders the same ConsoleFrame as the console."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from .clock_display import PRESENTER_COLOUR, phase_words
from .frame import ConsoleFrame

DIGITS_SHARE = 0.36   # font pixel size as a share of the height; the digits' ink is ~0.26 of it
NAME_SHARE = 0.075
SMALL_SHARE = 0.045


def default_screen(chosen_name: str = "") -> QScreen:
    """The screen the chair chose, else the second screen when there is one, else the only one."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if chosen_name and screen.name() == chosen_name:
            return screen
    primary = QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not primary]
    return others[0] if others else primary


class PresenterDisplay(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter_display")
        self.setWindowTitle(self.tr("Presenter display \u2014 Roundtable Desktop"))
        self.setStyleSheet("QWidget#presenter_display { background: black; }"
                           "QLabel { background: transparent; color: #f5f5f5; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.name = self._label()
        self.function = self._label()
        self.function.setStyleSheet("color: #bdbdbd;")
        self.digits = self._label()
        self.digits.setObjectName("presenter_digits")
        self.digits.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "+1:15" also in Arabic
        self.phase = self._label()
        self.next_line = self._label()
        self.next_line.setStyleSheet("color: #bdbdbd;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addStretch(1)
        for label in (self.name, self.function):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.digits)
        layout.addWidget(self.phase)
        layout.addStretch(1)
        layout.addWidget(self.next_line)
        self._colour = ""
        self.is_full_screen_display = False
        self.resize(960, 540)
        self._fit_fonts()

    def _label(self) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(False)
        return label

    @property
    def shown_text(self) -> str:
        return self.digits.text()

    def show_on(self, screen: QScreen) -> None:
        """Frameless full screen on ``screen`` when it is not the chair's screen; on a single
        screen, an ordinary window the chair can resize and move."""
        single = len(QGuiApplication.screens()) < 2
        self.is_full_screen_display = not single
        if single:
            self.setWindowFlags(Qt.WindowType.Window)
            self.showNormal()
            return
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def render(self, frame: ConsoleFrame) -> None:
        reading = frame.reading
        speaker = frame.speaker
        self.name.setText(speaker.name if speaker else "")
        self.function.setText(", ".join(p for p in (speaker.function, speaker.organisation) if p)
                              if speaker else "")
        self.digits.setText(reading.text if reading else "")
        self.phase.setText(phase_words(self, reading) if reading else "")
        following = frame.next_speaker
        self.next_line.setText(self.tr("Next: {name}").format(name=following.name) if following else "")
        colour = PRESENTER_COLOUR[reading.phase if reading else None]
        if reading is not None and not reading.flash_on:
            colour = "#6a0000"
        if colour != self._colour:
            self._colour = colour
            self.digits.setStyleSheet(f"color: {colour};")
            self.phase.setStyleSheet(f"color: {colour};")

    def digit_height(self) -> int:
        """The height in pixels of the countdown's digits as drawn."""
        return QFontMetrics(self.digits.font()).tightBoundingRect("0123456789").height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        height, width = max(1, self.height()), max(1, self.width())
        digits = QFont(self.font())
        digits.setBold(True)
        digits.setPixelSize(max(12, int(height * DIGITS_SHARE)))
        widest = QFontMetrics(digits).horizontalAdvance("+88:88")
        if widest > width * 0.95:
            digits.setPixelSize(max(12, int(digits.pixelSize() * width * 0.95 / widest)))
        self.digits.setFont(digits)
        for label, share, bold in ((self.name, NAME_SHARE, True), (self.function, SMALL_SHARE, False),
                                   (self.phase, SMALL_SHARE * 1.3, True),
                                   (self.next_line, SMALL_SHARE, False)):
            font = QFont(self.font())
            font.setBold(bold)
            font.setPixelSize(max(10, int(height * share)))
            label.setFont(font)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
