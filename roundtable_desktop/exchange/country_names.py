"""Reads the six-language names of the Member and observer States from
``resources/countries/un_short_names.csv`` (UNTERM short names; its README says where they come
from and how to correct one)."""

import csv
from functools import cache
from pathlib import Path

from ..domain.languages import CODES
from ..domain.state_names import StateNameIndex, StateNames, StateNamesError, shown_form
from ..resources import resource_path

COLUMNS = ("m49", "iso_alpha3", "status", *CODES, "former_names", "correction")


def read_state_names(path: Path) -> StateNameIndex:
    """The States of the file at ``path``; :class:`StateNamesError` if it is not whole."""
    try:
        with path.open(encoding="utf-8", newline="") as file:
            rows = list(csv.DictReader(file))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise StateNamesError(f"The list of country names cannot be read ({path.name}): {error}") from error
    return StateNameIndex(_state(row, number) for number, row in enumerate(rows, start=2))


def _state(row: dict[str, str], line: int) -> StateNames:
    missing = [column for column in COLUMNS if row.get(column) is None]
    if missing:
        raise StateNamesError(f"Line {line} of the country names lacks {', '.join(missing)}.")
    names = {code: shown_form(row[code]) for code in CODES}
    former = tuple(name.strip() for name in row["former_names"].split(";") if name.strip())
    return StateNames(key=names["en"], iso_alpha3=row["iso_alpha3"].strip(), m49=row["m49"].strip(),
                      observer=row["status"].strip() == "observer", names=names, former_names=former)


@cache
def state_names() -> StateNameIndex:
    """The names shipped with the program (read once)."""
    return read_state_names(resource_path("countries", "un_short_names.csv"))
