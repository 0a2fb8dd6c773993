"""Messages from the chair to the speaker: one key for each usual one, a typed one, one key to
clear. The message is shown large on the presenter display above the countdown, and in the
console, while the speaker it was sent to holds the floor; each one is kept in the meeting's
record with its time."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ...domain.changes import OpChanges, RecordKind
from ...domain.errors import RoundtableError, StorageWriteError
from ...domain.speaker_message import (
    MESSAGE_MAX_CHARS,
    SpeakerMessage,
    UsualMessage,
    message_text,
    shown_message,
)
from ...storage.speaker_messages import SpeakerMessageRepository
from ..wording import error_text
from .controller import ConsoleController

# the keys of the usual messages, in the order of USUAL_MESSAGES
USUAL_KEYS = {UsualMessage.CONCLUDE: "Ctrl+F9", UsualMessage.ONE_MINUTE: "Ctrl+F10",
              UsualMessage.TIME_UP: "Ctrl+F11", UsualMessage.MICROPHONE: "Ctrl+F12"}
TYPED_KEY = "F9"
CLEAR_KEY = "Shift+F9"


def usual_text(usual: UsualMessage) -> str:
    return QCoreApplication.translate("UsualMessage", usual.label)


class SpeakerMessages(QObject):
    """The messages of the meeting the console shows, and the chair's actions on them."""

    changed = Signal()  # the message shown may have changed

    def __init__(self, messages: SpeakerMessageRepository, console: ConsoleController,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = messages
        self.console = console
        self.sent: list[SpeakerMessage] = []
        self._session_id: str | None = None
        console.changed.connect(self._after_console_change)

    def shown(self) -> SpeakerMessage | None:
        current = self.console.speakers.current
        return shown_message(self.sent, current.id if current else None)

    def shown_text(self) -> str:
        message = self.shown()
        return message.text if message else ""

    def reload(self) -> None:
        sid = self.console.session_id
        self._session_id = sid
        self.sent = self.repository.for_session(sid) if sid else []
        self.changed.emit()

    def _after_console_change(self) -> None:
        if self.console.session_id != self._session_id:
            self.reload()
        else:
            self.changed.emit()  # the speaker may have changed: the message goes with them

    def on_changes(self, changes: OpChanges) -> None:
        sid = self.console.session_id
        if sid and changes.concerns(sid) and changes.touches(RecordKind.SPEAKER_MESSAGE):
            self.reload()

    # the chair's actions ---------------------------------------------------------------------

    def send_usual(self, usual: UsualMessage) -> bool:
        return self.send(usual_text(usual), usual)

    def send(self, text: str, usual: UsualMessage = UsualMessage.TYPED) -> bool:
        sid = self.console.session_id
        text = message_text(text)
        if self.console.read_only:  # a follower: the message is the chair's, shown here only
            return False
        if not sid:
            self.console.failed.emit(self.tr("Choose or create a meeting first."))
            return False
        if not text:
            return False
        current = self.console.speakers.current
        return self._store(lambda: self.repository.send(
            sid, text, usual, current.id if current else None, self.console.wall_now, self))

    def clear(self) -> bool:
        message = self.shown()
        if message is None or self.console.read_only:
            return False
        return self._store(lambda: self.repository.clear(message, self.console.wall_now, self))

    def ask_and_send(self, parent: QWidget) -> bool:
        """The typed message: asked for in a one-line box, sent on OK."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(self.tr("Message to the speaker"))
        dialog.setLabelText(self.tr("Shown large on the presenter display (at most {n} characters):")
                            .format(n=MESSAGE_MAX_CHARS))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        line = dialog.findChild(QLineEdit)
        if line is not None:
            line.setMaxLength(MESSAGE_MAX_CHARS)
        if dialog.exec() != QInputDialog.DialogCode.Accepted:
            return False
        return self.send(dialog.textValue())

    def _store(self, write: Callable[[], object]) -> bool:
        try:
            write()
        except RoundtableError as error:
            self.console.failed.emit(error_text(error))
            if isinstance(error, StorageWriteError):
                self.console.storage_trouble.emit(error)
            return False
        self.reload()
        return True
