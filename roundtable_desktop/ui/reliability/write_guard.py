"""Disk trouble while the meeting runs: a write the disk refused is kept in memory and in an
emergency text file beside the library, and retried every 2 s until it succeeds.

Two ways in: :meth:`WriteGuard.attempt` runs an operation (the window's ActionRunner sends every
action's here) and keeps it for a retry when the library refuses it; :meth:`WriteGuard.report`
hears of each refusal once (the library reports every refused write), copies what the watched
editors hold into the emergency file and retries: the kept operations in the order they were
made, the editors' drafts, then a probe of the library.
"""

import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...domain.errors import RoundtableError, StorageWriteError
from ...domain.protected_files import clash
from ..wording import error_text

log = logging.getLogger(__name__)

RETRY_MS = 2000


def emergency_file_for(library: Path) -> Path:
    return Path(library).with_name(f"{Path(library).stem}.emergency.txt")


@dataclass
class PendingWrite:
    description: str
    operation: Callable[[], object]
    text: str
    key: str | None = None  # the same edit saved again replaces it
    gave_up: Callable[[RoundtableError], None] | None = None  # told when it can never be stored


@dataclass
class WatchedEditor:
    description: str
    text: Callable[[], str]  # what it holds now
    store: Callable[[], None]  # store it again (its draft); failures are reported to the guard
    last_copied: str = ""


class WriteGuard(QObject):
    trouble = Signal(str)  # what went wrong, in plain words
    all_saved = Signal()  # the library takes writes again and every kept write is saved

    def __init__(self, library: Path, probe: Callable[[], None] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.emergency_file = emergency_file_for(library)
        self.probe = probe
        self.pending: list[PendingWrite] = []
        self.editors: list[WatchedEditor] = []
        self.failures = 0
        self.last_error: StorageWriteError | None = None
        self.written_to: Path | None = None  # where the emergency text went
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry_now)

    @property
    def in_trouble(self) -> bool:
        return self.timer.isActive()

    def watch(self, description: str, text: Callable[[], str], store: Callable[[], None]) -> None:
        self.editors.append(WatchedEditor(description, text, store))

    def attempt(self, description: str, operation: Callable[[], object], text: str = "",
                key: str | None = None,
                gave_up: Callable[[RoundtableError], None] | None = None) -> bool:
        """Run ``operation`` (a committed write); False when it is kept for a retry instead.
        Errors other than a refused write (a stale edit) reach the caller."""
        write = PendingWrite(description, operation, text, key, gave_up)
        if key is not None:
            self.forget(key)
        if self.pending:  # keep the order of the user's changes
            self._keep(write, None)
            return False
        try:
            operation()
        except StorageWriteError as error:
            self._keep(write, error)
            return False
        return True

    def keep(self, description: str, operation: Callable[[], object]) -> None:
        """Keep an operation the disk just refused (the caller heard it) to run on the next
        retry, after the ones kept before it."""
        self._keep(PendingWrite(description, operation, ""), None)

    def forget(self, key: str) -> None:
        """Drop the kept operation ``key`` (its dialog was cancelled, or it is saved again)."""
        self.pending = [write for write in self.pending if write.key != key]

    def report(self, error: StorageWriteError) -> None:
        """A write was refused somewhere: say so, copy what is typed aside, retry until it works.
        Each refusal counts once, however many parts of the window hear of it."""
        if error is self.last_error:
            return
        said = self.in_trouble and self.last_error is not None and str(self.last_error) == str(error)
        self.failures += 1
        self.last_error = error
        self._copy_editors()
        if not said:  # the bar already says exactly this: one action, one message
            self.trouble.emit(error_text(error))
        self.timer.start()

    def retry_now(self) -> bool:
        failures = self.failures
        while self.pending:
            write = self.pending[0]
            try:
                write.operation()
            except StorageWriteError as error:
                self.report(error)
                return False
            except RoundtableError as error:  # can never be stored as it is: say so, go on
                self.pending.pop(0)
                self._append_emergency(f"Not saved: {write.description} ({error})\n")
                if write.gave_up is not None:
                    write.gave_up(error)
                continue
            self.pending.pop(0)
            self._append_emergency(f"Saved to the library: {write.description}\n")
        for editor in self.editors:
            editor.store()
        if self.failures != failures:
            return False
        if self.probe is not None:
            try:
                self.probe()
            except StorageWriteError as error:
                self.report(error)
                return False
        self.timer.stop()
        self.last_error = None
        self.all_saved.emit()
        return True

    def _keep(self, write: PendingWrite, error: StorageWriteError | None) -> None:
        self.pending.append(write)
        if write.text:
            self._append_emergency(f"{write.description} (not yet saved in the library):\n"
                                   f"{write.text}\n")
        log.warning("Write kept for a retry (%s): %s", write.description, error or self.last_error)
        if error is not None:
            self.report(error)
        self.timer.start()

    def _copy_editors(self) -> None:
        for editor in self.editors:
            text = editor.text()
            if text.strip() and text != editor.last_copied:
                self._append_emergency(f"{editor.description} (being typed):\n{text}\n")
                editor.last_copied = text

    def _append_emergency(self, entry: str) -> None:
        stamp = datetime.now().astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
        text = f"--- {stamp} ---\n{entry}\n"
        fallback = Path(tempfile.gettempdir()) / self.emergency_file.name
        for target in (self.emergency_file, Path.home() / self.emergency_file.name, fallback):
            if clash(target) is not None:  # never appended to the library's own files
                continue
            try:
                with open(target, "a", encoding="utf-8") as handle:
                    handle.write(text)
                    handle.flush()
                self.written_to = target
                return
            except OSError:
                continue
        log.error("The emergency text could not be written anywhere; it is kept in memory")
