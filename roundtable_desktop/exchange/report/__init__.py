"""The rapporteur's summary: a format-neutral report built from a Meeting, written as Word
(.docx) or Markdown. ``write_docx(meeting, path)`` is all a caller needs."""

from pathlib import Path

from ...domain.model import Meeting
from ..atomic import write_text_atomically
from .attribution import Attribution
from .build import REPORT_NAME, build_report
from .docx_writer import render_docx, save_docx
from .markdown_writer import render_markdown
from .model import Report
from .options import Preset, ReportOptions, Section
from .progress import NO_PROGRESS, ExportCancelledError, Progress

__all__ = ["NO_PROGRESS", "REPORT_NAME", "Attribution", "ExportCancelledError", "Preset", "Progress",
           "Report", "ReportOptions", "Section", "build_report", "render_docx", "render_markdown",
           "write_docx", "write_markdown"]


def write_docx(meeting: Meeting, path: Path | str, template: Path | str | None = None,
               attribution: Attribution = Attribution.NAMED, options: ReportOptions | None = None,
               progress: Progress = NO_PROGRESS) -> Path:
    """Write the meeting's summary as a Word file (atomically; ExportError or InputError with a
    clear message when the target or the template cannot be used; ExportCancelledError, nothing
    written, when ``progress`` says the user cancelled)."""
    options = options or ReportOptions(attribution=attribution)
    report = build_report(meeting, options)
    progress.step(0.05)
    return save_docx(report, path, template, options.style_names, progress)


def write_markdown(meeting: Meeting, path: Path | str, attribution: Attribution = Attribution.NAMED,
                   options: ReportOptions | None = None) -> Path:
    report = build_report(meeting, options or ReportOptions(attribution=attribution))
    return write_text_atomically(path, render_markdown(report))
