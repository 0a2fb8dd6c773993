"""Convert domain dataclasses to table rows and back, by the dataclass's own field types."""

import dataclasses
import sqlite3
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from .row_check import RECORD_WORDS, DamagedRecordError, MisfitError, column_value

T = TypeVar("T")


def field_types(cls: type) -> dict[str, Any]:
    """The dataclass's fields and their types (``X | None`` as ``X``)."""
    return _field_types(cls)


@cache
def _field_types(cls: Any) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: _unwrap_optional(hints[f.name]) for f in dataclasses.fields(cls)}


def _unwrap_optional(hint: Any) -> Any:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return args[0]
    return hint


def to_row(record: Any) -> dict[str, Any]:
    return {name: to_column(getattr(record, name)) for name in field_types(type(record))}


def to_column(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):
        return value.value if isinstance(value, Enum) else value
    if isinstance(value, datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, date | time):
        return value.isoformat(timespec="minutes") if isinstance(value, time) else value.isoformat()
    if isinstance(value, tuple):
        return ",".join(str(item) for item in value)
    raise TypeError(f"cannot store {value!r}")


def from_row(cls: type[T], row: sqlite3.Row) -> T:
    """The record in ``row``, every value checked: a value that does not fit its field (damage
    ``quick_check`` does not see) raises DamagedRecordError naming the record and the field."""
    keys = row.keys()
    values: dict[str, Any] = {}
    for name, kind in field_types(cls).items():
        if name not in keys:
            continue
        try:
            values[name] = column_value(kind, row[name], name in optional_fields(cls), name)
        except MisfitError as misfit:
            raise DamagedRecordError(RECORD_WORDS.get(cls.__name__, "record"),
                                     row["id"] if "id" in keys else None, name, str(misfit)) from None
    return cls(**values)


def optional_fields(cls: type) -> frozenset[str]:
    """The fields that may hold None."""
    return _optional_fields(cls)


@cache
def _optional_fields(cls: Any) -> frozenset[str]:
    hints = typing.get_type_hints(cls)
    return frozenset(f.name for f in dataclasses.fields(cls)
                     if isinstance(hints[f.name], types.UnionType)
                     or typing.get_origin(hints[f.name]) is typing.Union)
