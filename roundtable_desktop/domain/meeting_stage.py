"""Where the meeting stands for the presenter display: before it begins (a countdown to the
planned start), under way, or over once the last speaker has finished (never a stale speaker)."""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .meeting_figures import Progress, meeting_progress
from .model import AgendaItem, Session, SpeakerSlot

COUNTDOWN_HOURS = 24  # further ahead the display shows the planned date and time, not a countdown


class Stage(StrEnum):
    BEFORE = "before"
    UNDER_WAY = "under_way"
    ENDED = "ended"


@dataclass(frozen=True)
class MeetingStage:
    stage: Stage
    seconds_to_start: int | None = None  # before: whole seconds to the planned start (0: due)
    planned_start: datetime | None = None
    ended_at: datetime | None = None     # ended: when the last speaker finished


def meeting_stage(session: Session | None, items: Sequence[AgendaItem],
                  slots: Sequence[SpeakerSlot], now: datetime) -> MeetingStage:
    """Before: nobody has spoken yet; a countdown only until the planned end (a meeting whose
    day is past shows its planned date). Ended: it was held (meeting_figures.meeting_progress).
    Else under way (between two speakers too)."""
    if session is None:
        return MeetingStage(Stage.UNDER_WAY)
    state = meeting_progress(items, slots, now)
    if state.progress is Progress.PLANNED:
        planned, planned_end = session.planned_start(), session.planned_end()
        if planned is None:
            return MeetingStage(Stage.BEFORE)
        if planned_end is not None and now > planned_end:
            return MeetingStage(Stage.BEFORE, None, planned)
        seconds = max(0, math.ceil((planned - now).total_seconds()))
        return MeetingStage(Stage.BEFORE, seconds, planned)
    if state.progress is Progress.RUNNING or state.ended_at is None:
        return MeetingStage(Stage.UNDER_WAY)
    return MeetingStage(Stage.ENDED, ended_at=state.ended_at)


def countdown_text(seconds: int) -> str:
    """``4:12``, ``1:04:12`` past an hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def counts_down(stage: MeetingStage) -> bool:
    """A countdown is shown when the start is due within COUNTDOWN_HOURS."""
    return (stage.stage is Stage.BEFORE and stage.seconds_to_start is not None
            and stage.seconds_to_start < COUNTDOWN_HOURS * 3600)
