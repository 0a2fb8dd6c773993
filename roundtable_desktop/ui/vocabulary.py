"""The meeting's vocabularies (kinds of note, roles, phases, request types, SDGs) in the window's
language: the labels are defined in ``domain/`` and marked there for translation."""

from enum import Enum

from PySide6.QtCore import QCoreApplication

from ..domain.sdgs import SDG_NAMES


def label(value: Enum) -> str:
    """``NoteKind.QUOTE`` → "Quote" in the window's language (context: the vocabulary's name)."""
    return QCoreApplication.translate(type(value).__name__, value.label)  # type: ignore[attr-defined]


def sdg_name(number: int) -> str:
    return QCoreApplication.translate("SDG", SDG_NAMES[number])


def sdg_label(number: int) -> str:
    """"SDG 4: Quality education" in the window's language."""
    return QCoreApplication.translate("SDG", "SDG {number}: {name}").format(
        number=number, name=sdg_name(number))


def group_label(text: str) -> str:
    """A group of the speaking-time figures ("Member state", "Woman", "African States")."""
    for context in ("Role", "Gender", "Region"):
        translated = QCoreApplication.translate(context, text)
        if translated != text:
            return translated
    return text
