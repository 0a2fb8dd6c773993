"""The speaking-time statistics as a CSV file, written beside the target and renamed into place.
With the balance of the floor, the figures of the statistics view's Balance tab and the Word
annex: each group's share of speaking time and of interventions, and the Gini coefficient of
speaking time among those who asked."""

import csv
import os
import tempfile
from pathlib import Path

from ..domain import file_problems
from ..domain.balance import Balance
from ..domain.errors import ExportError
from ..domain.statistics import CSV_HEADER, Statistics, statistics_rows
from ..domain.translatable import QT_TRANSLATE_NOOP


def _row(**fields: str) -> list[str]:
    return [fields.get(column, "") for column in CSV_HEADER]


def balance_rows(balance: Balance) -> list[list[str]]:
    """One row per gender and regional group (``balance_gender``, ``balance_region``), then the
    ``fairness`` row: the Gini coefficient (two decimals, as in the annex; empty when it says
    nothing) and, under interventions, how many asked for the floor."""
    rows = [_row(section=section, name=share.label, interventions=str(share.interventions),
                 actual_seconds=str(share.seconds), share_percent=f"{share.time_share * 100:.1f}",
                 intervention_share_percent=f"{share.intervention_share * 100:.1f}")
            for section, shares in (("balance_gender", balance.by_gender),
                                    ("balance_region", balance.by_region))
            for share in shares]
    rows.append(_row(section="fairness", name="gini", interventions=str(balance.askers),
                     gini="" if balance.gini is None else f"{balance.gini:.2f}"))
    return rows


_NOT_WRITTEN = QT_TRANSLATE_NOOP("Export", "The statistics cannot be written to {place}: {reason}.")


def write_statistics_csv(stats: Statistics, target: Path, balance: Balance | None = None) -> Path:
    """Write ``stats`` to ``target`` (UTF-8 with a byte-order mark, so spreadsheet programs read
    accents and non-Latin names). A reader never sees a half-written file."""
    target = Path(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise ExportError(_NOT_WRITTEN.format(place=str(target.parent), reason=file_problems.reason(error))) \
            from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            rows = statistics_rows(stats) + (balance_rows(balance) if balance is not None else [])
            csv.writer(stream).writerows(rows)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(_NOT_WRITTEN.format(place=str(target), reason=file_problems.reason(error))) \
            from error
    return target
