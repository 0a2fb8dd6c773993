"""The live link's adapter: its events become Qt signals, and what arrives from another laptop
is stored on the window's thread, through the change path, so every area refreshes as for any
change (and undo, the disk-trouble bar and the rest treat it alike)."""

import threading
import time
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from ...domain.meeting_changes import MeetingChanges
from ...domain.merge_report import MergeReport
from ...link.wire import BatchAbandonedError, LinkEvent
from ...storage.library import Library
from ..reliability.guardian import RESTORE_ORIGIN

if TYPE_CHECKING:  # websockets loads when the user shares or joins, not with the window
    from ...link.follow import Follower
    from ...link.share import ShareServer

FROM_LINK = "link"
APPLY_TIMEOUT = 120.0  # seconds the link's thread waits for the window to store a batch


class _OnWindowThread(QObject):
    """Runs a call on the thread this object lives on (the window's) and waits for its result.

    ``abandon()`` (on the window's thread, when the link stops) drops every call not started yet
    and refuses new ones until ``reopen()``: the link's thread, waiting for the window, is let go
    at once, and a batch it handed over is never stored after the link stopped or the library
    closed. A call already running on the window's thread has ended by then (one thread)."""

    requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self._waiting: set[Future[Any]] = set()
        self._abandoned = False
        self.requested.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, job: Callable[[], None]) -> None:
        job()

    def call(self, function: Callable[[], Any]) -> Any:
        result: Future[Any] = Future()

        def job() -> None:
            with self._lock:
                self._waiting.discard(result)
            if not result.set_running_or_notify_cancel():
                return  # abandoned before it could start
            try:
                result.set_result(function())
            except BaseException as error:  # handed back to the link's thread, which drops the batch
                result.set_exception(error)

        with self._lock:
            if self._abandoned:
                raise BatchAbandonedError("the link stopped")
            self._waiting.add(result)
        self.requested.emit(job)
        try:
            return result.result(APPLY_TIMEOUT)
        except CancelledError:
            raise BatchAbandonedError("the link stopped") from None

    def abandon(self) -> None:
        with self._lock:
            self._abandoned = True
            waiting, self._waiting = self._waiting, set()
        for result in waiting:
            result.cancel()

    def reopen(self) -> None:
        with self._lock:
            self._abandoned = False


class LinkAdapter(QObject):
    """One share or one follow at a time, for the window's library."""

    link_event = Signal(object)  # a LinkEvent, on the window's thread
    followers_changed = Signal(int)
    received = Signal()

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.server: ShareServer | None = None
        self.follower: Follower | None = None
        self._window_thread = _OnWindowThread()
        self._stop_listening: Callable[[], None] | None = None
        self.link_event.connect(self._dispatch)

    @property
    def sharing(self) -> bool:
        return self.server is not None

    @property
    def following(self) -> bool:
        return self.follower is not None

    def _path(self) -> Path:
        if self.library.path is None:
            raise ValueError("a library in memory cannot be linked")
        return self.library.path

    def _apply(self, changes: MeetingChanges) -> MergeReport:
        from ...link.offline import merge_through_change_path  # loads with the first batch

        report: MergeReport = self._window_thread.call(
            lambda: merge_through_change_path(self.library, changes, FROM_LINK))
        return report

    def share(self, session_id: str, port: int = 0, host: str = "0.0.0.0",
              announce: bool = True, wall_time: Callable[[], float] = time.time) -> "ShareServer":
        """Start sharing the meeting (raises LinkError when it cannot listen)."""
        from ...link.share import ShareServer

        self.stop()
        self._window_thread.reopen()
        server = ShareServer(self._path(), session_id, self._apply, self.link_event.emit, host=host,
                             port=port, announce=announce, wall_time=wall_time)
        server.start()
        self.server = server
        self._stop_listening = self.library.feed.subscribe(
            lambda changes: server.library_replaced() if changes.origin == RESTORE_ORIGIN else server.wake())
        return server

    def follow(self, address: str, code: str, wall_time: Callable[[], float] = time.time,
               session_id: str = "") -> "Follower":
        """Join a shared meeting (raises ValueError for an address that is not one); with
        ``session_id``, a share of another meeting is refused."""
        from ...link.follow import Follower

        self.stop()
        self._window_thread.reopen()
        follower = Follower(address, code, self._path(), self._apply, self.link_event.emit,
                            wall_time=wall_time)
        follower.session_id = session_id
        follower.start()
        self.follower = follower
        return follower

    def stop(self) -> None:
        if self._stop_listening is not None:
            self._stop_listening()
            self._stop_listening = None
        server, follower = self.server, self.follower
        self.server = self.follower = None
        self._window_thread.abandon()  # what arrived and is not stored yet is fetched again
        if server is not None:
            server.stop()
        if follower is not None:
            follower.stop()

    def _dispatch(self, event: LinkEvent) -> None:
        if event.kind == "followers":
            self.followers_changed.emit(event.count)
        elif event.kind == "received":
            self.received.emit()
