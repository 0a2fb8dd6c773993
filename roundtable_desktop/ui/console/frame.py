"""One repaint of the console: everything shown, computed from a single reading of the clocks,
so the console and the presenter display always show the same time. No Qt here."""

from dataclasses import dataclass
from datetime import datetime, tzinfo

from ...domain.forecast import Forecast
from ...domain.meeting_figures import Progress, meeting_figures
from ...domain.meeting_time import meeting_started_at
from ...domain.model import AgendaItem, Participant, Session, SpeakerSlot
from ...domain.speaker_clock import ClockReading
from ...domain.speaker_language import spoken_language
from ...domain.speaker_list import SpeakerList


@dataclass(frozen=True)
class ConsoleFrame:
    wall_now: datetime
    reading: ClockReading | None
    current: SpeakerSlot | None
    speaker: Participant | None
    next_speaker: Participant | None
    meeting_zone: tzinfo | None
    started_at: datetime | None
    elapsed_seconds: int | None
    remaining_seconds: int | None
    item: AgendaItem | None
    item_elapsed_seconds: int | None
    forecast: Forecast | None
    planned_start: datetime | None = None
    language: str = ""  # the language of the current turn, as stored ("fr", or another written out)
    progress: Progress = Progress.RUNNING  # planned (never started), running, or held

    @property
    def planned_window(self) -> tuple[datetime, datetime] | None:
        """The planned start and end, when the meeting has them (shown until it starts)."""
        outlook = self.forecast
        if outlook is None or outlook.planned_end is None or self.planned_start is None:
            return None
        return self.planned_start, outlook.planned_end

    @property
    def meeting_time(self) -> datetime:
        return self.wall_now.astimezone(self.meeting_zone) if self.meeting_zone else self.wall_now

    @property
    def local_time(self) -> datetime:
        return self.wall_now.astimezone()

    @property
    def local_differs(self) -> bool:
        return self.meeting_time.utcoffset() != self.local_time.utcoffset()


def build_frame(speakers: SpeakerList, session: Session | None, people: dict[str, Participant],
                monotonic_now: float, wall_now: datetime) -> ConsoleFrame:
    current = speakers.current
    following = speakers.next_up
    reading = speakers.reading(monotonic_now)
    started = meeting_started_at(speakers.items, speakers.slots)
    elapsed = remaining = None
    outlook = None
    progress = Progress.PLANNED if started is None else Progress.RUNNING
    if session is not None:
        figures = meeting_figures(session, speakers.items, speakers.slots,
                                  lambda s: speakers.spoken_seconds(s, monotonic_now), wall_now)
        progress, elapsed, remaining = figures.progress, figures.elapsed_seconds, figures.remaining_seconds
        outlook = figures.forecast
    item = speakers.current_item()
    item_elapsed = None
    if item is not None and item.actual_start is not None:
        end = item.actual_end or wall_now
        item_elapsed = max(0, int((end - item.actual_start).total_seconds()))
    speaker = people.get(current.participant_id) if current else None
    return ConsoleFrame(
        wall_now=wall_now, reading=reading, current=current, speaker=speaker,
        language=spoken_language(current, speaker),
        next_speaker=people.get(following.participant_id) if following else None,
        meeting_zone=session.zone() if session else None, started_at=started,
        elapsed_seconds=elapsed, remaining_seconds=remaining, item=item,
        item_elapsed_seconds=item_elapsed, forecast=outlook, progress=progress,
        planned_start=session.planned_start() if session else None,
    )
