"""How far an export has gone, and a way to stop it: the window runs the export in the
background and shows this; the command line ignores it."""

from collections.abc import Callable
from dataclasses import dataclass, field

from ...domain.errors import RoundtableError


class ExportCancelledError(RoundtableError):
    """The user cancelled the export: nothing was written."""

    def __init__(self) -> None:
        super().__init__("The export was cancelled; nothing was written.")


def _nothing(_fraction: float) -> None:
    return None


def _never() -> bool:
    return False


@dataclass(slots=True)
class Progress:
    report: Callable[[float], None] = field(default=_nothing)  # a fraction from 0 to 1
    cancelled: Callable[[], bool] = field(default=_never)

    def step(self, fraction: float) -> None:
        """Say how far the export is; stop here (ExportCancelledError) when the user cancelled."""
        if self.cancelled():
            raise ExportCancelledError()
        self.report(min(1.0, max(0.0, fraction)))


NO_PROGRESS = Progress()
