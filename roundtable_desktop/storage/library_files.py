"""The files that make up a library on disk, which nothing else may ever be written over."""

from pathlib import Path

from .lock import lock_path

JOURNAL_SUFFIXES = ("-wal", "-shm", "-journal")
BACKUP_FOLDER = "backups"


def library_files(library: Path) -> list[Path]:
    """The library, its journal and index, its lock, its backups and the copies kept beside it
    (moved aside before a restore, after damage, before a schema upgrade)."""
    library = Path(library)
    files = [library, *(library.with_name(library.name + s) for s in JOURNAL_SUFFIXES),
             lock_path(library)]
    stem, suffix = library.stem, library.suffix or ".sqlite"
    files.extend(_existing(library.parent, f"{stem}.*{suffix}*"))
    files.extend(_existing(library.parent / BACKUP_FOLDER, f"{stem}-*{suffix}*"))
    return files


def _existing(folder: Path, pattern: str) -> list[Path]:
    try:
        return sorted(folder.glob(pattern)) if folder.is_dir() else []
    except OSError:
        return []
