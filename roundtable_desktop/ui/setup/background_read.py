"""Reading a concept note off the window's thread: the file is read and parsed on a worker
thread while the window's own event loop goes on (the chair's clock keeps repainting, the
presenter display keeps counting), with a progress dialog that names the file and can be left.

A read cannot be interrupted halfway (the PDF reader and the parsers run to their end, which the
readers' caps keep short); Cancel stops waiting and the result is dropped when it comes."""

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...domain.errors import InputError

T = TypeVar("T")
SHOW_AFTER_MS = 300  # a quick read never flashes a dialog


class _Finished(QObject):
    done = Signal()


class BackgroundRead(Generic[T]):
    """``run(work)`` -> the value of ``work()``; its InputError is raised again here. None when
    the user cancelled."""

    def __init__(self, parent: QWidget, label: str) -> None:
        self.parent = parent
        self.label = label
        self.value: T | None = None
        self.error: InputError | None = None
        self.failure: BaseException | None = None

    def run(self, work: Callable[[], T]) -> T | None:
        finished = _Finished()
        loop = QEventLoop()
        finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        progress = self._progress(loop)

        def worker() -> None:
            try:
                self.value = work()
            except InputError as error:
                self.error = error
            except BaseException as error:  # handed to the window's thread, reported there
                self.failure = error
            finally:
                finished.done.emit()

        thread = threading.Thread(target=worker, name="concept-note-import", daemon=True)
        thread.start()
        timer = QTimer(singleShot=True, interval=SHOW_AFTER_MS)
        timer.timeout.connect(progress.show)
        timer.start()
        loop.exec()
        timer.stop()
        cancelled = progress.wasCanceled()
        progress.close()
        progress.deleteLater()
        if cancelled:
            return None
        thread.join()
        if self.failure is not None:
            raise self.failure
        if self.error is not None:
            raise self.error
        return self.value

    def _progress(self, loop: QEventLoop) -> QProgressDialog:
        cancel = QCoreApplication.translate("MeetingImporter", "Cancel")
        progress = QProgressDialog(self.label, cancel, 0, 0, self.parent)
        progress.setWindowTitle(QCoreApplication.translate("MeetingImporter", "Import"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumDuration(0)
        progress.canceled.connect(loop.quit)
        progress.hide()
        return progress
