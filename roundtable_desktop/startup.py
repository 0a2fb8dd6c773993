"""Opening the library the way both the window and the CLI do (no Qt here)."""

from pathlib import Path

from .domain.errors import InputError
from .storage.library import Library


def open_library_with_demo(path: Path) -> Library:
    """Open the library; a new, empty library gets the demo meeting, once."""
    is_new = not path.exists() or path.stat().st_size == 0
    library = Library.open(path)
    if is_new and library.sessions.count() == 0:
        from .exchange.demo import demo_meeting  # only on first start: keeps start-up light

        library.add_meeting(demo_meeting())
    return library


def open_existing_library(path: Path) -> Library:
    """Open a library the user named; a missing file is an input error, not a new library."""
    if not path.exists():
        raise InputError(f"No library at {path}.")
    return Library.open(path)


def create_library(path: Path) -> Library:
    """A new, empty library at ``path``; its folder must already exist (a typing slip in a path
    should not quietly make folders)."""
    if not path.parent.is_dir():
        raise InputError(f"No folder {path.parent} for the new library {path.name}: create the folder first.")
    return Library.open(path)
