"""The rapporteur's summary: a format-neutral report built from a Meeting, written as Word
(.docx) or Markdown. ``write_docx(meeting, path)`` is all a caller needs."""

from pathlib import Path

from ...domain.model import Meeting
from ..atomic import write_text_atomically
from .attribution import Attribution
from .build import REPORT_NAME, ReportOptions, build_report
from .docx_writer import render_docx, save_docx
from .markdown_writer import render_markdown
from .model import Report

__all__ = ["REPORT_NAME", "Attribution", "Report", "ReportOptions", "build_report", "render_docx",
           "render_markdown", "write_docx", "write_markdown"]


def write_docx(meeting: Meeting, path: Path | str, template: Path | str | None = None,
               attribution: Attribution = Attribution.NAMED) -> Path:
    """Write the meeting's rapporteur's summary as a Word file (atomically; ExportError or
    InputError with a clear message when the target or the template cannot be used)."""
    report = build_report(meeting, ReportOptions(attribution=attribution))
    return save_docx(report, path, template)


def write_markdown(meeting: Meeting, path: Path | str,
                   attribution: Attribution = Attribution.NAMED) -> Path:
    report = build_report(meeting, ReportOptions(attribution=attribution))
    return write_text_atomically(path, render_markdown(report))
