"""Errors with a message a chair understands. Every layer raises one of these."""


class RoundtableError(Exception):
    """Base of every error the user may see; ``str(error)`` is the message to show."""


class InputError(RoundtableError):
    """Bad input from the user or a file (CLI exit code 2)."""


class LibraryError(RoundtableError):
    """The library file cannot be used (newer version, damaged, locked)."""


class NotFoundError(InputError):
    """A meeting, speaker or note the user named does not exist."""


class StaleWriteError(InputError):
    """A change made from an older reading of a record whose same fields were changed since
    (elsewhere in the window, or on another laptop): refused, so that newer data is not
    overwritten. The message says what to do; the newer data is shown."""


class ExportError(RoundtableError):
    """An export could not be written."""


class StorageWriteError(LibraryError):
    """A change could not be written (disk full, read-only folder, library locked, I/O error).

    ``reason`` is one of ``disk_full``, ``read_only``, ``locked``, ``io`` or ``other``; what was
    being written is still in memory and may be retried.
    """

    def __init__(self, message: str, reason: str = "other") -> None:
        super().__init__(message)
        self.reason = reason
