"""Pairings left half-way (a Wi-Fi that flaps while the rapporteur joins) give their guess back:
until the follower sends something in place of the proof, nothing sealed with its key has
reached it, so it tested no code. A follower that sent a wrong proof still counts."""

import json

import pytest
from websockets.sync.client import connect

from roundtable_desktop.link.pairing import FOLLOWER, KEY_EVERY, WRONG_CODES_ALLOWED, KeyExchange, KeyPace
from tests.link_support import Laptop, chair_library, read, share, wait_until


@pytest.fixture
def chair(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    laptop = Laptop(tmp_path / "chair.sqlite")
    server = share(laptop, session_id)
    yield laptop, server, session_id
    server.stop()
    laptop.close()


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


def _left_after_the_chairs_key_exchange(server, code: str) -> None:
    """Join, read the chair's SPAKE2 message, and drop the connection without a proof."""
    with connect(f"ws://127.0.0.1:{server.port}/follow", open_timeout=30, compression=None) as connection:
        connection.recv(timeout=30)  # the challenge
        connection.send(json.dumps({"type": "join", "pake": KeyExchange(code, FOLLOWER).message.hex()}))
        assert json.loads(connection.recv(timeout=30))["type"] == "pake"


def _left_right_after_joining(server, code: str) -> None:
    with connect(f"ws://127.0.0.1:{server.port}/follow", open_timeout=30, compression=None) as connection:
        connection.recv(timeout=30)
        connection.send(json.dumps({"type": "join", "pake": KeyExchange(code, FOLLOWER).message.hex()}))


def _wrong_proof(server) -> str:
    """A follower with a wrong code that sends its (wrong) proof: the chair's answer."""
    with connect(f"ws://127.0.0.1:{server.port}/follow", open_timeout=30, compression=None) as connection:
        connection.recv(timeout=30)
        guess = KeyExchange(_wrong(server.code), FOLLOWER).message.hex()
        connection.send(json.dumps({"type": "join", "pake": guess}))
        reply = json.loads(connection.recv(timeout=30))
        if reply["type"] != "pake":
            return str(reply.get("reason"))
        connection.send(b"\x00" * 64)
        return str(json.loads(connection.recv(timeout=30)).get("reason"))


def _joins(server, code: str) -> bool:
    from tests.unit.test_link_hostile import _join

    joined = _join(server, code)
    if isinstance(joined, tuple):
        joined[0].close()
        return True
    return False


def test_fifty_abandoned_pairings_leave_the_share_open(chair):
    laptop, server, session_id = chair
    before = read(laptop.path, session_id)
    for number in range(50):  # with the right code and with wrong ones: none proved anything
        code = server.code if number % 2 else _wrong(server.code)
        if number % 5 == 0:
            _left_right_after_joining(server, code)
        else:
            _left_after_the_chairs_key_exchange(server, code)
    wait_until(lambda: server.guard.wrong == 0, "every abandoned pairing gave its guess back")
    assert not server.guard.locked
    assert _joins(server, server.code)
    assert read(laptop.path, session_id) == before


def test_wrong_proofs_still_lock_the_share_whatever_was_abandoned_between(chair):
    laptop, server, session_id = chair
    reasons = []
    for _ in range(WRONG_CODES_ALLOWED):
        _left_after_the_chairs_key_exchange(server, _wrong(server.code))
        reasons.append(_wrong_proof(server))
    assert reasons == ["wrong_code"] * WRONG_CODES_ALLOWED
    wait_until(lambda: server.guard.wrong == WRONG_CODES_ALLOWED, "the wrong proofs counted")
    assert _wrong_proof(server) == "locked"
    assert not _joins(server, server.code)  # even the right code, until a new one
    assert _joins(server, server.renew_code())


def test_keys_for_followers_are_computed_one_per_pace_at_most():
    pace = KeyPace()
    waits = [pace.wait(100.0) for _ in range(5)]  # five pairings arrive at once
    assert waits == pytest.approx([0.0, KEY_EVERY, 2 * KEY_EVERY, 3 * KEY_EVERY, 4 * KEY_EVERY])
    assert pace.wait(200.0) == 0.0  # a pairing long after waits for nothing
