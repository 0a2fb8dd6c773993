"""Pairing with a 6-digit code, then every message sealed: the design magic-wormhole uses.

1. **SPAKE2** (a password-authenticated key exchange; the ``spake2`` library, magic-wormhole's)
   with the code: the follower and the chair's laptop each send one message made from the code
   and a fresh random secret, and each ends with a 32-byte key, the same on both sides only if
   both used the same code. The code never travels, and what travels lets nobody test codes
   offline: an eavesdropper who records a pairing learns nothing about the code, and a laptop
   that joins with a guess learns only whether that one guess was right, as it would by typing it.
2. **Key confirmation**: the follower's first message is sealed with that key; the chair's laptop
   can open it only if the codes matched, and only then answers, sealed too. A guess counts
   against a small budget as soon as the chair's laptop computes a key for it, and is given back
   when the follower proves it right, or when the follower leaves before sending anything in
   place of the proof: until then nothing sealed with the key has reached it, and the chair's
   SPAKE2 message alone is a random point whatever the code, so it tested no guess. Once the
   budget is spent nobody joins until the chair makes a new code (the code also dies when the
   share stops). Keys are computed one at a time and at most one per ``KEY_EVERY`` seconds, so a
   flood of pairings left half-way cannot keep the chair's laptop computing.
3. **NaCl secretbox** (XSalsa20-Poly1305, PyNaCl over libsodium) for every message after that,
   with one key per direction derived from the SPAKE2 key by HKDF-SHA256 (RFC 5869), and the
   message's number in its direction as the nonce: the traffic is unreadable on the wire, and a
   message changed, replayed, reordered or injected is refused (the connection closes).
"""

import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any

CODE_DIGITS = 6
WRONG_CODES_ALLOWED = 10
KEY_EVERY = 0.1  # seconds between two keys computed for followers (15 ms each: under 15 % of a core)
CHAIR, FOLLOWER = "chair", "follower"
_IDENTITIES = {"idA": b"roundtable-desktop chair", "idB": b"roundtable-desktop follower"}
PAKE_MESSAGE_BYTES = 33  # SPAKE2 on Ed25519: a side byte and a group element
KEY_BYTES, NONCE_BYTES, MAC_BYTES = 32, 24, 16  # XSalsa20-Poly1305 (secretbox)
SEAL_OVERHEAD = NONCE_BYTES + MAC_BYTES
# The libraries load on the first pairing, not with the window (about 35 ms of imports).


def new_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def normal_code(typed: str) -> str:
    """The code as typed ("123 456", "123-456") reduced to its digits."""
    return "".join(ch for ch in typed if ch.isdigit())


class MessageRefusedError(Exception):
    """A message that is not authentic, out of order or malformed; the connection is closed."""


class KeyExchange:
    """One side's SPAKE2 run with the code: ``message`` goes to the other side, whose message
    ``finish`` turns into the shared key (different on the two sides if the codes differ)."""

    def __init__(self, code: str, role: str) -> None:
        from spake2 import SPAKE2_A, SPAKE2_B

        password = ("roundtable-link:" + normal_code(code)).encode()
        self._spake = (SPAKE2_A if role == CHAIR else SPAKE2_B)(password, **_IDENTITIES)
        self.message: bytes = self._spake.start()

    def finish(self, theirs: bytes) -> bytes:
        if len(theirs) != PAKE_MESSAGE_BYTES:
            raise MessageRefusedError("malformed key exchange")
        try:
            return bytes(self._spake.finish(theirs))
        except Exception:  # not a point of the group, our own message sent back...
            raise MessageRefusedError("malformed key exchange") from None


def answered(code: str, role: str, theirs: bytes) -> tuple[bytes, bytes]:
    """For the side that answers the other's SPAKE2 message: its own message and the key."""
    exchange = KeyExchange(code, role)
    return exchange.message, exchange.finish(theirs)


def _direction_key(key: bytes, direction: str) -> bytes:
    from hkdf import Hkdf

    return bytes(Hkdf(b"roundtable-link", key, hash=hashlib.sha256).expand(
        f"roundtable-link {direction} to other".encode(), KEY_BYTES))


@dataclass
class Sealer:
    """Seals outgoing and opens incoming messages of one connection, numbered per direction."""

    key: bytes
    sending: str  # CHAIR or FOLLOWER: the direction this side sends in
    sent: int = 0
    received: int = 0
    _out: Any = field(init=False, repr=False)  # nacl.secret.SecretBox
    _in: Any = field(init=False, repr=False)

    def __post_init__(self) -> None:
        from nacl.secret import SecretBox

        receiving = FOLLOWER if self.sending == CHAIR else CHAIR
        self._out = SecretBox(_direction_key(self.key, self.sending))
        self._in = SecretBox(_direction_key(self.key, receiving))

    def seal(self, body: str) -> bytes:
        self.sent += 1
        sealed = self._out.encrypt(body.encode("utf-8", "surrogatepass"),
                                   self.sent.to_bytes(NONCE_BYTES, "big"))
        return bytes(sealed)

    def open(self, frame: str | bytes) -> str:
        from nacl.exceptions import CryptoError

        if not isinstance(frame, bytes) or len(frame) < SEAL_OVERHEAD:
            raise MessageRefusedError("malformed message")
        try:
            plain = self._in.decrypt(frame)
        except CryptoError:
            raise MessageRefusedError("message not authentic") from None
        number = int.from_bytes(frame[:NONCE_BYTES], "big")
        if number != self.received + 1:
            raise MessageRefusedError("message out of order or replayed")
        self.received = number
        try:
            return plain.decode("utf-8")
        except UnicodeDecodeError:
            raise MessageRefusedError("malformed message") from None


@dataclass
class PairingGuard:
    """The share's code and its budget of guesses: one is spent when the chair's laptop computes
    a key for a follower, given back when that follower proves it knows the code."""

    code: str = field(default_factory=new_code)
    wrong: int = 0

    @property
    def locked(self) -> bool:
        return self.wrong >= WRONG_CODES_ALLOWED

    def attempt(self) -> bool:
        """A follower asks to pair: False once the budget is spent, else one guess is spent."""
        if self.locked:
            return False
        self.wrong += 1
        return True

    def proven(self, code: str) -> None:
        """The follower of an attempt made with ``code`` proved it right: its guess comes back
        (unless the chair has made a new code since)."""
        if code == self.code and self.wrong > 0:
            self.wrong -= 1

    def abandoned(self, code: str) -> None:
        """The follower of an attempt made with ``code`` left before sending anything in place
        of the proof: nothing sealed with its key reached it, so it tested no guess, which comes
        back (unless the chair has made a new code since)."""
        self.proven(code)

    def renew(self) -> None:
        """A new code (the chair asked): the budget starts again, the old code is worth nothing."""
        self.code, self.wrong = new_code(), 0


@dataclass
class KeyPace:
    """When the next key for a follower may be computed: one per ``every`` seconds at most."""

    every: float = KEY_EVERY
    _next: float = float("-inf")

    def wait(self, now: float) -> float:
        """Seconds to wait from ``now`` before computing a key (the slot is taken)."""
        start = max(now, self._next)
        self._next = start + self.every
        return start - now
