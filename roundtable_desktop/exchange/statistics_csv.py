"""The speaking-time statistics as a CSV file, written beside the target and renamed into place."""

import csv
import os
import tempfile
from pathlib import Path

from ..domain.errors import ExportError
from ..domain.statistics import Statistics, statistics_rows


def write_statistics_csv(stats: Statistics, target: Path) -> Path:
    """Write ``stats`` to ``target`` (UTF-8 with a byte-order mark, so spreadsheet programs read
    accents and non-Latin names). A reader never sees a half-written file."""
    target = Path(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise ExportError(
            f"The statistics cannot be written to {target.parent}: {error.strerror}.") from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as stream:
            csv.writer(stream).writerows(statistics_rows(stats))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"The statistics cannot be written to {target}: {error.strerror}.") from error
    return target
