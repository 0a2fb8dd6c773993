"""The ``export`` command's work, kept out of cli.py: resolve the meeting, write the file, and
turn a target that cannot be written into bad input (exit code 2)."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...domain.enums import DocumentType
from ...domain.errors import ExportError, InputError
from .attribution import Attribution
from .formats import ExportFormat, export_meeting
from .options import Preset, ReportOptions, check_sections, parse_sections, parse_style_names


@dataclass(frozen=True, slots=True)
class SummaryChoices:
    """The summary's options as given on the command line (text, checked here)."""

    preset: str = "circulation"
    sections: str | None = None
    style_map: str | None = None
    document_type: str | None = None
    language: str | None = None  # ar, zh, en, fr, ru, es: for this export only

    def options(self, attribution: Attribution) -> ReportOptions:
        sections = parse_sections(self.sections) if self.sections is not None else None
        if sections is not None:
            check_sections(sections, attribution)
        return ReportOptions(attribution=attribution, preset=Preset(self.preset), sections=sections,
                             style_names=parse_style_names(self.style_map or ""),
                             language=self.language or "")


def export_from_library(library: Any, session: str, format_name: str, output: str,
                        template: str | None = None, attribution: str = "named",
                        choices: SummaryChoices | None = None) -> Path:
    """``library`` is a storage Library (passed in: exchange does not import storage)."""
    choices = choices or SummaryChoices()
    options = choices.options(Attribution(attribution))
    meeting = library.load_meeting(library.sessions.resolve(session).id)
    if choices.document_type:
        meeting.session.document_type = DocumentType(choices.document_type)
    try:
        path: Path = export_meeting(meeting, ExportFormat.from_name(format_name), Path(output).expanduser(),
                                    Path(template).expanduser() if template else None, options.attribution,
                                    options)
    except ExportError as error:
        raise InputError(str(error)) from None
    return path
