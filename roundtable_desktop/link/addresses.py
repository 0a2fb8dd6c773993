"""This laptop's address on the room's network, as a follower types it."""

import socket

from ..domain.translatable import QT_TRANSLATE_NOOP


def local_address() -> str:
    """The IPv4 address the laptop's default route uses (no packet is sent), else loopback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        address = str(probe.getsockname()[0])
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address


def parse_address(typed: str, default_port: int = 0) -> tuple[str, int]:
    """``192.168.1.5:8765``, ``ws://host:port/``, ``http://host:port/`` -> (host, port)."""
    text = typed.strip()
    for prefix in ("ws://", "wss://", "http://", "https://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
    text = text.split("/", 1)[0]
    host, _, port_text = text.rpartition(":")
    if not host:
        host, port_text = port_text, str(default_port)
    host = host.strip("[]")
    if not host or not port_text.isdigit() or not 0 < int(port_text) < 65536:
        raise ValueError(QT_TRANSLATE_NOOP(
            "LinkAddress", "“{typed}” is not an address like 192.168.1.5:8765.").format(typed=typed))
    return host, int(port_text)
