"""Participants from a spreadsheet saved as CSV: a header row naming the columns (name, function,
organisation, country, role, gender, region, language), comma, semicolon or tab separated, UTF-8 (with or
without BOM), UTF-16 or Windows-1252. Problems are reported row by row; a row without a name is
skipped, an unknown role, gender or region is set to its default and reported; an empty region is
the regional group of the row's country."""

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from ..domain.enums import Gender, Region, Role
from ..domain.errors import InputError
from ..domain.field_names import field_name
from ..domain.model import Participant
from ..domain.regional_groups import regional_group
from ..domain.speaker_language import stored_language
from ..domain.text import clean_line
from ..domain.translatable import QT_TRANSLATE_NOOP
from .concept_note.importer import read_bytes
from .concept_note.text_reader import decode_text
from .country_names import state_names

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5_000
MAX_FIELD = 200

_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "full name", "participant", "speaker", "delegate", "participant name", "names"),
    "function": ("function", "title", "position", "job title", "designation", "post", "functions"),
    "organisation": ("organisation", "organization", "org", "institution", "entity", "affiliation",
                     "delegation", "organisation/country", "organization/country", "agency",
                     "organisation or country", "organization or country"),
    "country": ("country", "member state", "state", "country/area", "nationality"),
    "role": ("role", "participant type", "category", "type", "capacity"),
    "gender": ("gender", "sex"),
    "region": ("region", "regional group", "group", "un regional group"),
    "language": ("language", "language spoken", "speaks", "floor language"),
}
_ROLES: dict[str, Role] = {
    **dict.fromkeys(("chair", "chairperson", "chairman", "chairwoman", "president"), Role.CHAIR),
    **dict.fromkeys(("co-chair", "cochair", "co chair", "vice-chair"), Role.CO_CHAIR),
    **dict.fromkeys(("moderator", "facilitator", "host"), Role.MODERATOR),
    **dict.fromkeys(("secretariat", "staff", "un secretariat"), Role.SECRETARIAT),
    **dict.fromkeys(("discussant", "lead discussant", "panellist", "panelist", "speaker", "keynote",
                     "keynote speaker", "presenter", "panel"), Role.DISCUSSANT),
    **dict.fromkeys(("member state", "member states", "delegate", "delegation", "government",
                     "minister", "state"), Role.MEMBER_STATE),
    **dict.fromkeys(("observer", "observer state"), Role.OBSERVER),
    **dict.fromkeys(("civil society", "cso", "ngo", "private sector", "academia", "youth",
                     "major group", "stakeholder"), Role.CIVIL_SOCIETY),
    **dict.fromkeys(("other", ""), Role.OTHER),
}
_GENDERS: dict[str, Gender] = {
    **dict.fromkeys(("f", "female", "woman", "w", "women", "ms", "mrs"), Gender.WOMAN),
    **dict.fromkeys(("m", "male", "man", "men", "mr"), Gender.MAN),
    **dict.fromkeys(("other", "non-binary", "nonbinary", "x", "diverse"), Gender.OTHER),
    **dict.fromkeys(("", "not stated", "unspecified", "prefer not to say", "n/a", "na", "-"),
                    Gender.UNSPECIFIED),
}
_REGIONS: dict[str, Region] = {
    **dict.fromkeys(("african", "africa", "african states", "african group", "ag"), Region.AFRICAN),
    **dict.fromkeys(("asia-pacific", "asia pacific", "asia", "asia-pacific states", "apg",
                     "asia and the pacific"), Region.ASIA_PACIFIC),
    **dict.fromkeys(("eastern european", "eastern europe", "eeg", "eastern european states"),
                    Region.EASTERN_EUROPEAN),
    **dict.fromkeys(("latin american and caribbean", "latin america and the caribbean", "latin america",
                     "grulac", "lac", "latin american and caribbean states"),
                    Region.LATIN_AMERICAN_CARIBBEAN),
    **dict.fromkeys(("western european and others", "western european and other states", "weog",
                     "western europe", "western european and other", "western european"),
                    Region.WESTERN_EUROPEAN_OTHERS),
    **dict.fromkeys(("", "not stated", "n/a", "-"), Region.UNSPECIFIED),
}

E = TypeVar("E", Role, Gender, Region)


@dataclass(slots=True)
class ParticipantsFile:
    participants: list[Participant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "Row 5: no name; the row was skipped."
    skipped: int = 0


def read_participants_csv(path: Path | str, session_id: str) -> ParticipantsFile:
    path = Path(path)
    if path.suffix.lower() not in (".csv", ".txt", ".tsv"):
        raise InputError(QT_TRANSLATE_NOOP(
            "Participants", "{name} is not a CSV file; save the spreadsheet as CSV (.csv) first.").format(
            name=path.name))
    return parse_participants_csv(read_bytes(path, MAX_BYTES), path.name, session_id)


def parse_participants_csv(raw: bytes, name: str, session_id: str) -> ParticipantsFile:
    text = decode_text(raw, name)
    lines = text.splitlines()
    if len(lines) > MAX_ROWS + 1:
        raise InputError(QT_TRANSLATE_NOOP(
            "Participants", "{name} has {count:,} lines; a participants list is at most {limit:,} rows.")
            .format(name=name, count=len(lines), limit=MAX_ROWS))
    header_line = next((line for line in lines if line.strip()), "")
    delimiter = max(";,\t", key=header_line.count)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error:
        raise InputError(QT_TRANSLATE_NOOP(
            "Participants", "{name} is not a readable CSV file (its quotation marks do not close).").format(
            name=name)) from None
    numbered = [(number, row) for number, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
    columns = _column_positions(numbered[0][1] if numbered else [], name)
    result = ParticipantsFile()
    seen: dict[str, int] = {}
    for number, row in numbered[1:]:
        participant = _participant(row, columns, number, session_id, result.problems)
        if participant is None:
            result.skipped += 1
            continue
        key = participant.name.casefold()
        if key in seen:
            result.problems.append(QT_TRANSLATE_NOOP(
                "Participants", "Row {row}: {name} is already on row {first}; the row was skipped.").format(
                row=number, name=participant.name, first=seen[key]))
            result.skipped += 1
            continue
        seen[key] = number
        result.participants.append(participant)
    if not result.participants and not result.problems:
        raise InputError(QT_TRANSLATE_NOOP(
            "Participants", "{name} has a header row but no participants under it.").format(name=name))
    return result


def _column_positions(header: list[str], name: str) -> dict[str, int]:
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        key = " ".join(clean_line(cell).lower().strip(" *:").split())
        for column, words in _COLUMNS.items():
            if key in words and column not in positions:
                positions[column] = index
    if "name" not in positions:
        shown = ", ".join(clean_line(c) for c in header[:8] if clean_line(c))
        if not shown:
            raise InputError(QT_TRANSLATE_NOOP(
                "Participants", "The first row of {name} must name the columns, with at least “name” (and "
                "any of function, organisation, country, role, gender, region, language); it is empty.")
                .format(name=name))
        raise InputError(QT_TRANSLATE_NOOP(
            "Participants", "The first row of {name} must name the columns, with at least “name” (and any "
            "of function, organisation, country, role, gender, region, language); it holds {found}.")
            .format(name=name, found=shown[:200]))
    return positions


def _participant(row: list[str], columns: dict[str, int], number: int, session_id: str,
                 problems: list[str]) -> Participant | None:
    def cell(column: str) -> str:
        index = columns.get(column)
        return clean_line(row[index])[:MAX_FIELD] if index is not None and index < len(row) else ""

    name = cell("name")
    if not name:
        problems.append(QT_TRANSLATE_NOOP("Participants", "Row {row}: no name; the row was skipped.").format(
            row=number))
        return None
    role = _choice(cell("role"), _ROLES, Role.OTHER, "role", number, problems)
    gender = _choice(cell("gender"), _GENDERS, Gender.UNSPECIFIED, "gender", number, problems)
    region = _choice(cell("region"), _REGIONS, Region.UNSPECIFIED, "region", number, problems)
    organisation, country = cell("organisation"), cell("country")
    country = state_names().stored(country)
    official = state_names().key_of(organisation)  # a State named in any of the six languages
    organisation = official or organisation
    if country and organisation and country.casefold() not in organisation.casefold():
        organisation = f"{organisation}, {country}"
    if not cell("region"):  # an empty cell: the group of the country, when one is named
        region = regional_group(country) if country else regional_group(organisation)
    return Participant(session_id=session_id, name=name, function=cell("function"),
                       organisation=(organisation or country)[:MAX_FIELD], role=role, gender=gender,
                       region=region, language=stored_language(cell("language")))


def _choice(value: str, known: dict[str, E], default: E, what: str, number: int,
            problems: list[str]) -> E:
    key = " ".join(value.lower().replace("_", " ").split()).rstrip(".")
    if key in known:
        return known[key]
    for enum_value in type(default):
        if key in (enum_value.value.replace("_", " "), enum_value.label.lower()):
            return enum_value
    problems.append(QT_TRANSLATE_NOOP(
        "Participants", "Row {row}: {what} “{value}” is not known; it was set to {default}.").format(
        row=number, what=field_name(what), value=value, default=default.label))
    return default
