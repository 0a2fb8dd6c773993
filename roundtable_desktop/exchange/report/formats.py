"""The export formats, one function for the menu and the command line."""

from enum import StrEnum
from pathlib import Path

from ...domain.errors import InputError
from ...domain.model import Meeting
from ..session_json import write_session_json
from ..speaker_log import write_speaker_log
from . import write_docx, write_markdown
from .attribution import Attribution
from .options import ReportOptions
from .progress import NO_PROGRESS, Progress


class ExportFormat(StrEnum):
    DOCX = "docx"
    MARKDOWN = "md"
    CSV = "csv"
    JSON = "json"

    @property
    def suffix(self) -> str:
        return f".{self.value}"

    @classmethod
    def from_name(cls, name: str) -> "ExportFormat":
        try:
            return cls(name.lower().lstrip("."))
        except ValueError:
            allowed = ", ".join(f.value for f in cls)
            raise InputError(f"Unknown export format “{name}”; choose one of {allowed}.") from None


def export_meeting(meeting: Meeting, export_format: ExportFormat, path: Path | str,
                   template: Path | str | None = None,
                   attribution: Attribution = Attribution.NAMED, options: ReportOptions | None = None,
                   progress: Progress = NO_PROGRESS) -> Path:
    """Write ``meeting`` in ``export_format`` to ``path`` (atomically). A template applies to
    Word only; the report's options (attribution, preset, sections) to the Word and Markdown
    reports."""
    if template is not None and export_format is not ExportFormat.DOCX:
        raise InputError("A Word template applies only to the Word (.docx) export.")
    options = options or ReportOptions(attribution=attribution)
    if export_format is ExportFormat.DOCX:
        return write_docx(meeting, path, template, options=options, progress=progress)
    if export_format is ExportFormat.MARKDOWN:
        return write_markdown(meeting, path, options=options)
    if export_format is ExportFormat.CSV:
        return write_speaker_log(meeting, path)
    return write_session_json(meeting, path)
