"""Each sealed hello a follower sends lets whoever answers at the address test one guess of the
code against it. A false chair's laptop that runs the key exchange with a guess and then drops
the connection (so the follower sees a lost link, not a refusal) gets as many hellos as the chair's
laptop allows wrong codes, then the follower stops and asks for the code."""

import asyncio
import contextlib
import json
import threading

from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from roundtable_desktop.link.follow import REFUSALS, Follower
from roundtable_desktop.link.pairing import CHAIR, WRONG_CODES_ALLOWED, answered
from tests.link_support import Laptop, wait_until


class GuessingChair:
    """Answers each join with SPAKE2 on its own guess, takes the sealed hello, and drops."""

    def __init__(self) -> None:
        self.hellos = 0
        self.connections = 0
        self.port = 0
        self._ready, self._stop = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)
        self._thread.start()
        self._ready.wait(30)

    async def _answer(self, connection: ServerConnection) -> None:
        self.connections += 1
        await connection.send(json.dumps({"type": "challenge", "meeting": "A trap", "session_id": "trap"}))
        join = json.loads(await connection.recv())
        mine, _ = answered(f"{self.connections:06d}", CHAIR, bytes.fromhex(join["pake"]))
        await connection.send(json.dumps({"type": "pake", "pake": mine.hex()}))
        with contextlib.suppress(ConnectionClosed):
            if isinstance(await connection.recv(), bytes):
                self.hellos += 1  # one guess tested against it, offline
        await connection.close()

    async def _main(self) -> None:
        async with serve(self._answer, "127.0.0.1", 0) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            while not self._stop.is_set():
                await asyncio.sleep(0.05)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)


def test_a_false_chair_gets_no_more_hellos_than_the_chair_allows_wrong_codes(tmp_path):
    trap = GuessingChair()
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    follower = Follower(f"127.0.0.1:{trap.port}", "987654", rapporteur.path, rapporteur.apply,
                        rapporteur.told, poll_seconds=0.05)
    follower.start()
    try:
        wait_until(lambda: "refused" in rapporteur.kinds(), "the follower stopped and asks for the code",
                   timeout=120)
        assert [e.text for e in rapporteur.events if e.kind == "refused"] == [REFUSALS["not_chair"]]
        assert trap.hellos == WRONG_CODES_ALLOWED
        tried = trap.connections
        follower.stop()
        assert trap.connections == tried  # no more tries after it stopped
        assert "joined" not in rapporteur.kinds()
    finally:
        follower.stop()
        trap.stop()
        rapporteur.close()
