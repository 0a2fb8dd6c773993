"""A message from the chair to the speaker, shown large on the presenter display ("Please
conclude"). Each one sent is kept in the meeting's record with its time; it is shown while the
speaker it was sent to holds the floor and the chair has not cleared it."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .ids import new_id
from .translatable import QT_TRANSLATE_NOOP

MESSAGE_MAX_CHARS = 120  # a message is read from across the room: a line or two, not a note


class UsualMessage(StrEnum):
    """The messages a chair sends most; stored by value: never rename one."""

    CONCLUDE = "conclude"
    ONE_MINUTE = "one_minute"
    TIME_UP = "time_up"
    MICROPHONE = "microphone"
    TYPED = "typed"  # typed by the chair

    @property
    def label(self) -> str:
        return _USUAL_TEXTS[self]


_USUAL_TEXTS = {
    UsualMessage.CONCLUDE: QT_TRANSLATE_NOOP("UsualMessage", "Please conclude"),
    UsualMessage.ONE_MINUTE: QT_TRANSLATE_NOOP("UsualMessage", "One minute left"),
    UsualMessage.TIME_UP: QT_TRANSLATE_NOOP("UsualMessage", "Time is up"),
    UsualMessage.MICROPHONE: QT_TRANSLATE_NOOP("UsualMessage",
                                               "Please speak closer to the microphone"),
    UsualMessage.TYPED: QT_TRANSLATE_NOOP("UsualMessage", "Message"),
}
USUAL_MESSAGES: tuple[UsualMessage, ...] = (
    UsualMessage.CONCLUDE, UsualMessage.ONE_MINUTE, UsualMessage.TIME_UP, UsualMessage.MICROPHONE)


@dataclass(slots=True)
class SpeakerMessage:
    """One message sent: to the speaker of ``slot_id`` (None: nobody had the floor)."""

    session_id: str
    text: str
    sent_at: datetime
    usual: UsualMessage = UsualMessage.TYPED
    slot_id: str | None = None
    cleared_at: datetime | None = None
    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""


def message_text(typed: str) -> str:
    """A typed message as it is sent: one line, spaces tidied, at most MESSAGE_MAX_CHARS."""
    return " ".join(typed.split())[:MESSAGE_MAX_CHARS]


def shown_message(messages: Iterable[SpeakerMessage], current_slot_id: str | None
                  ) -> SpeakerMessage | None:
    """The message the presenter display shows: the latest one sent to the speaker who holds
    the floor now, unless it was cleared. A message to an earlier speaker is never shown."""
    latest: SpeakerMessage | None = None
    for message in messages:
        if latest is None or message.sent_at >= latest.sent_at:
            latest = message
    if latest is None or latest.cleared_at is not None or latest.slot_id != current_slot_id:
        return None
    return latest
