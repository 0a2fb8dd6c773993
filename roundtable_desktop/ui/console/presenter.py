"""The presenter display: what the speakers see on the projector or a second screen. The speaker's
name and function (wrapped, at the largest size that fits), a countdown whose digits fill more
than a fifth of the screen height, the phase in a word with its own background and frame, and
the next speaker. It renders the same ConsoleFrame as the console. It never takes the keyboard:
it is shown without being activated and accepts no focus, so the rapporteur keeps typing."""

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from ...domain.meeting_stage import MeetingStage, Stage, countdown_text, counts_down
from .clock_display import phase_words, style_sheet
from .frame import ConsoleFrame
from .palette import PRESENTER, look_key
from .speaker_line import speaker_line

DIGITS_SHARE = 0.36   # font pixel size as a share of the height; the digits' ink is ~0.26 of it
NAME_SHARE = 0.075    # the largest name size; a long name is wrapped and shrunk to fit its box
NAME_BOX = 0.2        # the name's box: this share of the height
FUNCTION_SHARE = 0.045
FUNCTION_BOX = 0.1
SMALL_SHARE = 0.045
MESSAGE_SHARE = 0.09  # the chair's message to the speaker: large, above the countdown
MESSAGE_BOX = 0.2
FRAME_SCALE = 4


def default_screen(chosen_name: str = "", window_screen: QScreen | None = None) -> QScreen:
    """The screen the chair chose, else a screen other than the window's (the second screen),
    else the only one."""
    screens = QGuiApplication.screens()
    for screen in screens:
        if chosen_name and screen.name() == chosen_name:
            return screen
    own = window_screen or QGuiApplication.primaryScreen()
    others = [s for s in screens if s is not own]
    return others[0] if others else own


def fitting_pixel_size(font: QFont, text: str, box: QRect, largest: int, smallest: int = 10) -> int:
    """The largest pixel size (up to ``largest``) at which ``text``, wrapped at word breaks,
    fits ``box``."""
    if not text:
        return largest
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
    low, high = smallest, max(smallest, largest)
    trial = QFont(font)
    while low < high:
        middle = (low + high + 1) // 2
        trial.setPixelSize(middle)
        needed = QFontMetrics(trial).boundingRect(QRect(0, 0, box.width(), 100000), flags, text)
        if needed.width() <= box.width() and needed.height() <= box.height():
            low = middle
        else:
            high = middle - 1
    return low


class PresenterDisplay(QWidget):
    closed = Signal()
    activated = Signal()  # the platform activated it anyway: the keyboard must go back

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, self.window_flags(False))
        self.setObjectName("presenter_display")
        self.setWindowTitle(self.tr("Presenter display \u2014 Roundtable Desktop"))
        self.setAccessibleName(self.tr("Presenter display"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.flashing = True
        self.name = self._label(wrap=True)
        self.function = self._label(wrap=True)
        self.message = self._label(wrap=True)
        self.message.setObjectName("presenter_message")
        self.message.hide()
        self.digits = self._label()
        self.digits.setObjectName("presenter_digits")
        self.digits.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "+1:15" also in Arabic
        self.phase = self._label()
        self.next_line = self._label()
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # the screen sets the size
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addStretch(1)
        for label in (self.name, self.function):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.digits)
        layout.addWidget(self.phase)
        layout.addStretch(1)
        layout.addWidget(self.next_line)
        self._look = ""
        self._fitted: tuple[str, str, int, int] = ("", "", 0, 0)
        self.is_full_screen_display = False
        self.resize(960, 540)
        self._apply_look(None)
        self._fit_fonts()

    @staticmethod
    def window_flags(full_screen: bool) -> Qt.WindowType:
        flags = Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus
        return flags | Qt.WindowType.FramelessWindowHint if full_screen else flags

    def _label(self, wrap: bool = False) -> QLabel:
        label = QLabel()
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(wrap)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # never wider than the window: long texts wrap and shrink instead of growing it
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    @property
    def shown_text(self) -> str:
        return self.digits.text()

    @property
    def message_text(self) -> str:
        return self.message.text()

    def show_message(self, text: str) -> None:
        """The chair's message to the speaker, large above the countdown ("" hides it)."""
        if text == self.message.text():
            return
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fitted = ("", "", 0, 0)
        self._fit_texts()

    @property
    def look(self) -> str:
        return self._look

    def show_on(self, screen: QScreen, full_screen: bool) -> None:
        """Frameless full screen on ``screen``, or an ordinary window the chair can resize and
        move (one screen, or the chair's own screen not chosen for it)."""
        self.is_full_screen_display = full_screen
        self.setWindowFlags(self.window_flags(full_screen))
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        if not full_screen:
            self.showNormal()
            return
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def render(  # type: ignore[override]  # the console's repaint, not QWidget.render
            self, frame: ConsoleFrame, stage: MeetingStage | None = None, title: str = "") -> None:
        """The speaker and their countdown; before the meeting a countdown to its start, after
        the last speaker the end (``stage`` and the meeting's ``title`` say which)."""
        if stage is not None and stage.stage is not Stage.UNDER_WAY:
            self._render_stage(frame, stage, title)
            return
        reading = frame.reading
        speaker = frame.speaker
        self.name.setText(speaker.name if speaker else "")
        self.function.setText(speaker_line(speaker, frame.language) if speaker else "")
        self.digits.setText(reading.text if reading else "")
        self.phase.setText(phase_words(self, reading) if reading else "")
        following = frame.next_speaker
        self.next_line.setText(self.tr("Next: {name}").format(name=following.name) if following else "")
        self._apply_look(reading)
        self._fit_texts()

    def _render_stage(self, frame: ConsoleFrame, stage: MeetingStage, title: str) -> None:
        zone = frame.meeting_zone
        following = frame.next_speaker
        if stage.stage is Stage.ENDED:
            self.name.setText(self.tr("End of the meeting"))
            self.function.setText(title)
            self.digits.setText("")
            ended = stage.ended_at.astimezone(zone) if stage.ended_at and zone else stage.ended_at
            self.phase.setText(self.tr("Ended at {time}").format(time=ended.strftime("%H:%M"))
                               if ended else "")
            self.next_line.setText("")
        else:
            planned = stage.planned_start.astimezone(zone) if stage.planned_start and zone \
                else stage.planned_start
            self.name.setText(title)
            if counts_down(stage):
                due = stage.seconds_to_start == 0
                self.function.setText(self.tr("About to begin") if due else self.tr("Starts in"))
                self.digits.setText("" if due else countdown_text(stage.seconds_to_start or 0))
            else:
                self.function.setText("")
                self.digits.setText("")
            self.phase.setText(self.tr("Planned start: {when}").format(
                when=planned.strftime("%Y-%m-%d %H:%M") if not counts_down(stage)
                else planned.strftime("%H:%M")) if planned else "")
            self.next_line.setText(self.tr("First: {name}").format(name=following.name)
                                   if following else "")
        self._apply_look(None)
        self._fit_texts()

    def _apply_look(self, reading) -> None:
        key = look_key(reading, self.flashing)
        if key != self._look:
            self._look = key
            look = PRESENTER[key]
            self.setStyleSheet(style_sheet("QWidget#presenter_display", look, FRAME_SCALE)
                               + f"QLabel#presenter_message {{ color: {look.background}; "
                               f"background: {look.text}; border-radius: 8px; }}")

    def digit_height(self) -> int:
        """The height in pixels of the countdown's digits as drawn."""
        return QFontMetrics(self.digits.font()).tightBoundingRect("0123456789").height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        height, width = max(1, self.height()), max(1, self.width())
        digits = QFont(self.font())
        digits.setBold(True)
        digits.setPixelSize(max(12, int(height * DIGITS_SHARE)))
        widest = QFontMetrics(digits).horizontalAdvance("+88:88")
        if widest > width * 0.9:
            digits.setPixelSize(max(12, int(digits.pixelSize() * width * 0.9 / widest)))
        self.digits.setFont(digits)
        for label, share, bold in ((self.phase, SMALL_SHARE * 1.3, True),
                                   (self.next_line, SMALL_SHARE, False)):
            font = QFont(self.font())
            font.setBold(bold)
            font.setPixelSize(max(10, int(height * share)))
            label.setFont(font)
        self._fitted = ("", "", 0, 0)
        self._fit_texts()

    def text_box(self, share: float) -> QRect:
        """The box a wrapped text has: the window's width inside its margins and frame."""
        layout = self.layout()
        sides = layout.contentsMargins().left() + layout.contentsMargins().right() if layout else 0
        frame = 2 * 5 * FRAME_SCALE
        return QRect(0, 0, max(1, self.width() - sides - frame),
                     max(1, int(self.height() * share)))

    def _fit_texts(self) -> None:
        """Name and function at the largest size at which they fit their boxes, wrapped."""
        key = (self.name.text(), self.function.text(), self.width(), self.height())
        if key == self._fitted:
            return
        self._fitted = key
        for label, share, box_share, bold in ((self.name, NAME_SHARE, NAME_BOX, True),
                                              (self.function, FUNCTION_SHARE, FUNCTION_BOX, False),
                                              (self.message, MESSAGE_SHARE, MESSAGE_BOX, True)):
            font = QFont(self.font())
            font.setBold(bold)
            box = self.text_box(box_share)
            label.setFixedHeight(box.height())
            inside = QRect(0, 0, box.width(), max(1, box.height() - 4))
            font.setPixelSize(fitting_pixel_size(font, label.text(), inside,
                                                 max(10, int(self.height() * share))))
            label.setFont(font)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowActivate:
            self.activated.emit()
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.closed.emit()
        super().closeEvent(event)
