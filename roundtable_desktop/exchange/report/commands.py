"""The ``export`` command's work, kept out of cli.py: resolve the meeting, write the file, and
turn a target that cannot be written into bad input (exit code 2)."""

from pathlib import Path

from ...domain.errors import ExportError, InputError
from .attribution import Attribution
from .formats import ExportFormat, export_meeting


def export_from_library(library, session: str, format_name: str, output: str,
                        template: str | None = None, attribution: str = "named") -> Path:
    """``library`` is a storage Library (passed in: exchange does not import storage)."""
    meeting = library.load_meeting(library.sessions.resolve(session).id)
    try:
        return export_meeting(meeting, ExportFormat.from_name(format_name), Path(output).expanduser(),
                              Path(template).expanduser() if template else None, Attribution(attribution))
    except ExportError as error:
        raise InputError(str(error)) from None
