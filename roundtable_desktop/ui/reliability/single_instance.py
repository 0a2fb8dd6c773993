"""One copy of the app per library. The copy that holds the library's lock listens on a local
socket named from the library's path; a second start asks it to come to the front and leaves.

Only QtCore and QtNetwork here: a second start decides before any window is made. QtNetwork
loads only when it is needed (a second start, or once the first window is shown): it costs
start-up time.
"""

import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QCryptographicHash, QObject, Signal

from ...domain.errors import LibraryError
from ...storage.lock import LibraryFolderReadOnlyError, LibraryInUseError, LibraryLock, is_locked

log = logging.getLogger(__name__)

SHOW_REQUEST = b"show\n"
SHOWN_REPLY = b"shown\n"
HAND_OVER_SECONDS = 10.0  # how long a second start asks a first copy that listens but never answers
# How long a second start waits for a first copy that holds the lock but does not listen yet: it
# is still starting (it listens once its window is shown), which a slow or busy laptop may take
# many seconds to do. Only a copy that hangs before its window takes this long.
STARTING_SECONDS = 120.0


def server_name(library: Path) -> str:
    """The local socket's name: one per library file (and per user). Its SHA-256 is Qt's
    (``hashlib`` would load OpenSSL's library, 3 MB, for this one name)."""
    key = f"{os.path.realpath(library)}|{os.getuid() if hasattr(os, 'getuid') else ''}"
    digest = QCryptographicHash.hash(QByteArray(key.encode("utf-8")), QCryptographicHash.Algorithm.Sha256)
    return "roundtable-desktop-" + bytes(digest.toHex().data()).decode("ascii")[:24]


def ask_running_copy_to_show(library: Path, wait_seconds: float = HAND_OVER_SECONDS,
                             starting_seconds: float = STARTING_SECONDS) -> bool:
    """True when the copy that holds ``library`` answered and brought its window to the front.

    False when that copy listens and does not answer for ``wait_seconds``, when it does not come
    to listen in ``starting_seconds``, or when it ends meanwhile (the lock is free to take). A
    copy still starting is waited for, not timed: it answers once its window is shown."""
    from PySide6.QtNetwork import QLocalSocket

    started = time.monotonic()
    listening_since: float | None = None
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(library))
        if socket.waitForConnected(500):
            listening_since = listening_since or time.monotonic()
            socket.write(SHOW_REQUEST)
            socket.waitForBytesWritten(1000)
            answered = socket.waitForReadyRead(5000) and socket.readAll().data() == SHOWN_REPLY
            socket.disconnectFromServer()
            if answered:
                return True
        now = time.monotonic()
        if listening_since is not None and now - listening_since >= wait_seconds:
            return False  # it listens and never answers
        if listening_since is None and (now - started >= starting_seconds or not is_locked(library)):
            return False  # it never came to listen, or it has ended
        time.sleep(0.1)  # the first copy may be starting: its server is not listening yet


class ShowRequests(QObject):
    """The server of the copy that holds the lock: emits ``show_requested`` for each second start."""

    show_requested = Signal()

    def __init__(self, library: Path, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self.server = QLocalServer(self)
        name = server_name(library)
        QLocalServer.removeServer(name)  # a socket file left by a killed copy (we hold the lock)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(name):
            log.warning("Cannot listen for second starts on %s: %s", name, self.server.errorString())
        self.server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket) -> None:  # a QLocalSocket
        if socket.readAll().data().startswith(SHOW_REQUEST.strip()):
            log.info("A second start on this library: bringing the window to the front")
            self.show_requested.emit()
            socket.write(SHOWN_REPLY)
            socket.flush()

    def close(self) -> None:
        self.server.close()


@dataclass
class Claim:
    """What a start got: the lock (the one writer), or nothing but read-only access."""

    library: Path
    lock: LibraryLock | None
    in_use: LibraryError | None = None  # why this start cannot write: in use, or a read-only folder
    show_requests: ShowRequests | None = None

    @property
    def read_only(self) -> bool:
        return self.lock is None

    def listen(self) -> None:
        """Answer second starts (call once the QApplication exists: Qt's sockets need it)."""
        if self.lock is not None and self.show_requests is None:
            self.show_requests = ShowRequests(self.library)

    def release(self) -> None:
        if self.show_requests is not None:
            self.show_requests.close()
        if self.lock is not None:
            self.lock.release()


def claim_library(library: Path) -> Claim | None:
    """Take the library's lock; if another copy holds it, ask that copy to come to the front.

    Returns None when the running copy answered (this start should leave), a Claim with the lock,
    or a Claim without it when the other copy cannot be reached (offer read-only)."""
    try:
        return Claim(library, LibraryLock(library).acquire())
    except LibraryFolderReadOnlyError as read_only:
        return Claim(library, None, read_only)
    except LibraryInUseError:
        if ask_running_copy_to_show(library):
            return None
        try:  # the other copy may have ended meanwhile
            return Claim(library, LibraryLock(library).acquire())
        except LibraryInUseError as still:
            return Claim(library, None, still)
