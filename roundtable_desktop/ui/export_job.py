"""An export running in the background, so the window, the chair's clock and the presenter
display keep repainting while a long summary is written. It works on a copy of the meeting read
before it starts and never touches the library; Cancel stops it at the next step, and nothing
is written then."""

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from ..domain.errors import ExportError, InputError
from ..exchange.report.progress import ExportCancelledError, Progress
from .wording import error_text

PROGRESS_STEPS = 1000  # the progress signal's range: 0 … PROGRESS_STEPS


class ExportJob(QThread):
    """``run_export(progress)`` is the whole export; its outcome arrives as one signal on the
    window's thread: ``written`` (the path), ``refused`` (a target or a template that cannot be
    used: ExportError or InputError, with its kind), or ``cancelled``."""

    progressed = Signal(int)  # 0 … PROGRESS_STEPS
    written = Signal(object)  # Path
    refused = Signal(str, str)  # message, "target" (ExportError) or "input" (InputError)
    cancelled = Signal()
    failed = Signal(str)  # an unexpected error: the message, logged

    def __init__(self, run_export: Callable[[Progress], Path]) -> None:
        super().__init__()
        self._run_export = run_export
        self._stop = threading.Event()
        self._last = -1

    def cancel(self) -> None:
        self._stop.set()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def _report(self, fraction: float) -> None:
        step = int(fraction * PROGRESS_STEPS)
        if step != self._last:  # a signal only when the bar would move
            self._last = step
            self.progressed.emit(step)

    def run(self) -> None:  # on the job's thread
        progress = Progress(report=self._report, cancelled=self._stop.is_set)
        try:
            path = self._run_export(progress)
        except ExportCancelledError:
            self.cancelled.emit()
        except ExportError as error:
            self.refused.emit(error_text(error), "target")
        except InputError as error:
            self.refused.emit(error_text(error), "input")
        except Exception as error:  # noqa: BLE001 (reported to the window, which logs it)
            import logging

            logging.getLogger(__name__).exception("export failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.written.emit(path)
