"""Disk trouble while the meeting runs: a write the disk refused is kept in memory and in an
emergency text file beside the library, and retried until it succeeds."""

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.errors import StorageWriteError

log = logging.getLogger(__name__)

RETRY_MS = 2000


def emergency_file_for(library: Path) -> Path:
    return Path(library).with_name(f"{Path(library).stem}.emergency.txt")


@dataclass
class PendingWrite:
    description: str
    operation: Callable[[], object]
    text: str


class WriteGuard(QObject):
    """Run writes; when the disk refuses one, keep it and retry every 2 s, in order."""

    trouble = Signal(str)  # what went wrong, in plain words
    all_saved = Signal()  # every kept write has now been saved

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.emergency_file = emergency_file_for(library)
        self.pending: list[PendingWrite] = []
        self.last_error: StorageWriteError | None = None
        self.written_to: Path | None = None  # where the emergency text went
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry_now)

    def attempt(self, description: str, operation: Callable[[], object], text: str = "") -> bool:
        """Run ``operation`` (a committed write); False when it is kept for a retry instead."""
        if self.pending:  # keep the order of the user's changes
            self._keep(PendingWrite(description, operation, text), self.last_error)
            return False
        try:
            operation()
        except StorageWriteError as error:
            self._keep(PendingWrite(description, operation, text), error)
            return False
        return True

    def report(self, error: StorageWriteError) -> None:
        """A write that failed elsewhere (it cannot be retried from here): say so."""
        self.last_error = error
        self.trouble.emit(str(error))

    def retry_now(self) -> bool:
        while self.pending:
            write = self.pending[0]
            try:
                write.operation()
            except StorageWriteError as error:
                self.last_error = error
                self.trouble.emit(str(error))
                return False
            self.pending.pop(0)
            self._append_emergency(f"Saved to the library: {write.description}\n")
        self.timer.stop()
        self.last_error = None
        self.all_saved.emit()
        return True

    def _keep(self, write: PendingWrite, error: StorageWriteError | None) -> None:
        self.pending.append(write)
        self.last_error = error
        if write.text:
            self._append_emergency(f"{write.description} (not yet saved in the library):\n"
                                   f"{write.text}\n")
        log.warning("Write kept for a retry (%s): %s", write.description, error)
        self.trouble.emit(str(error) if error else "")
        self.timer.start()

    def _append_emergency(self, entry: str) -> None:
        stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        text = f"--- {stamp} ---\n{entry}\n"
        fallback = Path(tempfile.gettempdir()) / self.emergency_file.name
        for target in (self.emergency_file, Path.home() / self.emergency_file.name, fallback):
            try:
                with open(target, "a", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                self.written_to = target
                return
            except OSError:
                continue
        log.error("The emergency text could not be written anywhere; it is kept in memory")
