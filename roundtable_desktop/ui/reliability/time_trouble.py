"""The console's line about time trouble: the computer slept, or its clock was set, while a
speaker's clock ran. The chair keeps the time shown or corrects it; either way what is stored
agrees with what is shown, so a restart shows the same."""

import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain.durations import mmss
from ...domain.model import SpeakerSlot
from ...domain.time_jump import TimeJump, TimeTrouble, TimeWatch, boot_clock, offered_correction
from ..console.controller import ConsoleController

_STYLE = ("QFrame#time_trouble { background: #fff3e0; border: 1px solid #ffa726; "
          "border-radius: 4px; } QLabel { background: transparent; border: none; }")


class TimeTroubleBar(QFrame):
    """Watches the console's ticks; shows itself when the clocks disagree while someone speaks."""

    def __init__(self, controller: ConsoleController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("time_trouble")
        self.setStyleSheet(_STYLE)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.keep_button = QPushButton()
        self.correct_button = QPushButton()
        self.keep_button.clicked.connect(self.keep)
        self.correct_button.clicked.connect(self.correct)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.correct_button)
        self.jump: TimeJump | None = None
        self.slot_id: str | None = None
        self._sources: tuple[Callable[[], float], Callable[[], datetime]] | None = None
        self.watch: TimeWatch | None = None
        controller.ticked.connect(self.check)
        self.hide()

    def _boot(self) -> float | None:
        """The sleep-counting clock, only when the console reads the real monotonic clock."""
        clock = boot_clock()
        return clock() if clock and self.controller.time_source is time.monotonic else None

    def check(self, _frame=None) -> None:
        sources = (self.controller.time_source, self.controller.wall_clock)
        if self.watch is None or sources != self._sources:  # new clocks: start watching afresh
            self._sources = sources
            self.watch = TimeWatch(sources[0], sources[1], self._boot)
            return
        jump = self.watch.check()
        speakers = self.controller.speakers
        current = speakers.current
        if self.isVisible() and (current is None or current.id != self.slot_id):
            self.hide()  # the speaker ended: nothing left to correct
        if jump is None or current is None or speakers.clock is None or not speakers.clock.is_running:
            return
        self.offer(jump, current)

    def offer(self, jump: TimeJump, slot: SpeakerSlot) -> None:
        self.jump, self.slot_id = jump, slot.id
        person = self.controller.participant(slot)
        name = person.name if person else self.tr("the speaker")
        clock = self.controller.speakers.clock
        if clock is None:
            return
        shown = clock.spoken()
        if jump.trouble is TimeTrouble.SLEPT:
            text = self.tr("The computer was asleep for {missed} while {name} was speaking. Their "
                           "clock shows {shown} spoken without that time; with it, {corrected}.")
            correct = self.tr("Count the sleep: {corrected}")
        else:
            text = self.tr("The computer's clock was set {direction} by {missed} while {name} was "
                           "speaking. Their clock was not affected: {shown} spoken.")
            correct = self.tr("Follow the computer's clock: {corrected}")
        corrected = offered_correction(shown, jump)
        direction = self.tr("forward") if jump.wall_shift >= 0 else self.tr("back")
        missed = jump.missed_seconds if jump.trouble is TimeTrouble.SLEPT else abs(jump.wall_shift)
        values = {"missed": mmss(missed), "name": name, "shown": mmss(shown),
                  "corrected": mmss(corrected), "direction": direction}
        self.label.setText(text.format(**values))
        self.keep_button.setText(self.tr("Keep {shown}").format(**values))
        self.correct_button.setText(correct.format(**values))
        self.show()

    def keep(self) -> None:
        """Keep the time shown: move the stored start so that a restart shows the same."""
        slot = self._current()
        if slot is not None and slot.last_started_at is not None and self.jump is not None:
            slot.last_started_at += timedelta(seconds=self.jump.stored_offset)
            self.controller.update_slot(slot)
        self.hide()

    def correct(self) -> None:
        """Count the missed time (a sleep) or follow the wall clock; the stored start already
        says so."""
        clock = self.controller.speakers.clock
        if self._current() is not None and clock is not None and self.jump is not None:
            shown = clock.spoken()
            clock.accumulated += offered_correction(shown, self.jump) - shown
            self.controller.tick()
        self.hide()

    def _current(self) -> SpeakerSlot | None:
        current = self.controller.speakers.current
        return current if self.jump is not None and current and current.id == self.slot_id else None
