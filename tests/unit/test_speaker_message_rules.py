"""Which message the presenter display shows, and how a typed one is tidied."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.speaker_message import (
    MESSAGE_MAX_CHARS,
    SpeakerMessage,
    UsualMessage,
    message_text,
    shown_message,
)

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def sent(text: str, slot: str | None, minute: int, cleared: bool = False) -> SpeakerMessage:
    at = START + timedelta(minutes=minute)
    return SpeakerMessage("m", text, at, UsualMessage.TYPED, slot, at if cleared else None)


def test_the_latest_message_to_the_speaker_holding_the_floor_is_shown() -> None:
    messages = [sent("One minute left", "a", 1), sent("Please conclude", "a", 2)]
    shown = shown_message(messages, "a")
    assert shown is not None and shown.text == "Please conclude"


def test_a_message_to_an_earlier_speaker_is_not_shown_to_the_next() -> None:
    assert shown_message([sent("Please conclude", "a", 1)], "b") is None
    assert shown_message([sent("Please conclude", None, 1)], "a") is None


def test_a_cleared_message_is_not_shown_and_an_older_one_does_not_come_back() -> None:
    messages = [sent("One minute left", "a", 1), sent("Please conclude", "a", 2, cleared=True)]
    assert shown_message(messages, "a") is None


def test_no_message_sent_shows_nothing() -> None:
    assert shown_message([], "a") is None


@given(st.text())
def test_a_typed_message_is_one_tidy_line_of_bounded_length(typed: str) -> None:
    text = message_text(typed)
    assert len(text) <= MESSAGE_MAX_CHARS
    assert "\n" not in text and "  " not in text and text == text.strip()


@given(st.lists(st.tuples(st.sampled_from(["a", "b", None]), st.integers(0, 50), st.booleans()),
                max_size=8), st.sampled_from(["a", "b", None]))
def test_whatever_is_shown_was_sent_to_the_current_speaker_and_not_cleared(
        parts: list[tuple[str | None, int, bool]], current: str | None) -> None:
    messages = [sent(f"m{i}", slot, minute, cleared) for i, (slot, minute, cleared) in enumerate(parts)]
    shown = shown_message(messages, current)
    if shown is not None:
        assert shown.slot_id == current and shown.cleared_at is None
        assert all(m.sent_at <= shown.sent_at for m in messages)
