"""The follower counts the clock by the chair's laptop's time, measured when it joins. Only an
authenticated time is taken: a welcome forged in clear, a sealed welcome changed on the way, or a
server that does not know the code, never moves the follower's clock."""

import asyncio
import contextlib
import json
import secrets
import threading
from collections.abc import Callable

import pytest
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from roundtable_desktop.link.follow import REFUSALS, Follower
from roundtable_desktop.link.share import ShareServer
from tests.link_support import Laptop, chair_library, wait_until

SEVEN_MINUTES = 7 * 60
FORGED = 1.0e12  # a time some 30,000 years ahead
# Each laptop's time, held still (fake clocks): the follower's measure of the chair's time is
# then exact, whatever time a loaded machine takes for the round trip.
FOLLOWER_TIME = 1_780_000_000.0
CHAIR_TIME = FOLLOWER_TIME + SEVEN_MINUTES


class ForgingRelay:
    """A websocket relay between the follower and the share that rewrites what the share sends
    (``rewrite(frame, number)``, numbered from 0 per connection; sealed frames are bytes): a
    hostile network in between."""

    def __init__(self, target_port: int, rewrite: Callable[[str | bytes, int], str | bytes]) -> None:
        self.target_port, self.rewrite = target_port, rewrite
        self.connections = 0
        self.port = 0
        self._ready = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)
        self._thread.start()
        self._ready.wait(30)

    async def _main(self) -> None:
        self._loop, self._stop = asyncio.get_running_loop(), asyncio.Event()
        async with serve(self._relay, "127.0.0.1", 0, compression=None, max_size=None) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop.wait()

    async def _relay(self, incoming: ServerConnection) -> None:
        self.connections += 1
        async with connect(f"ws://127.0.0.1:{self.target_port}/follow", compression=None,
                           max_size=None) as outgoing:
            async def down() -> None:
                number = 0
                async for frame in outgoing:
                    await incoming.send(self.rewrite(frame, number))
                    number += 1

            async def up() -> None:
                async for frame in incoming:
                    await outgoing.send(frame)

            tasks = [asyncio.create_task(down()), asyncio.create_task(up())]
            with contextlib.suppress(ConnectionClosed):
                await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
            for task in tasks:
                task.cancel()

    def stop(self) -> None:
        if self._loop is not None and self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)


@pytest.fixture
def chair(tmp_path):
    """The chair's laptop, whose clock is seven minutes ahead of the follower's."""
    session_id = chair_library(tmp_path / "chair.sqlite")
    laptop = Laptop(tmp_path / "chair.sqlite")
    server = ShareServer(laptop.path, session_id, laptop.apply, laptop.told, host="127.0.0.1",
                         poll_seconds=0.05, wall_time=lambda: CHAIR_TIME)
    server.start()
    yield server
    server.stop()
    laptop.close()


def _follower(tmp_path, port: int, code: str) -> tuple[Follower, Laptop]:
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    follower = Follower(f"127.0.0.1:{port}", code, rapporteur.path, rapporteur.apply, rapporteur.told,
                        poll_seconds=0.05, wall_time=lambda: FOLLOWER_TIME)
    follower.start()
    return follower, rapporteur


def _with_forged_welcome(frame: str | bytes, number: int) -> str | bytes:
    """The sealed welcome (after the challenge and the key exchange) replaced by one in clear."""
    if number != 2:
        return frame
    assert isinstance(frame, bytes)  # the first sealed message
    return json.dumps({"type": "welcome", "chair_laptop": "x", "chair_time": FORGED})


def _with_changed_welcome(frame: str | bytes, number: int) -> str | bytes:
    if number != 2:
        return frame
    assert isinstance(frame, bytes)
    changed = bytearray(frame)
    changed[-20] ^= 0x01  # one bit of the sealed text
    return bytes(changed)


def test_the_follower_takes_the_chairs_time_from_the_sealed_welcome(chair, tmp_path):
    follower, rapporteur = _follower(tmp_path, chair.port, chair.code)
    try:
        wait_until(lambda: "received" in rapporteur.kinds(), "the follower joined and stored the meeting")
        assert follower.clock_offset == SEVEN_MINUTES
        assert follower.chair_time() == CHAIR_TIME
    finally:
        follower.stop()
        rapporteur.close()


@pytest.mark.parametrize("rewrite", [_with_forged_welcome, _with_changed_welcome])
def test_a_welcome_forged_or_changed_on_the_way_is_refused_and_no_time_is_taken(chair, tmp_path, rewrite):
    relay = ForgingRelay(chair.port, rewrite)
    follower, rapporteur = _follower(tmp_path, relay.port, chair.code)
    try:
        wait_until(lambda: relay.connections >= 3, "the follower tried again after each refusal")
        assert follower.clock_offset is None
        assert "joined" not in rapporteur.kinds()
        assert rapporteur.library.sessions.count() == 0  # nothing was received either
    finally:
        follower.stop()
        relay.stop()
        rapporteur.close()


def test_a_server_that_does_not_know_the_code_cannot_set_the_followers_clock(tmp_path):
    """A hostile server on the address: its welcome (with a time) cannot prove the code."""
    ready, stop = threading.Event(), threading.Event()
    found: dict[str, int] = {}

    async def pretend(connection: ServerConnection) -> None:
        await connection.send(json.dumps({"type": "challenge", "salt": secrets.token_hex(16),
                                          "nonce": secrets.token_hex(16), "meeting": "A trap",
                                          "session_id": "trap"}))
        await connection.recv()
        await connection.send(json.dumps({"type": "welcome", "proof": "0" * 64, "chair_laptop": "x",
                                          "chair_time": FORGED}))
        await connection.send(f"1.{'0' * 64}.{json.dumps({'type': 'clock', 'chair_time': FORGED})}")
        with contextlib.suppress(ConnectionClosed):
            await connection.recv()

    async def main() -> None:
        async with serve(pretend, "127.0.0.1", 0) as server:
            found["port"] = server.sockets[0].getsockname()[1]
            ready.set()
            while not stop.is_set():
                await asyncio.sleep(0.05)

    thread = threading.Thread(target=lambda: asyncio.run(main()), daemon=True)
    thread.start()
    ready.wait(30)
    follower, rapporteur = _follower(tmp_path, found["port"], "123456")
    try:
        wait_until(lambda: "refused" in rapporteur.kinds(), "the follower refused the server")
        assert [e.text for e in rapporteur.events if e.kind == "refused"] == [REFUSALS["not_chair"]]
        assert follower.clock_offset is None
        assert follower.chair_time() == FOLLOWER_TIME  # its own time
    finally:
        follower.stop()
        stop.set()
        thread.join(10)
        rapporteur.close()
