"""A concept note dropped on the main window is imported as File > Import… would."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, QTimer
from PySide6.QtGui import QDropEvent


def dropped_file(mime: QMimeData) -> str | None:
    """The one local file of a supported type being dragged, else None."""
    urls = mime.urls() if mime.hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    from ...exchange.concept_note import SUPPORTED_SUFFIXES  # the importer loads on first drag

    path = urls[0].toLocalFile()
    return path if Path(path).suffix.lower() in SUPPORTED_SUFFIXES else None


class FileDropImporter(QObject):
    """Event filter for the window: accepts a dragged concept note and imports it on drop."""

    def __init__(self, importer: Callable[[str], object], parent: QObject) -> None:
        super().__init__(parent)
        self.importer = importer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if not isinstance(event, QDropEvent):  # QDragEnterEvent and QDragMoveEvent are drop events
            return False
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and dropped_file(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop:
            path = dropped_file(event.mimeData())
            if path:
                event.acceptProposedAction()
                # after the drop returns: the review dialog must not run inside the drag's loop
                QTimer.singleShot(0, lambda: self.importer(path))
                return True
        return False
