"""Concept notes (.docx, .pdf, .md, .txt, pasted text) and session files (.json) in: a Meeting
to review, and a report of what was found. Nothing here writes to the library."""

from .importer import SUPPORTED_SUFFIXES, import_file, import_pasted, read_bytes
from .report import FIELDS, ImportResult

__all__ = ["FIELDS", "SUPPORTED_SUFFIXES", "ImportResult", "import_file", "import_pasted", "read_bytes"]
