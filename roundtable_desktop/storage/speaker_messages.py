"""The messages the chair sent to the speakers, kept in the meeting's record with their times."""

from datetime import datetime

from ..domain.speaker_message import SpeakerMessage, UsualMessage, shown_message
from .change_path import Edit
from .repository import Repository


class SpeakerMessageRepository(Repository[SpeakerMessage]):
    table = "speaker_message"
    record_type = SpeakerMessage
    order_by = "sent_at, created_at"
    what = "message to the speaker"

    def send(self, session_id: str, text: str, usual: UsualMessage, slot_id: str | None,
             sent_at: datetime, initiator: object | None = None) -> SpeakerMessage:
        """Store a message sent now; the one shown before it (if any) is cleared at the same
        moment, in the same operation."""
        message = SpeakerMessage(session_id, text, sent_at, usual, slot_id)
        shown = shown_message(self.for_session(session_id), slot_id)

        def write(edit: Edit) -> SpeakerMessage:
            if shown is not None:
                edit.set_fields(SpeakerMessage, shown.id, cleared_at=sent_at)
            return edit.add(message)

        sent: SpeakerMessage = self.path.run("message to the speaker", session_id, write,
                                             initiator=initiator).value
        return sent

    def clear(self, message: SpeakerMessage, cleared_at: datetime,
              initiator: object | None = None) -> None:
        self.path.run("message cleared", message.session_id,
                      lambda edit: edit.set_fields(SpeakerMessage, message.id, cleared_at=cleared_at),
                      initiator=initiator)
