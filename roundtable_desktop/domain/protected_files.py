"""Files no export, backup or emergency copy may ever be written over: the open library, its
journal, its index, its lock and its backups.

The storage layer registers, for each library it opens, a function that lists those files;
every writer asks :func:`clash` before it puts a file in place. A file is the same as a
protected one by identity (device and inode, so another spelling of the path, a symbolic or a
hard link are caught), and, for a file that does not exist yet, by its resolved name.
"""

import os
from collections.abc import Callable, Iterable
from pathlib import Path

ProtectedLister = Callable[[], Iterable[Path]]

_listers: list[ProtectedLister] = []


def protect(lister: ProtectedLister) -> None:
    """Keep the files ``lister`` names from being written over, until :func:`release`."""
    _listers.append(lister)


def release(lister: ProtectedLister) -> None:
    if lister in _listers:
        _listers.remove(lister)


def protected_now() -> list[Path]:
    found: list[Path] = []
    for lister in list(_listers):
        found.extend(lister())
    return found


def clash(target: Path | str, extra: Iterable[Path] = ()) -> Path | None:
    """The protected file ``target`` is (or would replace), else None."""
    target = Path(target)
    target_identity = _identity(target)
    target_name = _resolved(target)
    for protected in (*protected_now(), *extra):
        identity = _identity(protected)
        if target_identity is not None and identity == target_identity:
            return protected
        if target_name is not None and target_name == _resolved(protected):
            return protected
    return None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return status.st_dev, status.st_ino


def _resolved(path: Path) -> str | None:
    try:
        return os.path.normcase(os.path.realpath(path))
    except (OSError, ValueError):
        return None
