"""Why a file chosen by the user cannot be read, in one line a chair understands, marked for
translation: the same words whatever reads it (a concept note, a participants list, a session
or meeting file, a Word template)."""

import errno
from pathlib import Path

from .translatable import QT_TRANSLATE_NOOP, Wording

MEGABYTE = 1024 * 1024
# Windows: another program (Word, Excel) holds the file open without sharing it
_SHARING_VIOLATIONS = (32, 33)

_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("FileProblem", "access to it is refused"),
    errno.EPERM: QT_TRANSLATE_NOOP("FileProblem", "access to it is refused"),
    errno.ENOENT: QT_TRANSLATE_NOOP("FileProblem", "it no longer exists"),
    errno.EISDIR: QT_TRANSLATE_NOOP("FileProblem", "it is a folder"),
    errno.EIO: QT_TRANSLATE_NOOP("FileProblem", "the disk reported an error"),
    errno.EBUSY: QT_TRANSLATE_NOOP("FileProblem", "another program is using it"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("FileProblem", "its name is too long"),
    errno.ELOOP: QT_TRANSLATE_NOOP("FileProblem", "its link leads nowhere"),
    errno.ENXIO: QT_TRANSLATE_NOOP("FileProblem", "its drive is not connected"),
    errno.ENODEV: QT_TRANSLATE_NOOP("FileProblem", "its drive is not connected"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("FileProblem", "a file stands where a folder should be"),
    errno.EEXIST: QT_TRANSLATE_NOOP("FileProblem", "a file stands where a folder should be"),
    errno.EROFS: QT_TRANSLATE_NOOP("FileProblem", "the disk is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("FileProblem", "the disk is full"),
}


def reason(error: OSError) -> str:
    """What went wrong, in words (the system's own words only for a rare error)."""
    if getattr(error, "winerror", None) in _SHARING_VIOLATIONS:
        return QT_TRANSLATE_NOOP("FileProblem", "another program is using it")
    if error.errno in _REASONS:
        return _REASONS[error.errno]
    return str(error.strerror or error)


def no_such_file(path: Path) -> Wording:
    return QT_TRANSLATE_NOOP("FileProblem", "There is no file {path}.").format(path=str(path))


def not_a_file(path: Path) -> Wording:
    return QT_TRANSLATE_NOOP("FileProblem", "{path} is not a file.").format(path=str(path))


def missing(path: Path) -> Wording:
    """The path names no file: nothing there, or a folder."""
    return not_a_file(path) if path.exists() else no_such_file(path)


def unreadable(path: Path, error: OSError) -> Wording:
    """Reading ``path`` failed: refused, locked by another program, or a disk error."""
    if getattr(error, "winerror", None) in _SHARING_VIOLATIONS:
        return locked(path)
    if isinstance(error, PermissionError):
        return QT_TRANSLATE_NOOP("FileProblem", "You are not allowed to read {path}.").format(path=str(path))
    return QT_TRANSLATE_NOOP("FileProblem", "{path} cannot be read ({reason}).").format(
        path=str(path), reason=reason(error))


def locked(path: Path) -> Wording:
    return QT_TRANSLATE_NOOP("FileProblem", "{name} is open in another program that keeps it locked; "
                             "close it there and try again.").format(name=path.name)


def too_big(name: str, size: int, limit: int) -> Wording:
    """``size`` and ``limit`` in bytes; shown in megabytes."""
    return QT_TRANSLATE_NOOP("FileProblem", "{name} is {size} MB; at most {limit} MB can be read. "
                             "Is it the right file?").format(
        name=name, size=f"{size / MEGABYTE:.1f}", limit=str(limit // MEGABYTE))


def empty(name: str) -> Wording:
    return QT_TRANSLATE_NOOP("FileProblem", "{name} is empty.").format(name=name)
