"""The lists a catalogue translates in order: roles and groups, roles' phrases, kinds of note."""

from ....domain.enums import NoteKind, Role

ROLES_AND_GROUPS = ("Chair", "Co-chair", "Moderator", "Secretariat", "Discussant", "Member state",
                     "Observer", "Civil society", "Other", "Not stated", "Woman", "Man",
                     "African States", "Asia-Pacific States", "Eastern European States",
                     "Latin American and Caribbean States", "Western European and other States",
                     "Intervention", "Reply", "Point of order", "General", "English", "or")


def terms(*translations: str) -> dict[str, str]:
    return dict(zip(ROLES_AND_GROUPS, translations, strict=True))


def roles(*phrases: str) -> dict[Role, str]:
    return dict(zip(Role, phrases, strict=True))


def kinds(*translations: str) -> dict[NoteKind, str]:
    return dict(zip(NoteKind, translations, strict=True))
