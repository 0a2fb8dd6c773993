"""Sharing a meeting on the room's network (the chair's laptop): one websocket server for the
followers (paired with the code) and the browser view (read-only), in its own thread.

Nothing listens until :meth:`ShareServer.start`. The server reads the library on its own
connection and sends each follower what changed since that follower's last reading: a snapshot
on connect, small updates after (row versions, ``storage.meeting_rows``); what a follower sends
is handed to ``apply`` (the host runs it through the change path) one batch at a time. A slow,
hostile or broken client only ever loses its own connection.
"""

import asyncio
import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from ..domain.errors import RoundtableError
from ..domain.meeting_changes import MeetingChanges
from ..domain.row_versions import VersionVector
from ..domain.translatable import QT_TRANSLATE_NOOP
from ..storage.library import Library
from ..storage.meeting_rows import change_seq, changes_since, laptop_id
from .addresses import local_address
from .discovery import Announcement
from .pairing import CHAIR, KeyPace, MessageRefusedError, PairingGuard, Sealer, answered
from .presenter_view import page, presenter_reading
from .presenter_words import page_language
from .wire import (  # noqa: F401 (LinkError is also known from here)
    JOIN_TIMEOUT,
    MAX_FRAME,
    MAX_JOIN_FRAME,
    PATH_FOLLOW,
    PATH_VIEW,
    BatchAbandonedError,
    LinkError,
    LinkEvent,
    WireError,
    changes_in,
    changes_message,
    in_parts,
    message,
    parsed,
)

log = logging.getLogger(__name__)

QUEUE_LIMIT = 256  # messages waiting for one follower; past it, the follower is a slow reader
MAX_UNPAIRED = 16  # connections still pairing at once
PRESENTER_EVERY = 5.0  # seconds between readings sent to the browser view when nothing changes


@dataclass(eq=False)
class _Client:
    connection: ServerConnection
    sealer: Sealer | None = None
    cursor: int = 0
    queue: asyncio.Queue[str] = field(default_factory=lambda: asyncio.Queue(QUEUE_LIMIT))
    theirs: dict[str, VersionVector] = field(default_factory=dict)  # versions it sent us


class ShareServer:
    def __init__(self, library_path: Path, session_id: str, apply: Callable[[MeetingChanges], object],
                 on_event: Callable[[LinkEvent], None] | None = None, host: str = "0.0.0.0",
                 port: int = 0, poll_seconds: float = 0.2, announce: bool = False,
                 wall_time: Callable[[], float] = time.time) -> None:
        self.library_path = library_path
        self.wall_time = wall_time  # the chair's laptop's time: followers count the clock by it
        self.session_id = session_id
        self.apply = apply
        self.on_event = on_event or (lambda event: None)
        self.host, self.port = host, port
        self.poll_seconds = poll_seconds
        self.announce = announce
        self._announcement: Announcement | None = None
        self.guard = PairingGuard()
        self.key_pace = KeyPace()
        self.title = ""
        self.followers: set[_Client] = set()
        self.viewers: set[_Client] = set()
        self._unpaired = 0
        self._thread: threading.Thread | None = None
        self._started = threading.Event()
        self._failure: str = ""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._stopping: asyncio.Event | None = None
        self._applying = ThreadPoolExecutor(max_workers=1, thread_name_prefix="link-apply")

    # the host's side (any thread) -------------------------------------------------------------

    @property
    def code(self) -> str:
        return self.guard.code

    @property
    def address(self) -> str:
        """What a follower types: ``host:port``."""
        host = local_address() if self.host in ("0.0.0.0", "") else self.host
        return f"{host}:{self.port}"

    @property
    def browser_url(self) -> str:
        return f"http://{self.address}/"

    def start(self) -> None:
        """Listen; returns once listening, or raises LinkError saying why not."""
        self._thread = threading.Thread(target=self._run, name="link-share", daemon=True)
        self._thread.start()
        self._started.wait(30)
        if self._failure:
            raise LinkError(self._failure)
        if self.announce:
            host, _, _ = self.address.rpartition(":")
            self._announcement = Announcement(self.title, host, self.port, self.session_id)
            self._announcement.start()

    def wake(self) -> None:
        """Something changed in the library: look now rather than at the next poll."""
        if self._loop is not None and self._wake is not None:
            self._loop.call_soon_threadsafe(self._wake.set)

    def library_replaced(self) -> None:
        """The library file was put back from a backup (a restore): read the new one, and have
        each follower join again (with the same code), so it receives the library as it now is:
        with its new laptop id, the whole meeting."""
        if self._loop is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._reopen)

    def renew_code(self) -> str:
        self.guard.renew()
        return self.guard.code

    def stop(self) -> None:
        """Stop listening and drop every connection; the code is worth nothing after this."""
        if self._announcement is not None:
            self._announcement.stop()
        if self._loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None:
            self._thread.join(5)
        # a follower's batch being stored is stored whole (or abandoned) before the library closes
        self._applying.shutdown(wait=True, cancel_futures=True)
        self.guard.renew()

    # the server's thread ----------------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception as error:  # nothing of the server may reach the window as a crash
            log.exception("The share stopped")
            self._failure = self._failure or QT_TRANSLATE_NOOP(
                "ShareServer", "Sharing stopped: {error}").format(error=str(error))
            self._started.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake, self._stopping = asyncio.Event(), asyncio.Event()
        reader = Library.open(self.library_path)
        try:
            self.reader = reader
            self.title = reader.sessions.get(self.session_id).title
            self.own_laptop = laptop_id(reader.database)
            try:
                server = await serve(self._handle, self.host, self.port, process_request=self._http,
                                     max_size=MAX_FRAME, max_queue=4, compression=None,
                                     ping_interval=10, ping_timeout=20, open_timeout=10)
            except OSError as error:
                self._failure = QT_TRANSLATE_NOOP(
                    "ShareServer", "Cannot listen on port {port}: {error}.").format(
                    port=self.port, error=str(error.strerror or error))
                self._started.set()
                return
            self.port = int(server.sockets[0].getsockname()[1])
            self._started.set()
            self.on_event(LinkEvent.now("sharing", self.address))
            await self._serve(server)
        finally:
            self.reader.close()

    def _reopen(self) -> None:
        """On the server's thread: the restored library read from now on; the followers'
        connections closed, so each pairs again and is sent what this library holds."""
        replaced, self.reader = self.reader, Library.open(self.library_path)
        self.own_laptop = laptop_id(self.reader.database)
        replaced.close()
        for client in list(self.followers):
            asyncio.ensure_future(client.connection.close(1012, "library replaced"))
        self.wake()

    async def _serve(self, server: Server) -> None:
        assert self._wake is not None and self._stopping is not None
        seen = change_seq(self.reader.database)
        presented = 0.0
        loop = asyncio.get_running_loop()
        while not self._stopping.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.poll_seconds)
            self._wake.clear()
            seq = change_seq(self.reader.database)
            changed = seq != seen
            if changed:
                seen = seq
                for client in list(self.followers):
                    self._catch_up(client)
            if changed or loop.time() - presented >= PRESENTER_EVERY:
                presented = loop.time()
                self._present()
        server.close()
        await server.wait_closed()
        self.on_event(LinkEvent.now("stopped"))

    def _http(self, connection: ServerConnection, request: Request) -> Response | None:
        """The browser view's page on a plain GET; the websockets go through."""
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return None if request.path in (PATH_FOLLOW, PATH_VIEW) else _plain(404, b"Not found")
        address = urlsplit(request.path)
        if address.path in ("/", "/index.html"):
            language = page_language(parse_qs(address.query).get("lang", [""])[0],
                                     request.headers.get("Accept-Language", ""), self._meeting_language())
            body = page(language)
            return Response(200, "OK", Headers([
                ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))),
                ("Content-Language", language), ("Vary", "Accept-Language"),
                ("Cache-Control", "no-store"), ("X-Content-Type-Options", "nosniff")]), body)
        return _plain(404, b"Not found")

    def _meeting_language(self) -> str:
        """The meeting's document language (the summary's), for the browser view's page."""
        try:
            return self.reader.sessions.get(self.session_id).summary_language
        except RoundtableError:
            return ""

    async def _handle(self, connection: ServerConnection) -> None:
        path = connection.request.path if connection.request else ""
        client = _Client(connection)
        sender = asyncio.create_task(self._send_queued(client))
        try:
            if path == PATH_VIEW:
                await self._view(client)
            elif path == PATH_FOLLOW:
                await self._follow(client)
        except (WireError, MessageRefusedError) as error:
            log.info("A link client was dropped: %s", error)
            await connection.close(1008, "refused")
        except (ConnectionClosed, TimeoutError, BatchAbandonedError):
            pass
        finally:
            sender.cancel()
            self.viewers.discard(client)
            if client in self.followers:
                self.followers.discard(client)
                self.on_event(LinkEvent.now("followers", count=len(self.followers)))

    async def _view(self, client: _Client) -> None:
        self.viewers.add(client)
        self._push(client, json.dumps(presenter_reading(self.reader, self.session_id), ensure_ascii=False))
        async for _ in client.connection:  # read-only: what a browser sends is ignored
            pass

    async def _follow(self, client: _Client) -> None:
        if self._unpaired >= MAX_UNPAIRED:
            await client.connection.close(1013, "busy")
            return
        self._unpaired += 1
        try:
            paired = await self._pair(client)
        finally:
            self._unpaired -= 1
        if not paired:
            return
        self.followers.add(client)
        self.on_event(LinkEvent.now("followers", count=len(self.followers)))
        self._catch_up(client, always=True)
        async for frame in client.connection:
            assert client.sealer is not None
            data = parsed(client.sealer.open(frame))
            if data["type"] != "changes":
                raise WireError(f"unexpected {data['type']}")
            changes = changes_in(data, self.session_id)
            client.theirs.update(changes.versions)
            upto = data.get("upto")
            await asyncio.get_running_loop().run_in_executor(self._applying, self.apply, changes)
            self.on_event(LinkEvent.now("received", count=changes.count()))
            self._push(client, message("applied", upto=upto if isinstance(upto, int) else 0))
            self.wake()

    async def _pair(self, client: _Client) -> bool:
        """SPAKE2 with the code, then the follower's sealed hello proves it (see ``pairing``)."""
        connection = client.connection
        await connection.send(message("challenge", meeting=self.title, session_id=self.session_id))
        data = parsed(await self._join_frame(client), "join")
        theirs = _hex(data.get("pake"))
        if self.guard.locked:
            return await self._refuse(client, "locked")
        await asyncio.sleep(self.key_pace.wait(asyncio.get_running_loop().time()))
        code = self.guard.code
        if not self.guard.attempt():
            return await self._refuse(client, "locked")
        frame, sealer = await self._proof(client, code, theirs)
        try:
            hello = parsed(sealer.open(frame), "hello")
        except (MessageRefusedError, WireError):
            return await self._refuse(client, "wrong_code")
        self.guard.proven(code)
        client.sealer = sealer
        had = hello.get("have_seq")
        if hello.get("chair_laptop") == self.own_laptop and isinstance(had, int) and had >= 0:
            client.cursor = had
        await connection.send(sealer.seal(message(
            "welcome", chair_laptop=self.own_laptop, chair_time=self.wall_time(),
            chair_seq=change_seq(self.reader.database))))
        return True

    async def _proof(self, client: _Client, code: str, theirs: bytes) -> tuple[str | bytes, Sealer]:
        """The key for the follower's guess, our SPAKE2 message to it, and what it sends back in
        place of the proof. A follower that leaves before sending anything (or whose message
        is not a key exchange) tested no guess: nothing sealed with the key reached it, and our
        SPAKE2 message is a random point whatever the code; its guess is given back."""
        try:
            # about 15 ms of arithmetic, off the server's loop, paced by ``key_pace``
            mine, key = await asyncio.get_running_loop().run_in_executor(None, answered, code, CHAIR, theirs)
            await client.connection.send(message("pake", pake=mine.hex()))
            frame = await asyncio.wait_for(client.connection.recv(), JOIN_TIMEOUT)
        except (ConnectionClosed, TimeoutError, MessageRefusedError):
            self.guard.abandoned(code)
            raise
        if len(frame) > MAX_JOIN_FRAME:
            raise WireError("join too large")  # something in place of the proof: the guess counts
        return frame, Sealer(key, CHAIR)

    async def _join_frame(self, client: _Client) -> str | bytes:
        frame = await asyncio.wait_for(client.connection.recv(), JOIN_TIMEOUT)
        if len(frame) > MAX_JOIN_FRAME:
            raise WireError("join too large")
        return frame

    async def _refuse(self, client: _Client, reason: str) -> bool:
        self.on_event(LinkEvent.now("refused", reason, count=self.guard.wrong))
        await client.connection.send(message("refused", reason=reason))
        await client.connection.close(1008, reason)
        return False

    def _catch_up(self, client: _Client, always: bool = False) -> None:
        """Queue for the follower what changed since its last reading, in order."""
        if client.cursor > change_seq(self.reader.database):
            client.cursor = 0  # the chair's library was replaced (a restore): send it all
        changes = changes_since(self.reader.database, self.session_id, client.cursor)
        for kind, records in changes.records.items():  # not back to the follower what it sent
            changes.records[kind] = [r for r in records
                                     if changes.versions.get(r.id) != client.theirs.get(r.id)]
        if changes.empty and not always:
            return
        parts = in_parts(changes)
        for number, part in enumerate(parts, 1):
            self._push(client, changes_message(part, seq=changes.last_seq, final=number == len(parts)))
        client.cursor = changes.last_seq

    def _present(self) -> None:
        if not self.viewers:
            return
        text = json.dumps(presenter_reading(self.reader, self.session_id), ensure_ascii=False)
        for client in list(self.viewers):
            self._push(client, text)

    def _push(self, client: _Client, text: str) -> None:
        try:
            client.queue.put_nowait(text)
        except asyncio.QueueFull:  # a slow reader: drop it; it reconnects and catches up
            log.info("A link client was too slow and was dropped")
            asyncio.ensure_future(client.connection.close(1013, "too slow"))

    async def _send_queued(self, client: _Client) -> None:
        while True:
            text = await client.queue.get()
            await client.connection.send(client.sealer.seal(text) if client.sealer else text)


def _plain(status: int, body: bytes) -> Response:
    return Response(status, "Not Found" if status == 404 else "OK", Headers([
        ("Content-Type", "text/plain"), ("Content-Length", str(len(body)))]), body)


def _hex(value: object) -> bytes:
    if not isinstance(value, str) or not 16 <= len(value) <= 128:
        raise WireError("bad key exchange")
    try:
        return bytes.fromhex(value)
    except ValueError:
        raise WireError("bad key exchange") from None
