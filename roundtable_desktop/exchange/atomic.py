"""Write a file safely: into a temporary file beside the target, then renamed into place.

A failed export leaves no half-written file and the previous file, if any, untouched. Every
problem with the target becomes an ExportError whose message says what to do.
"""

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain import file_problems
from ..domain.errors import ExportError
from ..domain.protected_files import clash
from ..domain.translatable import QT_TRANSLATE_NOOP

_FORBIDDEN = set('<>:"/\\|?*')
MAX_NAME_BYTES = 255  # what Linux, macOS and Windows file systems allow for one name
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)),
             *(f"LPT{n}" for n in range(1, 10))}


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Call ``write(temporary_path)``, then move the finished file onto ``target``."""
    target = Path(target)
    check_target(target)
    with _temporary_beside(target) as temporary:
        try:
            write(temporary)
            _flush_to_disk(temporary)
            refuse_library_files(target)  # again: the name may have changed meanwhile
            os.replace(temporary, target)
        except OSError as error:
            raise ExportError(explain(error, target)) from None
    return target


def write_text_atomically(target: Path | str, text: str, encoding: str = "utf-8") -> Path:
    def write(path: Path) -> None:
        with open(path, "w", encoding=encoding, newline="") as stream:
            stream.write(text)

    return write_atomically(target, write)


def check_target(target: Path) -> None:
    """Refuse early what cannot work: a bad or too long name, a missing folder, a folder, a
    device or a pipe, a read-only file, a file open in Word or LibreOffice, the library."""
    name = target.name
    if not name or name in (".", ".."):
        raise ExportError(QT_TRANSLATE_NOOP("Export", "Give the file a name."))
    if len(os.fsencode(name)) > MAX_NAME_BYTES:
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "“{name}…” is too long for a file name ({count} characters). Choose a shorter name.")
            .format(name=name[:40], count=len(name)))
    bad = sorted({c for c in name if c in _FORBIDDEN or ord(c) < 32})
    if bad:
        shown = " ".join(repr(c)[1:-1] for c in bad)
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "“{name}” is not a valid file name: it contains {shown}. Choose another name.").format(
            name=name, shown=shown))
    if name.rstrip(". ") != name or name.split(".")[0].upper() in _RESERVED:
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "“{name}” is not a valid file name on every computer. Choose another name.").format(
            name=name))
    try:
        _check_place(target)
    except OSError as error:  # a path too long for the system, a folder that cannot be read
        raise ExportError(explain(error, target)) from None


def _check_place(target: Path) -> None:
    name, folder = target.name, target.parent
    if not folder.exists():
        raise ExportError(_NO_FOLDER.format(folder=str(folder)))
    if not folder.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "{folder} is not a folder. Choose another place for the file.").format(
            folder=str(folder)))
    if target.is_dir():
        raise ExportError(_A_FOLDER.format(path=str(target)))
    if target.exists() and not target.is_file():
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "{path} is not an ordinary file (a device or a pipe). Choose a file name.").format(
            path=str(target)))
    refuse_library_files(target)
    if is_open_elsewhere(target):
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "{name} is open in Word or another program. Close it there, or choose another name.")
            .format(name=name))
    if target.exists() and (not os.access(target, os.W_OK) or not target.stat().st_mode & stat.S_IWUSR):
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "{name} is read-only. Choose another name, or make it writable.").format(name=name))


def refuse_library_files(target: Path) -> None:
    """Never over the open library, its journal, its lock or one of its backups."""
    same = clash(target)
    if same is not None:
        raise ExportError(QT_TRANSLATE_NOOP(
            "Export", "{name} is the library's own file ({own}): writing there would destroy it. Choose "
            "another name.").format(name=target.name, own=same.name))


def is_open_elsewhere(target: Path) -> bool:
    """Word leaves ``~$`` + the name (its first two letters dropped when long) beside an open
    file, LibreOffice ``.~lock.<name>#``."""
    name = target.name
    candidates = {f"~${name}", f"~${name[2:]}", f"~${name[1:]}", f".~lock.{name}#"}
    return any((target.parent / candidate).exists() for candidate in candidates)


_NO_FOLDER = QT_TRANSLATE_NOOP("Export", "The folder {folder} does not exist. Choose another folder.")
_A_FOLDER = QT_TRANSLATE_NOOP("Export", "{path} is a folder. Choose a file name.")


def explain(error: OSError, target: Path) -> str:
    """One sentence a chair understands for an operating-system error while writing ``target``."""
    name = target.name
    if isinstance(error, FileNotFoundError):
        return _NO_FOLDER.format(folder=str(target.parent))
    if isinstance(error, IsADirectoryError):
        return _A_FOLDER.format(path=str(target))
    folder = str(target.parent)
    if isinstance(error, PermissionError):
        if sys.platform == "win32" and target.exists():
            return QT_TRANSLATE_NOOP("Export", "{name} is open in Word or another program, or read-only. "
                                     "Close it, or choose another name.").format(name=name)
        return QT_TRANSLATE_NOOP("Export", "You are not allowed to write in {folder}. Choose another "
                                 "folder.").format(folder=folder)
    if error.errno == errno.ENOSPC:
        return QT_TRANSLATE_NOOP("Export", "The disk holding {folder} is full. Free some space or choose "
                                 "another place.").format(folder=folder)
    if error.errno in (errno.EINVAL, errno.ENAMETOOLONG) or getattr(error, "winerror", None) == 123:
        return QT_TRANSLATE_NOOP("Export", "“{name}” is not a valid file name here. Choose another "
                                 "name.").format(name=name)
    if error.errno == errno.EROFS:
        return QT_TRANSLATE_NOOP("Export", "{folder} is on a read-only disk. Choose another place.").format(
            folder=folder)
    return QT_TRANSLATE_NOOP("Export", "{name} could not be written ({reason}). Choose another name or "
                             "place.").format(name=name, reason=file_problems.reason(error))


@contextlib.contextmanager
def _temporary_beside(target: Path) -> Iterator[Path]:
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise ExportError(explain(error, target)) from None
    os.close(handle)
    temporary = Path(name)
    with contextlib.suppress(OSError):
        os.chmod(temporary, _file_mode(target))
    try:
        yield temporary
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _file_mode(target: Path) -> int:
    """The existing file's permissions, else the usual ones for a new file (mkstemp's are 0600)."""
    if target.exists():
        return target.stat().st_mode & 0o777
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as stream:
        os.fsync(stream.fileno())
