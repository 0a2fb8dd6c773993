"""Before the meeting, under way, and over: what the presenter display is told."""

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import SlotState
from roundtable_desktop.domain.meeting_stage import (
    Stage,
    countdown_text,
    counts_down,
    meeting_stage,
)
from roundtable_desktop.domain.model import Session, SpeakerSlot

START = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
SESSION = Session("Financing the SDGs", date=date(2026, 3, 2), start_time=time(10, 0),
                  end_time=time(11, 0), timezone="UTC")


def slot(state: SlotState, minutes_in: int | None = None) -> SpeakerSlot:
    at = START + timedelta(minutes=minutes_in) if minutes_in is not None else None
    return SpeakerSlot("m", "p", state=state, actual_start=at,
                       actual_end=at + timedelta(minutes=5) if at and state is SlotState.DONE else None)


def test_before_the_start_it_counts_down_to_the_planned_start() -> None:
    stage = meeting_stage(SESSION, [], [slot(SlotState.QUEUED)], START - timedelta(minutes=4, seconds=12))
    assert stage.stage is Stage.BEFORE and stage.seconds_to_start == 252 and counts_down(stage)
    assert countdown_text(252) == "4:12"


def test_past_the_planned_start_and_nobody_has_spoken_it_is_due() -> None:
    stage = meeting_stage(SESSION, [], [slot(SlotState.QUEUED)], START + timedelta(minutes=3))
    assert stage.stage is Stage.BEFORE and stage.seconds_to_start == 0


def test_days_ahead_no_countdown_but_the_planned_start() -> None:
    stage = meeting_stage(SESSION, [], [], START - timedelta(days=3))
    assert stage.stage is Stage.BEFORE and not counts_down(stage) and stage.planned_start == START


def test_without_a_planned_start_it_is_before_without_a_countdown() -> None:
    stage = meeting_stage(replace(SESSION, date=None), [], [], START)
    assert stage.stage is Stage.BEFORE and stage.seconds_to_start is None


def test_once_someone_spoke_and_others_wait_it_is_under_way() -> None:
    stage = meeting_stage(SESSION, [], [slot(SlotState.DONE, 0), slot(SlotState.QUEUED)], START)
    assert stage.stage is Stage.UNDER_WAY


def test_after_the_last_speaker_it_has_ended_at_their_end() -> None:
    slots = [slot(SlotState.DONE, 0), slot(SlotState.DONE, 10), slot(SlotState.WITHDRAWN)]
    stage = meeting_stage(SESSION, [], slots, START + timedelta(hours=1))
    assert stage.stage is Stage.ENDED and stage.ended_at == START + timedelta(minutes=15)


def test_a_paused_last_speaker_has_not_ended_the_meeting() -> None:
    assert meeting_stage(SESSION, [], [slot(SlotState.DONE, 0), slot(SlotState.PAUSED, 6)],
                         START).stage is Stage.UNDER_WAY


@given(st.integers(0, 10 * 86400))
def test_the_countdown_reads_back_as_the_seconds_left(seconds: int) -> None:
    parts = [int(part) for part in countdown_text(seconds).split(":")]
    total = parts[-1] + 60 * parts[-2] + (3600 * parts[0] if len(parts) == 3 else 0)
    assert total == seconds and all(0 <= part < 60 for part in parts[1:])
