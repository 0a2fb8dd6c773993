"""Errors with a message a chair understands. Every layer raises one of these."""


class RoundtableError(Exception):
    """Base of every error the user may see; ``str(error)`` is the message to show."""


class InputError(RoundtableError):
    """Bad input from the user or a file (CLI exit code 2)."""


class LibraryError(RoundtableError):
    """The library file cannot be used (newer version, damaged, locked)."""


class NotFoundError(InputError):
    """A meeting, speaker or note the user named does not exist."""


class ExportError(RoundtableError):
    """An export could not be written."""
