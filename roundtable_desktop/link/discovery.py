"""Finding shared meetings on the room's network with mDNS (python-zeroconf).

The chair's laptop announces its share while it shares, and only then; a follower lists what is
announced. Hotspots often isolate clients or block multicast: the address can always be typed.
"""

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .wire import SERVICE_TYPE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SharedMeeting:
    """A meeting found on the network: its title, the address to join and the meeting's id
    (empty when an older share did not announce it)."""

    title: str
    address: str  # host:port
    name: str  # the mDNS service name
    session_id: str = ""


def _service_name(title: str, address: str) -> str:
    kept = "".join(ch for ch in title if ch.isalnum() or ch in " -")[:40].strip() or "Meeting"
    return f"{kept} ({address}).{SERVICE_TYPE}"


class Announcement:
    """Announces one share on mDNS from a background thread (registering takes a second or two)."""

    def __init__(self, title: str, host: str, port: int, session_id: str = "") -> None:
        self.title, self.host, self.port, self.session_id = title, host, port, session_id
        self._zeroconf: Any = None
        self._info: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._register, name="link-mdns", daemon=True)
        self._thread.start()

    def _register(self) -> None:
        try:
            from zeroconf import ServiceInfo, Zeroconf

            self._info = ServiceInfo(
                SERVICE_TYPE, _service_name(self.title, f"{self.host}:{self.port}"),
                addresses=[socket.inet_aton(self.host)], port=self.port,
                properties={"title": self.title[:200].encode("utf-8"),
                            "session": self.session_id[:64].encode("ascii", "replace")})
            self._zeroconf = Zeroconf()
            self._zeroconf.register_service(self._info, allow_name_change=True)
        except Exception as error:  # no multicast on this network: the address is typed instead
            log.info("The share is not announced on mDNS: %s", error)

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.join(10)
        if self._zeroconf is not None:
            try:
                if self._info is not None:
                    self._zeroconf.unregister_service(self._info)
                self._zeroconf.close()
            except Exception as error:
                log.info("Stopping the mDNS announcement: %s", error)
            self._zeroconf = None


class MeetingBrowser:
    """Lists the meetings shared on the network; ``changed`` gets the whole list on each change
    (from zeroconf's thread)."""

    def __init__(self, changed: Callable[[list[SharedMeeting]], None]) -> None:
        self.changed = changed
        self.found: dict[str, SharedMeeting] = {}
        self._zeroconf: Any = None
        self._browser: Any = None

    def start(self) -> None:
        try:
            from zeroconf import ServiceBrowser, Zeroconf

            self._zeroconf = Zeroconf()
            self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, handlers=[self._on_change])
        except Exception as error:
            log.info("Cannot look for shared meetings on mDNS: %s", error)

    def _on_change(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        if state_change is ServiceStateChange.Removed:
            self.found.pop(name, None)
        else:
            info = zeroconf.get_service_info(service_type, name, timeout=3000)
            if info is None or not info.parsed_addresses():
                return
            properties = info.properties or {}
            title = properties.get(b"title", b"") or b""
            session = properties.get(b"session", b"") or b""
            self.found[name] = SharedMeeting(title.decode("utf-8", "replace") or name,
                                             f"{info.parsed_addresses()[0]}:{info.port}", name,
                                             session.decode("ascii", "replace"))
        self.changed(sorted(self.found.values(), key=lambda m: m.title))

    def stop(self) -> None:
        if self._zeroconf is not None:
            try:
                self._zeroconf.close()
            except Exception as error:
                log.info("Stopping the mDNS browser: %s", error)
            self._zeroconf = None
