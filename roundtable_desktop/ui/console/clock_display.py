"""The console's clocks: the current speaker's countdown in the phase colour (amber from the target,
red and flashing past the limit) and the meeting clock with its forecast."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from ...domain.durations import mmss
from ...domain.enums import SlotState
from ...domain.speaker_clock import ClockReading, Phase
from .frame import ConsoleFrame

# (background, text) of the console's clock; over the limit it alternates with FLASH_OFF
PHASE_STYLE = {
    None: ("#eceff1", "#37474f"),
    Phase.NORMAL: ("#e3f4e6", "#1b5e20"),
    Phase.WRAP_UP: ("#ffb300", "#201600"),
    Phase.OVER: ("#c62828", "#ffffff"),
}
FLASH_OFF = ("#ffffff", "#c62828")
# the presenter display's digits on black
PRESENTER_COLOUR = {None: "#9e9e9e", Phase.NORMAL: "#4cd964", Phase.WRAP_UP: "#ffb300",
                    Phase.OVER: "#ff3b30"}


def phase_words(widget: QWidget, reading: ClockReading | None) -> str:
    translate = QCoreApplication.translate
    if reading is None:
        return translate("SpeakerClockDisplay", "Nobody is speaking")
    if reading.state is SlotState.PAUSED:
        return translate("SpeakerClockDisplay", "Paused")
    return {Phase.NORMAL: translate("SpeakerClockDisplay", "Speaking"),
            Phase.WRAP_UP: translate("SpeakerClockDisplay", "Wrap up"),
            Phase.OVER: translate("SpeakerClockDisplay", "Over time")}[reading.phase]


class SpeakerClockDisplay(QFrame):
    """Who speaks and how long they have left; what the chair glances at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speaker_clock")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        bold = QFont(self.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.35)
        bold.setBold(True)
        self.name.setFont(bold)
        self.function = QLabel()
        self.function.setTextFormat(Qt.TextFormat.PlainText)
        self.function.setWordWrap(True)
        self.digits = QLabel("\u2014")
        self.digits.setObjectName("console_digits")
        self.digits.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "+1:15" also in Arabic
        digits_font = QFont(self.font())
        digits_font.setPixelSize(46)
        digits_font.setBold(True)
        digits_font.setStyleHint(QFont.StyleHint.Monospace)
        self.digits.setFont(digits_font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.digits.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.phase = QLabel()
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_line = QLabel()
        self.next_line.setTextFormat(Qt.TextFormat.PlainText)
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.digits, 0, 1, 2, 1)
        layout.addWidget(self.function, 1, 0)
        layout.addWidget(self.phase, 2, 0)
        layout.addWidget(self.detail, 2, 1)
        layout.addWidget(self.next_line, 3, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self._style: tuple[str, str] | None = None
        self.render(None)

    @property
    def shown_text(self) -> str:
        return self.digits.text()

    def render(self, frame: ConsoleFrame | None) -> None:
        reading = frame.reading if frame else None
        speaker = frame.speaker if frame else None
        self.name.setText(speaker.name if speaker else self.tr("Nobody is speaking"))
        self.function.setText(", ".join(p for p in (speaker.function, speaker.organisation) if p)
                              if speaker else self.tr("F5 gives the floor to the next speaker"))
        self.digits.setText(reading.text if reading else "\u2014")
        self.phase.setText(f"<b>{phase_words(self, reading)}</b>" if reading else "")
        if reading is None:
            self.detail.setText("")
        else:
            self.detail.setText(self.tr("spoken {spoken} \u00b7 target {target} \u00b7 limit {limit}").format(
                spoken=mmss(reading.spoken), target=mmss(reading.target), limit=mmss(reading.limit)))
        following = frame.next_speaker if frame else None
        self.next_line.setText(self.tr("Next: {name}").format(name=following.name) if following
                               else self.tr("Next: nobody waiting"))
        self._apply_style(reading)

    def _apply_style(self, reading: ClockReading | None) -> None:
        style = PHASE_STYLE[reading.phase if reading else None]
        if reading is not None and not reading.flash_on:
            style = FLASH_OFF
        if style == self._style:
            return
        self._style = style
        background, text = style
        self.setStyleSheet(f"QFrame#speaker_clock {{ background: {background}; border-radius: 6px; }}"
                           f"QFrame#speaker_clock QLabel {{ color: {text}; background: transparent; }}")


class MeetingClockDisplay(QLabel):
    """The meeting's own time (and the local time when different), elapsed and remaining, the
    current agenda item's planned vs. elapsed time, and the forecast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_clock")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def render(self, frame: ConsoleFrame | None) -> None:
        if frame is None or frame.meeting_zone is None:
            self.setText("")
            return
        lines = [self._time_line(frame), self._item_line(frame)]
        self.setText("<br>".join(line for line in lines if line))

    def _time_line(self, frame: ConsoleFrame) -> str:
        meeting = frame.meeting_time
        parts = [f"<b>{meeting:%H:%M:%S} {meeting.tzname()}</b>"]
        if frame.local_differs:
            local = frame.local_time
            parts[0] += " " + self.tr("(local {time})").format(time=f"{local:%H:%M} {local.tzname()}")
        if frame.elapsed_seconds is None:
            parts.append(self.tr("meeting not started"))
        else:
            parts.append(self.tr("meeting {elapsed} elapsed").format(elapsed=_minutes(frame.elapsed_seconds)))
            if frame.remaining_seconds is not None:
                if frame.remaining_seconds >= 0:
                    parts.append(self.tr("{left} left").format(left=_minutes(frame.remaining_seconds)))
                else:
                    parts.append(_red(self.tr("{over} past the planned end").format(
                        over=_minutes(-frame.remaining_seconds))))
        return " \u00b7 ".join(parts)

    def _item_line(self, frame: ConsoleFrame) -> str:
        parts = []
        if frame.item is not None:
            planned = frame.item.planned_minutes * 60
            elapsed = frame.item_elapsed_seconds
            title = frame.item.title if len(frame.item.title) <= 34 else frame.item.title[:33] + "\u2026"
            text = self.tr("{item}: {elapsed} of {planned} min").format(
                item=_escape(title),
                elapsed=mmss(elapsed or 0), planned=frame.item.planned_minutes)
            parts.append(_red(text) if elapsed is not None and elapsed > planned else text)
        outlook = frame.forecast
        if outlook is not None:
            end = outlook.end.astimezone(frame.meeting_zone)
            words = self.tr("on time") if outlook.is_on_time else self.tr("{n} min late").format(
                n=outlook.late_minutes)
            text = self.tr("ends {time}, {words}").format(time=f"{end:%H:%M}", words=words)
            parts.append(f"<b>{text}</b>" if outlook.is_on_time else _red(text))
            fit = outlook.floor_requests_fit
            words = (self.tr("1 floor request of {length} still fits") if fit == 1 else
                     self.tr("{n} floor requests of {length} still fit"))
            parts.append(words.format(n=fit, length=mmss(outlook.floor_seconds)))
        return " \u00b7 ".join(parts)


def _minutes(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else mmss(rest)


def _red(text: str) -> str:
    return f"<span style='color:#b00020'><b>{text}</b></span>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
