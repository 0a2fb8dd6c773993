"""Following a shared meeting (the rapporteur's laptop): pair with the code, receive the meeting
with its ids and follow it live; send back what this laptop changes. In its own thread.

After a lost link it reconnects by itself and catches up both ways from the last reading each
side confirmed: the chair's laptop sends what changed since the follower's last complete reading,
the follower resends what the chair's laptop has not confirmed. A merge by row versions makes a
change received twice a change applied once. How far it has received is kept in the library with
each batch (``LaptopLinks.reading``), so a restarted follower catches up from there too; a chair's
laptop whose library was replaced (another laptop id, or fewer changes than held) sends it all.
"""

import asyncio
import contextlib
import logging
import math
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from ..domain.meeting_changes import LinkReading, MeetingChanges
from ..domain.row_versions import VersionVector
from ..storage.laptop_identity import own_laptop_ids
from ..storage.laptop_links import LaptopLinks
from ..storage.library import Library
from ..storage.meeting_rows import change_seq, changes_since
from .addresses import parse_address
from .pairing import FOLLOWER, WRONG_CODES_ALLOWED, KeyExchange, MessageRefusedError, Sealer, normal_code
from .wire import (  # noqa: F401 (REFUSALS, COMPLETE, BatchAbandonedError also known from here)
    COMPLETE,
    PATH_FOLLOW,
    REFUSALS,
    BatchAbandonedError,
    LinkEvent,
    WireError,
    changes_in,
    changes_message,
    in_parts,
    message,
    parsed,
)

log = logging.getLogger(__name__)

MAX_RECEIVED_FRAME = 64 * 1024 * 1024
RETRY_SECONDS = (0.5, 1.0, 2.0, 3.0, 5.0)


class _RefusedError(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Follower:
    def __init__(self, address: str, code: str, library_path: Path,
                 apply: Callable[[MeetingChanges], object],
                 on_event: Callable[[LinkEvent], None] | None = None, poll_seconds: float = 0.2,
                 wall_time: Callable[[], float] = time.time) -> None:
        self.host, self.port = parse_address(address)
        self.wall_time = wall_time  # this laptop's time, seconds since 1970
        # seconds to add to this laptop's time to get the chair's laptop's (None: not measured yet)
        self.clock_offset: float | None = None
        self.code = normal_code(code)
        self.library_path = library_path
        self.apply = apply
        self.on_event = on_event or (lambda event: None)
        self.poll_seconds = poll_seconds
        self.session_id = ""
        self.title = ""
        self.connected = False
        self.have_seq = 0  # the chair's change number this library holds everything up to
        self.chair_laptop = ""
        self.acked = 0  # this library's change number the chair's laptop confirmed
        # sealed hellos sent since the last welcome that opened: each lets whoever answers at the
        # address test one guess of the code against it, so after as many as the chair's laptop
        # allows wrong codes the follower stops and asks for the code again
        self._hellos_unanswered = 0
        self._received: dict[str, VersionVector] = {}
        self._received_deletions: set[str] = set()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._applying = ThreadPoolExecutor(max_workers=1, thread_name_prefix="link-apply")
        self._storing = threading.Event()  # set while a batch that arrived is being stored
        self._stop_asked = threading.Event()  # stop() may come before the loop runs

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="link-follow", daemon=True)
        self._thread.start()

    @property
    def storing(self) -> bool:
        """Whether a batch of changes that arrived is being stored right now."""
        return self._storing.is_set()

    def stop(self) -> None:
        """Stop following, and return only once the batch being stored (if any) is stored whole
        or abandoned whole (``apply`` raised ``BatchAbandonedError``): the library can then be
        closed. A batch not stored is fetched again on the next join."""
        self._stop_asked.set()
        if self._loop is not None and self._stopping is not None:
            with contextlib.suppress(RuntimeError):
                self._loop.call_soon_threadsafe(self._stopping.set)
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._applying.shutdown(wait=True, cancel_futures=True)

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except Exception as error:
            log.exception("Following stopped")
            self.on_event(LinkEvent.now("error", f"Following stopped: {error}"))

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        if self._stop_asked.is_set():
            self._stopping.set()
        self.reader = Library.open(self.library_path)
        try:
            await self._keep_following()
        finally:
            # a batch handed to ``apply`` goes on when its task is cancelled: wait for it to end
            await asyncio.get_running_loop().run_in_executor(None, self._applying.shutdown, True)
            self.reader.close()
            self.on_event(LinkEvent.now("stopped"))

    async def _keep_following(self) -> None:
        assert self._stopping is not None
        attempt = 0
        while not self._stopping.is_set():
            try:
                async with connect(f"ws://{self.host}:{self.port}{PATH_FOLLOW}", max_size=MAX_RECEIVED_FRAME,
                                   compression=None, open_timeout=10, ping_interval=10,
                                   ping_timeout=20) as connection:
                    attempt = 0
                    await self._follow(connection)
            except _RefusedError as refused:
                self.on_event(LinkEvent.now("refused", REFUSALS.get(refused.reason, refused.reason)))
                return
            except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError, WireError,
                    MessageRefusedError, InvalidURI, BatchAbandonedError) as error:
                log.info("The link is down: %s", error)
            if self.connected:
                self.connected = False
                if not self._stopping.is_set():  # stopped by the user: not a lost link
                    self.on_event(LinkEvent.now("lost"))
            elif attempt == 0 and not self._stopping.is_set():  # the first try found nobody there
                self.on_event(LinkEvent.now("unreachable"))
            delay = RETRY_SECONDS[min(attempt, len(RETRY_SECONDS) - 1)]
            attempt += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), delay)

    async def _follow(self, connection: ClientConnection) -> None:
        sealer = await self._pair(connection)
        self.connected = True
        self.on_event(LinkEvent.now("joined", self.title))
        assert self._stopping is not None
        stopping = asyncio.create_task(self._stopping.wait())
        working = [asyncio.create_task(self._send_changes(connection, sealer)),
                   asyncio.create_task(self._receive(connection, sealer))]
        try:
            done, _ = await asyncio.wait([stopping, *working], return_when=asyncio.FIRST_COMPLETED)
            for task in done:
                if task is not stopping:
                    task.result()  # the reason the link went down
        finally:
            for task in (stopping, *working):
                task.cancel()
            if self._stopping.is_set():
                await connection.close()

    async def _pair(self, connection: ClientConnection) -> Sealer:
        """SPAKE2 with the code, a sealed hello, and the chair's sealed welcome (see ``pairing``)."""
        challenge = parsed(await asyncio.wait_for(connection.recv(), 15), "challenge")
        session_id = challenge.get("session_id")
        if not isinstance(session_id, str):
            raise WireError("bad challenge")
        if self.session_id and session_id != self.session_id:
            raise _RefusedError("another_meeting")
        self.session_id, self.title = session_id, str(challenge.get("meeting") or "")
        if not self.chair_laptop:
            self._read_kept_reading()
        loop = asyncio.get_running_loop()
        exchange = await loop.run_in_executor(None, KeyExchange, self.code, FOLLOWER)
        await connection.send(message("join", pake=exchange.message.hex()))
        reply = parsed(await asyncio.wait_for(connection.recv(), 15))
        if reply["type"] == "refused":
            raise _RefusedError(str(reply.get("reason")))
        theirs = reply.get("pake")
        if reply["type"] != "pake" or not isinstance(theirs, str):
            raise _RefusedError("not_chair")
        try:
            key = await loop.run_in_executor(None, exchange.finish, bytes.fromhex(theirs))
        except (ValueError, MessageRefusedError):
            raise _RefusedError("not_chair") from None
        sealer = Sealer(key, FOLLOWER)
        asked_at = self.wall_time()
        self._hellos_unanswered += 1
        if self._hellos_unanswered > WRONG_CODES_ALLOWED:
            raise _RefusedError("not_chair")
        await connection.send(sealer.seal(message("hello", have_seq=self.have_seq,
                                                  chair_laptop=self.chair_laptop)))
        frame = await asyncio.wait_for(connection.recv(), 15)
        answered_at = self.wall_time()
        if isinstance(frame, str):  # the chair's laptop could not open the hello: another code
            raise _RefusedError(str(parsed(frame, "refused").get("reason")))
        # a welcome that does not open was changed on the way: the link is down, and tried again
        welcome = parsed(sealer.open(frame), "welcome")
        self._hellos_unanswered = 0
        self._measure_offset(welcome.get("chair_time"), asked_at, answered_at)
        chair = str(welcome.get("chair_laptop") or "")
        chair_seq = welcome.get("chair_seq")
        replaced = isinstance(chair_seq, int) and chair_seq < self.have_seq
        if chair != self.chair_laptop or replaced:
            # another library (or one restored from before): it sends it all, and this
            # laptop's own changes go again, since it may not hold them
            self.chair_laptop, self.have_seq, self.acked = chair, 0, 0
        return sealer

    def _read_kept_reading(self) -> None:
        """Where this library was when it last followed the meeting (before a restart)."""
        kept = LaptopLinks(self.reader.database).reading(self.session_id)
        if kept is not None:
            self.chair_laptop, self.have_seq = kept.chair_laptop, kept.chair_seq
            self.acked = kept.confirmed_seq

    def _measure_offset(self, chair_time: object, asked_at: float, answered_at: float) -> None:
        """The chair's laptop read its time between our sealed hello and its sealed welcome (only
        an authenticated time is taken: a forged one would skew the countdown): taken as the
        middle of the round trip (wrong by at most half of it, milliseconds on a room's network)."""
        if isinstance(chair_time, int | float) and not isinstance(chair_time, bool) \
                and math.isfinite(chair_time) and answered_at >= asked_at:
            self.clock_offset = float(chair_time) - (asked_at + answered_at) / 2

    def chair_time(self) -> float:
        """The chair's laptop's time now, as this laptop estimates it (its own until measured)."""
        return self.wall_time() + (self.clock_offset or 0.0)

    async def _receive(self, connection: ClientConnection, sealer: Sealer) -> None:
        loop = asyncio.get_running_loop()
        async for frame in connection:
            data = parsed(sealer.open(frame))
            if data["type"] == "applied":
                upto = data.get("upto")
                if isinstance(upto, int) and upto > self.acked:
                    self.acked = upto
            elif data["type"] == "changes":
                changes = changes_in(data, self.session_id)
                seq = data.get("seq")
                reached = seq if data.get("final") and isinstance(seq, int) else self.have_seq
                changes.reading = LinkReading(self.chair_laptop, reached, self.acked)
                await loop.run_in_executor(self._applying, self._store, changes)
                self._received.update(changes.versions)
                self._received_deletions.update(t.id for t in changes.tombstones)
                self.have_seq = reached
                # "complete": the last part of a batch, this library now holds the chair's
                # record up to its change number
                self.on_event(LinkEvent.now("received", COMPLETE if data.get("final") else "",
                                            count=changes.count()))
            else:
                raise WireError(f"unexpected {data['type']}")

    def _store(self, changes: MeetingChanges) -> None:
        """On the thread that stores: one batch, whole (``apply`` stores it in one transaction)."""
        self._storing.set()
        try:
            self.apply(changes)
        finally:
            self._storing.clear()

    async def _send_changes(self, connection: ClientConnection, sealer: Sealer) -> None:
        """This laptop's own changes to the meeting, from the last one the chair confirmed."""
        sent = self.acked
        while True:
            await asyncio.sleep(self.poll_seconds)
            if self.have_seq == 0 or change_seq(self.reader.database) <= sent:
                continue
            changes = self._own(changes_since(self.reader.database, self.session_id, sent))
            sent = changes.last_seq
            if changes.empty:
                self.acked = max(self.acked, sent)
                continue
            parts = in_parts(changes)
            for number, part in enumerate(parts, 1):
                upto = changes.last_seq if number == len(parts) else self.acked
                await connection.send(sealer.seal(changes_message(part, upto=upto)))

    def _own(self, changes: MeetingChanges) -> MeetingChanges:
        """Leave out what came from the chair's laptop unchanged since (it has it), and what
        this laptop never changed (it came through the chair's laptop, before a restart too)."""
        ours = own_laptop_ids(self.reader.database)  # its id, and those before a restore

        def changed_here(record_id: str) -> bool:
            version = changes.versions.get(record_id)
            return version is None or not ours.isdisjoint(version)

        for kind, records in changes.records.items():
            changes.records[kind] = [r for r in records
                                     if changes.versions.get(r.id) != self._received.get(r.id)
                                     and changed_here(r.id)]
        changes.tombstones = [t for t in changes.tombstones if t.id not in self._received_deletions]
        return changes
