"""The link's pairing and encryption: SPAKE2 from the code, then NaCl secretbox. What crosses
the network (read off a loopback relay) holds no note in clear; a man in the middle without the
code pairs with neither laptop and reads nothing; a wrong code gets nothing sealed to test other
codes against."""

import contextlib
import json
import threading

import pytest
from websockets.sync.client import connect
from websockets.sync.server import serve

from roundtable_desktop.domain.model import Note
from roundtable_desktop.link.pairing import (
    CHAIR,
    FOLLOWER,
    KeyExchange,
    MessageRefusedError,
    Sealer,
    answered,
)
from tests.link_support import Cable, Laptop, chair_library, follow, share, wait_until

SECRET = "Ruritania will abstain on the third paragraph"


def _pair(code_chair: str, code_follower: str) -> tuple[Sealer, Sealer]:
    follower = KeyExchange(code_follower, FOLLOWER)
    mine, chair_key = answered(code_chair, CHAIR, follower.message)
    return Sealer(chair_key, CHAIR), Sealer(follower.finish(mine), FOLLOWER)


def test_the_same_code_gives_both_laptops_one_key_and_sealed_messages_open():
    chair, follower = _pair("123456", "123 456")
    assert follower.open(chair.seal("a note: été")) == "a note: été"
    assert chair.open(follower.seal("back")) == "back"


def test_a_wrong_code_gives_another_key_and_nothing_opens():
    chair, follower = _pair("123456", "123457")
    with pytest.raises(MessageRefusedError, match="not authentic"):
        chair.open(follower.seal(json.dumps({"type": "hello"})))


def test_a_sealed_message_is_unreadable_and_refused_when_changed_replayed_or_reordered():
    chair, follower = _pair("000001", "000001")
    first, second = chair.seal(SECRET), chair.seal("second")
    assert SECRET.encode() not in first
    changed = bytearray(first)
    changed[30] ^= 0x80
    with pytest.raises(MessageRefusedError, match="not authentic"):
        follower.open(bytes(changed))
    with pytest.raises(MessageRefusedError, match="out of order"):
        follower.open(second)  # the first has not come
    assert follower.open(first) == SECRET
    with pytest.raises(MessageRefusedError, match="out of order"):
        follower.open(first)  # the same message again
    with pytest.raises(MessageRefusedError, match="not authentic"):
        follower.open(follower.seal("my own message sent back to me"))
    with pytest.raises(MessageRefusedError, match="malformed"):
        follower.open(json.dumps({"type": "changes"}))  # unsealed


@pytest.mark.parametrize("theirs", [b"", b"\x00" * 33, b"B" + b"\xff" * 32, b"A" * 40])
def test_a_malformed_key_exchange_is_refused(theirs):
    with pytest.raises(MessageRefusedError):
        KeyExchange("123456", CHAIR).finish(theirs)


def test_our_own_key_exchange_message_sent_back_is_refused():
    exchange = KeyExchange("123456", CHAIR)
    with pytest.raises(MessageRefusedError):
        exchange.finish(exchange.message)


@pytest.fixture
def laptops(tmp_path):
    session_id = chair_library(tmp_path / "chair.sqlite")
    chair, rapporteur = Laptop(tmp_path / "chair.sqlite"), Laptop(tmp_path / "rapporteur.sqlite")
    server = share(chair, session_id)
    yield chair, rapporteur, server, session_id
    server.stop()
    chair.close()
    rapporteur.close()


class _Tap(Cable):
    """The loopback relay, also keeping every byte that crosses it, each way apart."""

    def __init__(self, target_port: int) -> None:
        self.heard = {"to chair": bytearray(), "from chair": bytearray()}
        self._lock = threading.Lock()
        super().__init__(target_port)

    def _pump(self, source, sink) -> None:
        way = "to chair" if source.getsockname()[1] == self.port else "from chair"
        try:
            while data := source.recv(65536):
                with self._lock:
                    self.heard[way] += data
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()


def _unmasked(stream: bytes) -> bytes:
    """The payloads of the websocket frames a client sent (RFC 6455 masks them with a random key,
    which hides nothing from an eavesdropper: it is sent with the frame)."""
    data, out = stream[stream.index(b"\r\n\r\n") + 4:], bytearray()
    while len(data) >= 2:
        length, start = data[1] & 0x7F, 2
        if length == 126:
            length, start = int.from_bytes(data[2:4], "big"), 4
        elif length == 127:
            length, start = int.from_bytes(data[2:10], "big"), 10
        key, payload = data[start:start + 4], data[start + 4:start + 4 + length]
        out += bytes(byte ^ key[index % 4] for index, byte in enumerate(payload))
        data = data[start + 4 + length:]
    return bytes(out)


def test_what_crosses_the_network_holds_no_note_in_clear(laptops):
    chair, rapporteur, server, session_id = laptops
    tap = _Tap(server.port)
    follower = follow(rapporteur, server, address=f"127.0.0.1:{tap.port}")
    try:
        wait_until(lambda: rapporteur.library.sessions.count() == 1, "the follower joined")
        chair.library.notes.add(Note(session_id, f"Chair: {SECRET}"))
        wait_until(lambda: any(SECRET in n.text for n in rapporteur.library.notes.for_session(session_id)),
                   "the chair's note reached the follower")
        rapporteur.library.notes.add(Note(session_id, f"Rapporteur: {SECRET}"))
        wait_until(lambda: sum(SECRET in n.text for n in chair.library.notes.for_session(session_id)) == 2,
                   "the rapporteur's note reached the chair")
    finally:
        follower.stop()
        tap.cut()
    from_chair, to_chair = bytes(tap.heard["from chair"]), _unmasked(bytes(tap.heard["to chair"]))
    assert len(from_chair) > 10_000 and len(to_chair) > 200  # the meeting and the note went through
    demo_question = chair.library.load_meeting(session_id).questions[0].text
    for words in (SECRET, "Rapporteur:", "Chair:", demo_question, '"text"', '"changes"'):
        assert words.encode() not in from_chair, words  # ...and none of it in clear
        assert words.encode() not in to_chair, words


def test_a_man_in_the_middle_without_the_code_pairs_with_neither_laptop(laptops):
    """The relay runs the key exchange with each side itself, with a guess (as it must: it cannot
    pass the messages on and read what follows): the follower's hello does not open with its
    key, the chair's laptop refuses what it passes on, and the follower is told the code is wrong."""
    chair, rapporteur, server, session_id = laptops
    guess = f"{(int(server.code) + 1) % 1_000_000:06d}"
    seen: dict[str, object] = {}

    def in_the_middle(victim) -> None:
        with connect(f"ws://127.0.0.1:{server.port}/follow", compression=None) as to_chair:
            victim.send(to_chair.recv(timeout=30))  # the challenge, as it is
            theirs = bytes.fromhex(json.loads(victim.recv(timeout=30))["pake"])
            towards_chair = KeyExchange(guess, FOLLOWER)
            to_chair.send(json.dumps({"type": "join", "pake": towards_chair.message.hex()}))
            chair_pake = bytes.fromhex(json.loads(to_chair.recv(timeout=30))["pake"])
            chair_side = Sealer(towards_chair.finish(chair_pake), FOLLOWER)
            mine, key = answered(guess, CHAIR, theirs)
            victim.send(json.dumps({"type": "pake", "pake": mine.hex()}))
            hello = victim.recv(timeout=30)
            try:
                seen["hello"] = Sealer(key, CHAIR).open(hello)
            except MessageRefusedError:
                seen["hello"] = None
            to_chair.send(chair_side.seal(json.dumps({"type": "hello"})))
            answer = to_chair.recv(timeout=30)
            seen["chair"] = json.loads(answer)["reason"] if isinstance(answer, str) else "sealed"
            victim.send(answer)

    with serve(in_the_middle, "127.0.0.1", 0, compression=None) as relay:
        threading.Thread(target=relay.serve_forever, daemon=True).start()
        follower = follow(rapporteur, server, address=f"127.0.0.1:{relay.socket.getsockname()[1]}")
        try:
            wait_until(lambda: "refused" in rapporteur.kinds(), "the follower was refused")
        finally:
            follower.stop()
            relay.shutdown()
    assert seen == {"hello": None, "chair": "wrong_code"}
    assert any(event.text == "The code is not right." for event in rapporteur.events)
    assert rapporteur.library.sessions.count() == 0
    assert server.guard.wrong == 1


def test_a_wrong_code_gets_nothing_sealed_to_test_other_codes_against(laptops):
    """An active attacker's one guess per connection is all it gets: before the follower proves
    the code, the chair's laptop sends nothing sealed (only the challenge, its key-exchange
    message and the refusal, all plain), so no recorded reply can check another code offline."""
    chair, rapporteur, server, session_id = laptops
    frames: list[str | bytes] = []
    with connect(f"ws://127.0.0.1:{server.port}/follow", compression=None) as connection:
        frames.append(connection.recv(timeout=30))
        exchange = KeyExchange(f"{(int(server.code) + 1) % 1_000_000:06d}", FOLLOWER)
        connection.send(json.dumps({"type": "join", "pake": exchange.message.hex()}))
        frames.append(connection.recv(timeout=30))
        sealer = Sealer(exchange.finish(bytes.fromhex(json.loads(frames[-1])["pake"])), FOLLOWER)
        connection.send(sealer.seal(json.dumps({"type": "hello"})))
        frames.append(connection.recv(timeout=30))
    assert all(isinstance(frame, str) for frame in frames)
    assert [json.loads(frame)["type"] for frame in frames] == ["challenge", "pake", "refused"]
    assert json.loads(frames[-1])["reason"] == "wrong_code"


def test_the_sizes_the_sealer_counts_on_are_secretbox_s():
    from nacl.secret import SecretBox

    from roundtable_desktop.link import pairing

    assert (pairing.KEY_BYTES, pairing.NONCE_BYTES, pairing.MAC_BYTES) == (
        SecretBox.KEY_SIZE, SecretBox.NONCE_SIZE, SecretBox.MACBYTES)
