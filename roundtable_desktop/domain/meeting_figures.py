"""The meeting clock's figures as a chair reads them, shared by the console, the presenter display
and the browser view: planned until the chair starts the meeting, running from that start, held
once it is over. Every figure is bounded by the meeting's own times (planned and recorded), never
by the distance to today: last year's meeting opened today shows what was planned or held."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .enums import SlotState
from .forecast import Forecast, forecast, meeting_window
from .meeting_time import meeting_started_at
from .model import AgendaItem, Session, SpeakerSlot

LEFT_RUNNING = timedelta(hours=12)  # nothing recorded for this long: the meeting was held, not running
_GOING_ON = (SlotState.SPEAKING, SlotState.PAUSED, SlotState.QUEUED)


class Progress(StrEnum):
    PLANNED = "planned"  # never started: ahead, due, or its day past
    RUNNING = "running"
    HELD = "held"        # it began and is over (or nothing was recorded for LEFT_RUNNING)


@dataclass(frozen=True)
class MeetingProgress:
    progress: Progress
    started_at: datetime | None = None
    ended_at: datetime | None = None  # held: when the last speaker finished (or the last record)


@dataclass(frozen=True)
class MeetingFigures:
    progress: Progress
    started_at: datetime | None
    ended_at: datetime | None
    elapsed_seconds: int | None    # running: since the start; held: how long it was held
    remaining_seconds: int | None  # running: to the end of its window (negative: past it)
    forecast: Forecast


def last_recorded(items: Iterable[AgendaItem], slots: Iterable[SpeakerSlot]) -> datetime | None:
    """The latest actual start or end of an agenda item or a speaker."""
    records: list[AgendaItem | SpeakerSlot] = [*items, *slots]
    moments = [m for r in records for m in (r.actual_start, r.actual_end) if m is not None]
    return max(moments) if moments else None


def meeting_progress(items: Sequence[AgendaItem], slots: Sequence[SpeakerSlot],
                     now: datetime) -> MeetingProgress:
    """Planned: nobody has started. Held: it began, and nobody speaks, is paused or waits, or
    nothing has been recorded for LEFT_RUNNING (a meeting of another day left with its queue).
    Else running (between two speakers too)."""
    started = meeting_started_at(items, slots)
    last = last_recorded(items, slots)
    if started is None or last is None:
        return MeetingProgress(Progress.PLANNED)
    finished = [s.actual_end for s in slots if s.state is SlotState.DONE and s.actual_end is not None]
    going_on = any(s.state in _GOING_ON for s in slots) or not finished
    if going_on and abs(now - last) <= LEFT_RUNNING:
        return MeetingProgress(Progress.RUNNING, started)
    ended = max(finished) if finished and not going_on else last
    return MeetingProgress(Progress.HELD, started, max(started, ended))


def meeting_figures(session: Session, items: Sequence[AgendaItem], slots: Sequence[SpeakerSlot],
                    spoken: Callable[[SpeakerSlot], float], now: datetime) -> MeetingFigures:
    """Planned: the planned times and the plan's forecast, no elapsed time and nothing late.
    Running: elapsed and remaining from the chair's start, the forecast from now. Held: how long
    it was held and when it ended, against its own window."""
    state = meeting_progress(items, slots, now)
    if state.progress is Progress.PLANNED:
        outlook = forecast(session, items, slots, spoken, None, now)
        return MeetingFigures(Progress.PLANNED, None, None, None, None, outlook)
    started = state.started_at
    assert started is not None
    if state.progress is Progress.HELD and state.ended_at is not None:
        ended = state.ended_at
        window = meeting_window(session, started, ended)
        outlook = forecast(session, items, slots, spoken, started, ended)
        held = Forecast(end=ended, planned_end=window.end, floor_requests_fit=0,
                        floor_seconds=outlook.floor_seconds, floor_closed=outlook.floor_closed,
                        held=True)
        return MeetingFigures(Progress.HELD, started, ended, int((ended - started).total_seconds()),
                              None, held)
    window = meeting_window(session, started, now)
    remaining = int((window.end - now).total_seconds()) if window.end is not None else None
    return MeetingFigures(Progress.RUNNING, started, None,
                          max(0, int((now - started).total_seconds())), remaining,
                          forecast(session, items, slots, spoken, started, now))
