"""Hostile clients on the share: wrong codes (one, and 10,000), malformed and oversized frames,
a slow reader. None changes the library, and the chair's followers keep being served."""

import asyncio
import contextlib
import json

import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import connect

from roundtable_desktop.domain.model import Note
from roundtable_desktop.link import share as share_module
from roundtable_desktop.link.pairing import FOLLOWER, WRONG_CODES_ALLOWED, KeyExchange, Sealer
from roundtable_desktop.link.wire import MAX_FRAME
from tests.link_support import Laptop, chair_library, follow, read, share, wait_until

_SOCKETS = contextlib.ExitStack()  # the test's own connections, each opened as a context


@pytest.fixture(autouse=True)
def _close_sockets():
    yield
    _SOCKETS.close()


def _connect(url: str, **options):
    """A connection used over several steps, opened the supported way (as a context manager)
    and closed when the test ends."""
    return _SOCKETS.enter_context(connect(url, open_timeout=30, **options))


@pytest.fixture
def chair(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    laptop = Laptop(tmp_path / "chair.sqlite")
    server = share(laptop, session_id)
    laptop.before = read(laptop.path, session_id)
    laptop.seq = _seq(laptop)
    yield laptop, server, session_id
    server.stop()
    laptop.close()


def _seq(laptop):
    return laptop.library.database.query("SELECT change_seq FROM laptop")[0][0]


def _unchanged(laptop, session_id):
    assert read(laptop.path, session_id) == laptop.before
    assert _seq(laptop) == laptop.seq


def _join(server, code, **extra):
    """Pair as a follower would; returns (connection, sealer) or the refusal's reason."""
    joined = _join_welcomed(server, code, **extra)
    return joined[:2] if isinstance(joined, tuple) else joined


def _join_welcomed(server, code, **extra):
    """``_join``, also returning the chair's sealed welcome."""
    connection = _connect(f"ws://127.0.0.1:{server.port}/follow", compression=None)
    connection.recv(timeout=30)  # the challenge
    exchange = KeyExchange(code, FOLLOWER)
    connection.send(json.dumps({"type": "join", "pake": exchange.message.hex()}))
    reply = json.loads(connection.recv(timeout=30))
    if reply["type"] != "pake":
        connection.close()
        return reply.get("reason")
    sealer = Sealer(exchange.finish(bytes.fromhex(reply["pake"])), FOLLOWER)
    connection.send(sealer.seal(json.dumps({"type": "hello", **extra})))
    frame = connection.recv(timeout=30)
    if isinstance(frame, str):
        connection.close()
        return json.loads(frame).get("reason")
    welcome = json.loads(sealer.open(frame))
    assert welcome["type"] == "welcome"
    return connection, sealer, welcome


def _closed(connection) -> bool:
    try:
        while True:
            connection.recv(timeout=30)
    except ConnectionClosed:
        return True
    except TimeoutError:
        return False


def _wait_for_applied(connection, sealer) -> None:
    """Read the share's messages (the snapshot first) until it says it applied what was sent."""
    while json.loads(sealer.open(connection.recv(timeout=30)))["type"] != "applied":
        pass


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def test_a_wrong_code_is_refused_and_changes_nothing(chair, tmp_path):
    laptop, server, session_id = chair
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    follower = follow(rapporteur, server, code=_wrong(server.code))
    try:
        wait_until(lambda: "refused" in rapporteur.kinds(), "the follower was refused")
        assert any(e.text == "The code is not right." for e in rapporteur.events)
        assert rapporteur.library.sessions.count() == 0
    finally:
        follower.stop()
        rapporteur.close()
    _unchanged(laptop, session_id)


def test_ten_thousand_wrong_codes_lock_the_share_until_a_new_code(chair):
    laptop, server, session_id = chair
    right = server.code
    # one key-exchange message for every guess, and a made-up hello: as cheap as an attacker
    # can make it (the chair's laptop still has to compute a key for each guess it takes)
    pake = KeyExchange(f"{(int(right) + 1) % 1_000_000:06d}", FOLLOWER).message.hex()

    async def attack() -> list[str]:
        from websockets.asyncio.client import connect as connect_async

        async def one(number: int) -> str:
            try:
                return await attempt(number)
            except ConnectionClosed:
                return "busy"  # more than the share pairs at once: closed before any check

        async def attempt(number: int) -> str:
            async with connect_async(f"ws://127.0.0.1:{server.port}/follow", open_timeout=60,
                                     compression=None) as connection:
                await connection.recv()  # the challenge
                await connection.send(json.dumps({"type": "join", "pake": pake}))
                reply = json.loads(await connection.recv())
                if reply["type"] == "pake":
                    await connection.send(number.to_bytes(4, "big") * 16)  # a hello it cannot seal
                    reply = json.loads(await connection.recv())
                return reply.get("reason", "")

        reasons: list[str] = []
        for start in range(0, 10_000, 50):
            reasons += await asyncio.gather(*(one(n) for n in range(start, start + 50)))
        return reasons

    reasons = asyncio.run(attack())
    assert len(reasons) == 10_000
    assert reasons.count("wrong_code") == WRONG_CODES_ALLOWED
    assert reasons.count("locked") + reasons.count("busy") == 10_000 - WRONG_CODES_ALLOWED
    assert _join(server, right) == "locked"  # even the right code: the chair makes a new one
    _unchanged(laptop, session_id)
    fresh = server.renew_code()
    joined = _join(server, fresh)
    assert not isinstance(joined, str)
    joined[0].close()


@pytest.mark.parametrize("frame", [
    "garbage", b"\x00\x01binary", json.dumps({"type": "join", "nonce": "zz", "proof": 3}),
    json.dumps({"type": "join"}) + " " * 5000, json.dumps([1, 2]), "{" * 100_000,
    json.dumps({"type": "join", "pake": "00" * 33}), json.dumps({"type": "join", "pake": "41" * 40}),
])
def test_malformed_frames_before_pairing_close_the_connection(chair, frame):
    laptop, server, session_id = chair
    connection = _connect(f"ws://127.0.0.1:{server.port}/follow", max_size=None)
    connection.recv(timeout=30)  # the challenge
    connection.send(frame)
    assert _closed(connection)
    _unchanged(laptop, session_id)


def _bad_changes(session_id: str) -> list[str]:
    base = {"type": "changes", "upto": 1, "data": {
        "format": "roundtable-meeting", "version": 1, "session_id": session_id,
        "laptop": {"id": "intruder", "role": "chair"}, "records": {}, "tombstones": []}}
    another = json.loads(json.dumps(base))
    another["data"]["session_id"] = "another-meeting"
    broken = json.loads(json.dumps(base))
    broken["data"]["records"] = {"note": [{"id": "n", "session_id": session_id, "text": 5}]}
    deleting = json.loads(json.dumps(base))
    deleting["data"]["tombstones"] = [{"id": 7, "kind": "session"}]
    return [json.dumps(another), json.dumps(broken), json.dumps(deleting), json.dumps({"type": "nope"})]


@pytest.mark.parametrize("case", range(4))
def test_malformed_messages_after_pairing_close_the_connection(chair, case):
    laptop, server, session_id = chair
    connection, sealer = _join(server, server.code)
    connection.send(sealer.seal(_bad_changes(session_id)[case]))
    assert _closed(connection)
    _unchanged(laptop, session_id)


def test_forged_replayed_and_oversized_frames_are_refused(chair):
    laptop, server, session_id = chair
    note = {"type": "changes", "upto": 1, "data": {
        "format": "roundtable-meeting", "version": 1, "session_id": session_id,
        "laptop": {"id": "x", "role": "rapporteur"}, "tombstones": [],
        "records": {"note": [{"id": "n1", "session_id": session_id, "text": "injected"}]}}}
    for attack in ("unsealed", "forged", "replayed", "oversized"):
        connection, sealer = _join(server, server.code)
        if attack == "unsealed":
            connection.send(json.dumps(note))
        elif attack == "forged":  # one bit of the sealed text changed on the way
            sealed = bytearray(sealer.seal(json.dumps(note)))
            sealed[-20] ^= 0x01
            connection.send(bytes(sealed))
        elif attack == "replayed":  # a genuine frame of this connection, sent a second time
            first = sealer.seal(json.dumps({"type": "changes", "upto": 0, "data": {
                **note["data"], "records": {}}}))
            connection.send(first)
            _wait_for_applied(connection, sealer)  # the genuine frame was taken...
            connection.send(first)  # ...and the same frame again is refused
        else:
            connection.send("x" * (MAX_FRAME + 1))
        assert _closed(connection), attack
    _unchanged(laptop, session_id)


def test_a_slow_reader_is_dropped_and_the_others_keep_following(chair, tmp_path, monkeypatch):
    laptop, server, session_id = chair
    monkeypatch.setattr(share_module, "QUEUE_LIMIT", 4)
    slow, _sealer = _join(server, server.code)  # pairs, then never reads again
    rapporteur = Laptop(tmp_path / "rapporteur.sqlite")
    follower = follow(rapporteur, server)
    try:
        wait_until(lambda: rapporteur.library.sessions.count() == 1, "the good follower joined")
        long_text = "A long statement. " * 20_000  # 360 KB a note: the slow reader's buffers fill
        for number in range(40):
            laptop.library.notes.add(Note(session_id, f"{number} {long_text}"))
        wait_until(lambda: len(rapporteur.library.notes.for_session(session_id)) == 40,
                   "every note reached the good follower")
        assert _closed(slow)
    finally:
        follower.stop()
        rapporteur.close()


def test_the_chairs_time_comes_sealed_and_a_client_cannot_send_one(chair):
    """The first sealed message after pairing, the welcome, carries the chair's time; a follower
    that sends a time (or any clock message) to the chair is dropped and changes nothing."""
    laptop, server, session_id = chair
    connection, sealer, welcome = _join_welcomed(server, server.code)
    assert sealer.received == 1 and isinstance(welcome["chair_time"], float)
    connection.send(sealer.seal(json.dumps({"type": "clock", "chair_time": 1.0e12})))
    assert _closed(connection)
    _unchanged(laptop, session_id)
