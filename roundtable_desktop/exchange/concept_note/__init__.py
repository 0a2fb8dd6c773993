"""Concept notes (.docx, .md, .txt) and session files (.json) in: a Meeting to review, and a
report of what was found. Nothing here writes to the library."""

from .importer import SUPPORTED_SUFFIXES, import_file, read_bytes
from .report import FIELDS, ImportResult

__all__ = ["FIELDS", "SUPPORTED_SUFFIXES", "ImportResult", "import_file", "read_bytes"]
