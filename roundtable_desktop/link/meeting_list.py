"""What the Join dialog lists: each shared meeting once, the share that answers.

mDNS keeps a share that was killed (no goodbye) listed until its records expire, beside the new
share of the same meeting. So the list groups what is announced by the meeting's id, keeps the
share whose address answers (the newest when several do), and marks a share that does not
answer; whether an address answers is asked with a short TCP connect, off the window's thread.
"""

import socket
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from .addresses import parse_address
from .discovery import SharedMeeting

CONNECT_SECONDS = 1.5
ASK_AGAIN_SECONDS = 3.0


@dataclass(frozen=True)
class ListedMeeting:
    """A row of the list: the share, and whether its address answers (None: not asked yet)."""

    meeting: SharedMeeting
    answering: bool | None

    @property
    def key(self) -> str:
        """What stays the same across refreshes: the meeting's id, else the mDNS name."""
        return self.meeting.session_id or self.meeting.name


def answers(address: str, timeout: float = CONNECT_SECONDS) -> bool:
    """Whether something accepts a connection at ``host:port`` (connects and closes at once)."""
    try:
        host, port = parse_address(address)
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except (OSError, ValueError):
        return False


def listed(meetings: Iterable[SharedMeeting], answering: Mapping[str, bool]) -> list[ListedMeeting]:
    """One row per meeting: of the shares of one meeting id, the one that answers (the newest
    if several do, the newest if none does); rows in the order of their titles."""
    best: dict[str, ListedMeeting] = {}
    for meeting in meetings:
        row = ListedMeeting(meeting, answering.get(meeting.address))
        kept = best.get(row.key)
        if kept is None or _rank(row) > _rank(kept):
            best[row.key] = row
    return sorted(best.values(), key=lambda row: (row.meeting.title.casefold(), row.meeting.address))


def _rank(row: ListedMeeting) -> tuple[int, float]:
    state = {True: 2, None: 1, False: 0}[row.answering]
    return state, row.meeting.started


class AnswerWatch:
    """Asks, in its own thread, whether each address listed answers, again every few seconds,
    until stopped. :meth:`answering` is read from any thread."""

    def __init__(self, addresses: Callable[[], Iterable[str]],
                 ask: Callable[[str], bool] = answers, every: float = ASK_AGAIN_SECONDS) -> None:
        self._addresses, self._ask, self._every = addresses, ask, every
        self._lock = threading.Lock()
        self._answering: dict[str, bool] = {}
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread = threading.Thread(target=self._run, name="link-answers", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def answering(self) -> dict[str, bool]:
        with self._lock:
            return dict(self._answering)

    def ask_now(self) -> None:
        """Ask again without waiting (a new address was listed)."""
        self._wake.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            for address in sorted(set(self._addresses())):
                if self._stop.is_set():
                    return
                answered = self._ask(address)
                with self._lock:
                    self._answering[address] = answered
            self._wake.wait(self._every)
            self._wake.clear()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()
