"""The window's side of the journal: a checkpoint at least once a minute while something
changed, and a journal deleted while the window runs noticed within seconds and said so."""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ...storage.database import Database
from ...storage.journal import CHECKPOINT_SECONDS, JournalKeeper

log = logging.getLogger(__name__)

VANISHED_CHECK_MS = 3000


class JournalWatch(QObject):
    def __init__(self, database: Database, tell: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.keeper = JournalKeeper(database)
        self.tell = tell  # shows one message in the disk-trouble bar
        self.checkpoint_timer = QTimer(self)
        self.checkpoint_timer.setInterval(CHECKPOINT_SECONDS * 1000)
        self.checkpoint_timer.timeout.connect(self.checkpoint_now)
        self.vanished_timer = QTimer(self)
        self.vanished_timer.setInterval(VANISHED_CHECK_MS)
        self.vanished_timer.timeout.connect(self.check_journal)

    def start(self) -> None:
        self.checkpoint_timer.start()
        self.vanished_timer.start()

    def stop(self) -> None:
        self.checkpoint_timer.stop()
        self.vanished_timer.stop()

    def restart(self) -> None:
        """After the library's connection was replaced (a restore): watch the new journal."""
        self.keeper = JournalKeeper(self.keeper.database)

    def checkpoint_now(self) -> None:
        if self.check_journal():
            return
        try:
            self.keeper.checkpoint_if_changed()
        except Exception:  # a checkpoint is an optimisation; the journal keeps everything
            log.exception("Checkpoint failed")

    def _journal_name(self) -> str:
        path = self.keeper.database.path
        return (path.name if path else "library") + "-wal"

    def check_journal(self) -> bool:
        """True when the journal had vanished (and was recovered)."""
        if not self.keeper.journal_vanished():
            return False
        try:
            self.keeper.recover_vanished_journal()
        except Exception as error:  # said in the bar, never raised into Qt
            log.exception("The vanished journal could not be folded back")
            self.tell(self.tr("The library's journal ({name}) was removed while the window was "
                              "open, and its changes could not be saved into the library: {error}. "
                              "Keep the window open and make a backup copy of the library's folder.")
                      .format(name=self._journal_name(), error=error))
            return True
        self.tell(self.tr("The library's journal ({name}) was removed while the window was open. "
                          "Everything it held was saved into the library; nothing was lost.")
                  .format(name=self._journal_name()))
        return True
