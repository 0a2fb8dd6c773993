"""The console's clocks: the current speaker's countdown, its phase in a word, a colour and a frame
of its own (wrap up from the target, over past the limit, paused), and the meeting clock with its
forecast."""

from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QWidget

from ...domain.durations import mmss
from ...domain.forecast import Forecast
from ...domain.meeting_figures import Progress
from ...domain.speaker_clock import ClockReading, wrap_up_from
from ..bidi import in_reading_order, left_to_right
from .elided import ElidedLabel
from .frame import ConsoleFrame
from .palette import CONSOLE, NOBODY, NORMAL, OVER, PAUSED, WIDEST_FRAME, WRAP_UP, Look, look_key
from .speaker_line import speaker_line


def phase_words(widget: QWidget, reading: ClockReading | None) -> str:
    """The phase in words, so that it is never told by colour alone."""
    translate = QCoreApplication.translate
    key = look_key(reading, flashing=False)
    return {NOBODY: translate("SpeakerClockDisplay", "Nobody is speaking"),
            NORMAL: translate("SpeakerClockDisplay", "Speaking"),
            WRAP_UP: translate("SpeakerClockDisplay", "WRAP UP"),
            OVER: translate("SpeakerClockDisplay", "OVER"),
            PAUSED: translate("SpeakerClockDisplay", "PAUSED")}[key]


def style_sheet(selector: str, look: Look, frame_scale: int = 1) -> str:
    """The look as a style sheet. Frame and padding together keep the same width in every phase,
    so a thicker frame never makes the clock taller."""
    width = look.frame_width * frame_scale
    padding = (WIDEST_FRAME - look.frame_width) * frame_scale
    frame = f"border: {width}px {look.frame_style} {look.frame};" if width else "border: none;"
    return (f"{selector} {{ background: {look.background}; {frame} padding: {padding}px; "
            f"border-radius: 6px; }}"
            f"{selector} QLabel {{ color: {look.text}; background: transparent; border: none; }}")


def announce(widget: QWidget, text: str) -> None:
    """Tell a screen reader (Qt 6.8 and later announce; older ones hear the description change)."""
    widget.setAccessibleDescription(text)
    event_type = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if event_type is not None and QAccessible.isActive():
        QAccessible.updateAccessibility(event_type(widget, text))


class SpeakerClockDisplay(QFrame):
    """Who speaks and how long they have left; what the chair glances at. Every line has a fixed
    height (long texts end in "…" with the whole text in the tooltip), so nothing below moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speaker_clock")
        self.setAccessibleName(self.tr("Speaker's clock"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.flashing = True
        self.last_announcement = ""
        self.name = ElidedLabel()
        bold = QFont(self.font())
        bold.setPointSizeF(bold.pointSizeF() * 1.35)
        bold.setBold(True)
        self.name.setFont(bold)
        self.function = ElidedLabel()
        self.digits = QLabel("\u2014")
        self.digits.setObjectName("console_digits")
        self.digits.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # "+1:15" also in Arabic
        self.digits.setAccessibleName(self.tr("Time left"))
        digits_font = QFont(self.font())
        digits_font.setPixelSize(46)
        digits_font.setBold(True)
        digits_font.setStyleHint(QFont.StyleHint.Monospace)
        self.digits.setFont(digits_font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.digits.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.phase = ElidedLabel()
        phase_font = QFont(self.font())
        phase_font.setBold(True)
        self.phase.setFont(phase_font)
        self.detail = ElidedLabel()
        self.next_line = ElidedLabel()
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setVerticalSpacing(2)
        layout.addWidget(self.name, 0, 0)
        layout.addWidget(self.digits, 0, 1, 2, 1)
        layout.addWidget(self.function, 1, 0)
        layout.addWidget(self.phase, 2, 0)
        layout.addWidget(self.detail, 3, 0, 1, 2)
        layout.addWidget(self.next_line, 4, 0, 1, 2)
        layout.setColumnStretch(0, 1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._look = ""
        self._phase_key = ""
        self.render(None)

    @property
    def shown_text(self) -> str:
        return self.digits.text()

    @property
    def look(self) -> str:
        return self._look

    def render(self, frame: ConsoleFrame | None) -> None:  # type: ignore[override]  # the console's repaint, not QWidget.render
        reading = frame.reading if frame else None
        speaker = frame.speaker if frame else None
        self.name.setText(speaker.name if speaker else self.tr("Nobody is speaking"))
        self.function.setText(speaker_line(speaker, frame.language if frame else "")
                              if speaker else self.tr("F5 gives the floor to the next speaker"))
        self.digits.setText(reading.text if reading else "\u2014")
        self.phase.setText(phase_words(self, reading) if reading else "")
        if reading is None:
            self.detail.setText("")
        else:
            self.detail.setText(self.tr("spoken {spoken} \u00b7 wrap up {amber} \u00b7 limit {limit}").format(
                spoken=mmss(reading.spoken), amber=mmss(wrap_up_from(reading.target, reading.limit)),
                limit=mmss(reading.limit)))
        following = frame.next_speaker if frame else None
        self.next_line.setText(self.tr("Next: {name}").format(name=following.name) if following
                               else self.tr("Next: nobody waiting"))
        self._apply_look(reading)
        self._announce_phase(reading, speaker.name if speaker else "")

    def _apply_look(self, reading: ClockReading | None) -> None:
        key = look_key(reading, self.flashing)
        if key == self._look:
            return
        self._look = key
        self.setStyleSheet(style_sheet("QFrame#speaker_clock", CONSOLE[key]))

    def _announce_phase(self, reading: ClockReading | None, name: str) -> None:
        key = look_key(reading, flashing=False)
        if key == self._phase_key:
            return
        first = not self._phase_key
        self._phase_key = key
        words = phase_words(self, reading)
        text = words if reading is None else self.tr("{name}: {phase}, {time}").format(
            name=name, phase=words.capitalize(), time=reading.text)
        self.setAccessibleDescription(text)
        if not first:
            self.last_announcement = text
            announce(self, text)


class MeetingClockDisplay(QLabel):
    """The meeting's own time (and the local time when different), elapsed and remaining, the
    current agenda item's planned vs. elapsed time, and the forecast."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meeting_clock")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setAccessibleName(self.tr("Meeting clock"))
        # three lines, always: the speaker's clock and the buttons below never move
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 4)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def render(self, frame: ConsoleFrame | None) -> None:  # type: ignore[override]  # the console's repaint, not QWidget.render
        if frame is None or frame.meeting_zone is None:
            self.setText("")
            return
        lines = [self._time_line(frame), self._item_line(frame)]
        self.setText("<br>".join(line for line in lines if line))

    def _time_line(self, frame: ConsoleFrame) -> str:
        meeting = frame.meeting_time
        parts = [f"<b>{left_to_right(f'{meeting:%H:%M:%S} {meeting.tzname()}')}</b>"]
        if frame.local_differs:
            local = frame.local_time
            local_time = left_to_right(f"{local:%H:%M} {local.tzname()}")
            parts[0] += " " + self.tr("(local {time})").format(time=local_time)
        if frame.elapsed_seconds is None:
            parts.append(self.tr("meeting not started"))
        elif frame.progress is Progress.HELD:
            parts.append(self.tr("meeting held {length}").format(length=_minutes(frame.elapsed_seconds)))
        else:
            parts.append(self.tr("meeting {elapsed} elapsed").format(elapsed=_minutes(frame.elapsed_seconds)))
            if frame.remaining_seconds is not None:
                if frame.remaining_seconds >= 0:
                    parts.append(self.tr("{left} left").format(left=_minutes(frame.remaining_seconds)))
                else:
                    parts.append(_red(self.tr("{over} past the planned end").format(
                        over=_minutes(-frame.remaining_seconds))))
        return in_reading_order(" \u00b7 ".join(parts))

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
            parts.append(self._outlook(frame, outlook))
            if outlook.held:
                return in_reading_order(" \u00b7 ".join(part for part in parts if part))
            fit = outlook.floor_requests_fit
            words = (self.tr("1 floor request of {length} still fits") if fit == 1 else
                     self.tr("{n} floor requests of {length} still fit"))
            parts.append(self.tr("floor closed") if outlook.floor_closed
                         else words.format(n=fit, length=mmss(outlook.floor_seconds)))
        return in_reading_order(" \u00b7 ".join(part for part in parts if part))

    def _outlook(self, frame: ConsoleFrame, outlook: Forecast) -> str:
        """Planned: its planned times, nothing late. Running: the forecast end. Held: its end."""
        zone = frame.meeting_zone
        if not outlook.started:
            window = frame.planned_window
            if window is None:
                return ""
            start, end = (moment.astimezone(zone) for moment in window)
            day = "" if start.date() == frame.meeting_time.date() else f"{start:%Y-%m-%d} "
            return self.tr("planned {start}\u2013{end}").format(
                start=left_to_right(f"{day}{start:%H:%M}"), end=left_to_right(f"{end:%H:%M}"))
        end = outlook.end.astimezone(zone)
        words = self.tr("on time") if outlook.is_on_time else self.tr("{n} min late").format(
            n=outlook.late_minutes)
        text = (self.tr("ended {time}, {words}") if outlook.held
                else self.tr("ends {time}, {words}")).format(time=f"{end:%H:%M}", words=words)
        return f"<b>{text}</b>" if outlook.is_on_time else _red(text)


def _minutes(seconds: int) -> str:
    hours, rest = divmod(int(seconds), 3600)
    return left_to_right(f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else mmss(rest))


def _red(text: str) -> str:
    return f"<span style='color:#b00020'><b>{text}</b></span>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
