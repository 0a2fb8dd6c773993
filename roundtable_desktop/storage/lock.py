"""One writer per library: a lock file beside the library, held with an operating-system lock.

The lock (``flock`` on Linux and macOS, ``msvcrt.locking`` on Windows) belongs to the open file,
so the kernel releases it the moment the process ends, however it ends: a lock left by a crashed
or killed copy is simply free, and the next start takes it over at once. The file also says who
holds it (process id, computer, start time) so that a refusal can name the other copy.
"""

import json
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from ..domain import file_problems
from ..domain.errors import LibraryError
from ..domain.ids import utc_now_iso
from ..domain.translatable import QT_TRANSLATE_NOOP, Wording

if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    _LOCK_OFFSET = 1 << 30  # lock a byte far past the text, so the holder's details stay readable

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LibraryFolderReadOnlyError(LibraryError):
    """The library's folder cannot be written to: the library can only be read."""


class LibraryInUseError(LibraryError):
    """Another running copy of Roundtable Desktop writes to this library."""

    def __init__(self, message: str, holder: "LockHolder | None") -> None:
        super().__init__(message)
        self.holder = holder


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    started_at: str

    def describe(self) -> Wording:
        return QT_TRANSLATE_NOOP("Storage", "process {pid} on {host}, since {since} UTC").format(
            pid=self.pid, host=self.host, since=self.started_at[:19].replace("T", " "))


def lock_path(library: Path) -> Path:
    """Beside the library's real file, so that two paths to one library share one lock."""
    real = Path(os.path.realpath(library))
    return real.with_name(real.name + ".lock")


class LibraryLock:
    """Held while this process may write to the library. Use :meth:`acquire`, then
    :meth:`release` (or ``with``)."""

    def __init__(self, library: Path) -> None:
        self.library = Path(library)
        self.path = lock_path(self.library)
        self._fd: int | None = None
        self.previous: LockHolder | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> "LibraryLock":
        """Take the lock or raise :class:`LibraryInUseError` naming the copy that holds it.

        ``previous`` is then the holder a crashed copy left in the file (None after a clean exit).
        """
        if self.held:
            return self
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise LibraryFolderReadOnlyError(QT_TRANSLATE_NOOP(
                "Storage", "The folder of the library {path} cannot be written to ({error}).").format(
                path=str(self.library), error=file_problems.reason(error))) from error
        if not _try_lock(fd):
            os.close(fd)
            holder = read_holder(self.path)
            who = holder.describe() if holder else QT_TRANSLATE_NOOP("Storage", "another program")
            raise LibraryInUseError(QT_TRANSLATE_NOOP(
                "Storage", "The library {library} is in use by another copy of Roundtable Desktop ({who}).")
                .format(library=str(self.library), who=who), holder)
        self.previous = _parse(_read_all(fd))
        me = LockHolder(os.getpid(), socket.gethostname(), utc_now_iso())
        _write_all(fd, json.dumps(me.__dict__).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        """Release the lock and empty the file (an empty file means: closed cleanly)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _write_all(fd, b"")
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> "LibraryLock":
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def read_holder(path: Path) -> LockHolder | None:
    """Who the lock file says holds (or last held) the lock; None when empty or unreadable."""
    try:
        return _parse(path.read_bytes())
    except OSError:
        return None


def is_locked(library: Path) -> bool:
    """True while some process holds the library's lock (tries it without keeping it)."""
    path = lock_path(library)
    if not path.exists():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def _parse(data: bytes) -> LockHolder | None:
    try:
        values = json.loads(data.decode("utf-8"))
        return LockHolder(int(values["pid"]), str(values["host"]), str(values["started_at"]))
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
    return b"".join(chunks)[:4096]


def _write_all(fd: int, data: bytes) -> None:
    os.lseek(fd, 0, os.SEEK_SET)
    os.ftruncate(fd, 0)
    os.write(fd, data)
    os.fsync(fd)
