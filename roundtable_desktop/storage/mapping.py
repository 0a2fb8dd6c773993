"""Convert domain dataclasses to table rows and back, by the dataclass's own field types."""

import dataclasses
import sqlite3
import types
import typing
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from ..domain.ids import parse_utc

T = TypeVar("T")


@cache
def field_types(cls: type) -> dict[str, Any]:
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
    keys = row.keys()
    values = {
        name: _from_column(kind, row[name])
        for name, kind in field_types(cls).items()
        if name in keys
    }
    return cls(**values)


def _from_column(kind: Any, value: Any) -> Any:
    if value is None:
        return None
    if kind is bool:
        return bool(value)
    if kind is datetime:
        return parse_utc(value)
    if kind is date:
        return date.fromisoformat(value)
    if kind is time:
        return time.fromisoformat(value)
    if typing.get_origin(kind) is tuple:
        return tuple(int(part) for part in value.split(",") if part)
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    return value
