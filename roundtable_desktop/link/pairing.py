"""Pairing with a 6-digit code: the code never travels; both laptops prove they know it.

The chair's laptop makes a random code and a random salt when it starts sharing. Both sides derive
a key from the code with PBKDF2-HMAC-SHA256 (salted, many rounds), then prove knowledge of the key
by an HMAC over both sides' random nonces (challenge and response), and derive a session key from
it for that connection. Every message after that carries an HMAC over its direction, its number
and its text: a message changed, replayed, reordered or injected is refused. A wrong code counts
against a small budget: once spent, nobody joins until the chair makes a new code.
"""

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

CODE_DIGITS = 6
KDF_ROUNDS = 60_000
WRONG_CODES_ALLOWED = 10


def new_code() -> str:
    return f"{secrets.randbelow(10 ** CODE_DIGITS):0{CODE_DIGITS}d}"


def normal_code(typed: str) -> str:
    """The code as typed ("123 456", "123-456") reduced to its digits."""
    return "".join(ch for ch in typed if ch.isdigit())


def _pbkdf2(password: bytes, salt: bytes, rounds: int) -> bytes:
    """PBKDF2-HMAC-SHA256 (RFC 8018), one block; hashlib's when it has one (OpenSSL), else
    with the standard library's hmac (a package built without OpenSSL)."""
    if hasattr(hashlib, "pbkdf2_hmac"):
        try:
            return hashlib.pbkdf2_hmac("sha256", password, salt, rounds)
        except (ValueError, AttributeError):
            pass
    keyed = hmac.new(password, digestmod=hashlib.sha256)

    def prf(data: bytes) -> bytes:
        mac = keyed.copy()
        mac.update(data)
        return mac.digest()

    block = prf(salt + b"\x00\x00\x00\x01")
    result = int.from_bytes(block, "big")
    for _ in range(rounds - 1):
        block = prf(block)
        result ^= int.from_bytes(block, "big")
    return result.to_bytes(32, "big")


def code_key(code: str, salt: bytes) -> bytes:
    return _pbkdf2(("roundtable-link:" + normal_code(code)).encode(), salt, KDF_ROUNDS)


def proof(key: bytes, role: str, server_nonce: bytes, client_nonce: bytes) -> str:
    return hmac.new(key, b"|".join([role.encode(), server_nonce, client_nonce]), hashlib.sha256).hexdigest()


def session_key(key: bytes, server_nonce: bytes, client_nonce: bytes) -> bytes:
    return hmac.new(key, b"session|" + server_nonce + b"|" + client_nonce, hashlib.sha256).digest()


class MessageRefusedError(Exception):
    """A message that is not authentic, out of order or malformed; the connection is closed."""


@dataclass
class Sealer:
    """Seals outgoing and opens incoming messages of one connection, numbered per direction."""

    key: bytes
    sending: str  # "chair" or "follower": the direction this side sends in
    sent: int = 0
    received: int = 0

    def seal(self, body: str) -> str:
        self.sent += 1
        mac = self._mac(self.sending, self.sent, body)
        return f"{self.sent}.{mac}.{body}"

    def open(self, frame: str) -> str:
        number_text, _, rest = frame.partition(".")
        mac, _, body = rest.partition(".")
        if not number_text.isdigit() or len(mac) != 64:
            raise MessageRefusedError("malformed message")
        number = int(number_text)
        receiving = "follower" if self.sending == "chair" else "chair"
        if not hmac.compare_digest(mac, self._mac(receiving, number, body)):
            raise MessageRefusedError("message not authentic")
        if number != self.received + 1:
            raise MessageRefusedError("message out of order or replayed")
        self.received = number
        return body

    def _mac(self, direction: str, number: int, body: str) -> str:
        data = f"{direction}|{number}|".encode() + body.encode("utf-8", "surrogatepass")
        return hmac.new(self.key, data, hashlib.sha256).hexdigest()


@dataclass
class PairingGuard:
    """The share's code, its salt and its budget of wrong codes."""

    code: str = field(default_factory=new_code)
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    wrong: int = 0
    key: bytes = b""

    def __post_init__(self) -> None:
        self.key = code_key(self.code, self.salt)

    @property
    def locked(self) -> bool:
        return self.wrong >= WRONG_CODES_ALLOWED

    def check(self, server_nonce: bytes, client_nonce: bytes, given: str) -> bool:
        """True when the follower's proof shows the right code; a wrong one is counted."""
        if self.locked:
            return False
        expected = proof(self.key, "follower", server_nonce, client_nonce)
        if hmac.compare_digest(expected, given):
            return True
        self.wrong += 1
        return False

    def renew(self) -> None:
        """A new code (the chair asked): the budget starts again, the old code is worth nothing."""
        self.code, self.salt, self.wrong = new_code(), secrets.token_bytes(16), 0
        self.key = code_key(self.code, self.salt)
