"""Two laptops linked on loopback in one test process: the chair's share, the rapporteur's follower,
each on its own library file, waited for by events (never by a timing margin)."""

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

from roundtable_desktop.domain.meeting_changes import MeetingChanges
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.link.follow import Follower
from roundtable_desktop.link.offline import merge_through_change_path
from roundtable_desktop.link.share import ShareServer
from roundtable_desktop.link.wire import LinkEvent
from roundtable_desktop.storage.library import Library

GENEROUS = 60.0  # seconds: only a broken link takes this long; a working one takes milliseconds


def wait_until(condition: Callable[[], object], what: str, timeout: float = GENEROUS) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened: {what}")
        time.sleep(0.02)


def chair_library(path: Path) -> str:
    library = Library.open(path)
    session_id = library.add_meeting(demo_meeting()).session.id
    library.close()
    return session_id


class Laptop:
    """One laptop's library (its own connection for the link's writes) and what it was told."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.library = Library.open(path)
        self.events: list[LinkEvent] = []

    def apply(self, changes: MeetingChanges) -> object:
        return merge_through_change_path(self.library, changes, "link")

    def told(self, event: LinkEvent) -> None:
        self.events.append(event)

    def kinds(self) -> list[str]:
        return [event.kind for event in self.events]

    def close(self) -> None:
        self.library.close()


def share(laptop: Laptop, session_id: str, port: int = 0) -> ShareServer:
    server = ShareServer(laptop.path, session_id, laptop.apply, laptop.told, host="127.0.0.1",
                         port=port, poll_seconds=0.05)
    server.start()
    return server


def follow(laptop: Laptop, server: ShareServer, code: str | None = None,
           address: str | None = None) -> Follower:
    follower = Follower(address or f"127.0.0.1:{server.port}", code or server.code, laptop.path,
                        laptop.apply, laptop.told, poll_seconds=0.05)
    follower.start()
    return follower


def read(path: Path, session_id: str) -> dict:
    """The meeting as `show --json` prints it, lists in id order, read on a fresh connection."""
    from tests.merge_support import shown

    library = Library.open(path)
    try:
        return shown(library, session_id) if library.sessions.count() else {}
    finally:
        library.close()


class Cable:
    """A TCP relay on loopback between the follower and the share, that a test cuts and mends:
    the room's Wi-Fi going and coming back, the same address on both sides."""

    def __init__(self, target_port: int) -> None:
        import socket
        import threading

        self.target_port = target_port
        self.silent = False  # a Wi-Fi that drops every packet without closing anything
        self._socket, self._threading = socket, threading
        self._open: list = []
        self._listener = None
        self.port = 0
        self.mend()

    def mend(self) -> None:
        listener = self._socket.socket()
        listener.setsockopt(self._socket.SOL_SOCKET, self._socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def cut(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(OSError):
                listener.shutdown(self._socket.SHUT_RDWR)  # wakes the thread waiting in accept()
            listener.close()
        for connection in self._open:
            with contextlib.suppress(OSError):
                connection.shutdown(self._socket.SHUT_RDWR)
            connection.close()
        self._open.clear()

    def _accept(self, listener) -> None:
        while True:
            try:
                incoming, _ = listener.accept()
            except OSError:
                return
            if self.silent:
                self._open.append(incoming)  # the connection hangs: nothing gets through
                continue
            outgoing = self._socket.create_connection(("127.0.0.1", self.target_port))
            self._open += [incoming, outgoing]
            for source, sink in ((incoming, outgoing), (outgoing, incoming)):
                self._threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source, sink) -> None:
        try:
            while data := source.recv(65536):
                if not self.silent:
                    sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()
