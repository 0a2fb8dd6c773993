"""``share`` and ``join`` on the command line: the live link without the window, for headless use
and tests. Each serves until interrupted (Ctrl+C, or SIGTERM), printing one line per event."""

import contextlib
import signal
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

from ..domain.errors import InputError
from ..domain.meeting_changes import MeetingChanges
from ..storage.library import Library
from .follow import Follower
from .offline import merge_through_change_path
from .share import LinkError, ShareServer
from .wire import LinkEvent

FROM_LINK = "link"


def _say(line: str) -> None:
    print(line, flush=True)


@contextlib.contextmanager
def _stopped_by_interrupts(done: threading.Event) -> Iterator[None]:
    """Ctrl+C (SIGINT) and SIGTERM set ``done`` rather than raise, for as long as the command
    runs, stopping included: a second Ctrl+C never cuts short what stopping waits for (the
    batch being stored), so the library is never closed under it."""
    def interrupted(_signal: int, _frame: FrameType | None) -> None:
        done.set()

    before = {number: signal.signal(number, interrupted) for number in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def _wait(done: threading.Event) -> None:
    while not done.wait(0.5):
        pass


def _clock(event: LinkEvent) -> str:
    return time.strftime("%H:%M", time.localtime(event.at))


def share(library_path: Path, session_id: str, host: str, port: int, announce: bool = True) -> int:
    """Share until interrupted; announced on mDNS, as the window's share is, unless ``announce``
    is false."""
    library = Library.open(library_path)
    done = threading.Event()

    def apply(changes: MeetingChanges) -> object:
        return merge_through_change_path(library, changes, FROM_LINK)

    def told(event: LinkEvent) -> None:
        if event.kind == "followers":
            _say(f"{event.count} following")
        elif event.kind == "refused":
            words = "too many wrong codes; nobody joins until a new share" if event.text == "locked" \
                else "wrong code"
            _say(f"A laptop was refused: {words} ({event.count} wrong codes so far)")
        elif event.kind == "received":
            _say(f"Received {event.count} changes")
        elif event.kind in ("stopped", "error"):
            done.set()

    server = ShareServer(library_path, session_id, apply, told, host=host, port=port, announce=announce)
    try:
        server.start()
    except LinkError as error:
        library.close()
        raise InputError(str(error)) from None
    _say(f"Sharing “{server.title}”")
    _say(f"Address: {server.address}")
    _say(f"Browser view: {server.browser_url}")
    _say(f"Code: {server.code}")
    with _stopped_by_interrupts(done):
        try:
            _wait(done)
        finally:
            server.stop()
            library.close()
    return 0


def join(library_path: Path, address: str, code: str) -> int:
    try:
        Follower(address, code, library_path, lambda changes: None)  # the address is checked first
    except ValueError as error:
        raise InputError(str(error)) from None
    library = Library.open(library_path)
    done = threading.Event()
    outcome = {"code": 0}

    def apply(changes: MeetingChanges) -> object:
        return merge_through_change_path(library, changes, FROM_LINK)

    def told(event: LinkEvent) -> None:
        if event.kind == "joined":
            _say(f"Following “{event.text}”")
        elif event.kind == "lost":
            _say(f"Link lost since {_clock(event)}")
        elif event.kind == "received":
            _say(f"Received {event.count} changes")
        elif event.kind == "refused":
            print(f"roundtable-desktop: {event.text}", file=sys.stderr, flush=True)
            outcome["code"] = 2
            done.set()
        elif event.kind in ("stopped", "error"):
            done.set()

    follower = Follower(address, code, library_path, apply, told)
    with _stopped_by_interrupts(done):
        follower.start()
        try:
            _wait(done)
        finally:
            if follower.storing:
                _say("Stopping: the changes being stored are stored first")
            follower.stop()  # the batch in flight is stored whole before the library closes
            library.close()
    return outcome["code"]
