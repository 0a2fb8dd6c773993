"""Finding shared meetings on the room's network with mDNS (python-zeroconf).

The chair's laptop announces its share while it shares, and only then; a follower lists what is
announced. Hotspots often isolate clients or block multicast: the address can always be typed.
"""

import logging
import socket
import threading
import time
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
    started: float = 0.0  # when the share started, seconds since 1970 (0: not announced)


def _service_name(title: str, address: str) -> str:
    kept = "".join(ch for ch in title if ch.isalnum() or ch in " -")[:40].strip() or "Meeting"
    return f"{kept} ({address}).{SERVICE_TYPE}"


class Announcement:
    """Announces one share on mDNS from a background thread (registering takes a second or two)."""

    def __init__(self, title: str, host: str, port: int, session_id: str = "") -> None:
        self.title, self.host, self.port, self.session_id = title, host, port, session_id
        self.started = time.time()  # a follower keeps the newest share of one meeting
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
                            "session": self.session_id[:64].encode("ascii", "replace"),
                            "started": f"{self.started:.3f}".encode("ascii")})
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
    """Lists the meetings shared on the network. :meth:`meetings` reads the list from any thread;
    ``changed`` (optional) gets the whole list on each change, from zeroconf's thread, and never
    once :meth:`stop` has returned. Nothing of zeroconf's thread reaches the window: the Join
    dialog reads :meth:`meetings` on its own thread."""

    def __init__(self, changed: Callable[[list[SharedMeeting]], None] | None = None) -> None:
        self.changed = changed
        self.found: dict[str, SharedMeeting] = {}
        self.looking = False  # True once zeroconf listens; False again after stop
        self._lock = threading.RLock()  # changed() may stop the browser
        self._stopped = False
        self._zeroconf: Any = None
        self._browser: Any = None

    def start(self) -> None:
        try:
            from zeroconf import ServiceBrowser, Zeroconf

            self._zeroconf = Zeroconf()
            self._browser = ServiceBrowser(self._zeroconf, SERVICE_TYPE, handlers=[self._on_change])
            self.looking = True
        except Exception as error:
            log.info("Cannot look for shared meetings on mDNS: %s", error)

    def meetings(self) -> list[SharedMeeting]:
        with self._lock:
            return sorted(self.found.values(), key=lambda m: (m.title, m.address))

    def _on_change(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        meeting = None
        if state_change is not ServiceStateChange.Removed:
            try:
                meeting = _asked(zeroconf, service_type, name)
            except Exception as error:  # zeroconf closing under the question: nothing to list
                log.info("A shared meeting did not answer on mDNS: %s", error)
            if meeting is None:
                return
        with self._lock:  # stop() waits for this: nothing is told after it returned
            if self._stopped:
                return
            if meeting is None:
                self.found.pop(name, None)
            else:
                self.found[name] = meeting
            listed = sorted(self.found.values(), key=lambda m: (m.title, m.address))
            if self.changed is not None:
                self.changed(listed)

    def stop(self) -> None:
        """Tell nothing more from now on; zeroconf closes in the background (its thread may be
        waiting up to 3 s for an answer), so the window is not held up."""
        with self._lock:
            self._stopped = True
        self.looking = False
        zeroconf, browser = self._zeroconf, self._browser
        self._zeroconf = self._browser = None
        if zeroconf is not None:
            threading.Thread(target=_close, args=(zeroconf, browser), name="link-mdns-close",
                             daemon=True).start()


def _asked(zeroconf: Any, service_type: str, name: str) -> SharedMeeting | None:
    """The meeting a service announces (asked on mDNS, up to 3 s), or None if it does not say."""
    info = zeroconf.get_service_info(service_type, name, timeout=3000)
    if info is None or not info.parsed_addresses():
        return None
    properties = info.properties or {}
    title = properties.get(b"title", b"") or b""
    session = properties.get(b"session", b"") or b""
    try:
        started = float((properties.get(b"started", b"") or b"0").decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        started = 0.0
    return SharedMeeting(title.decode("utf-8", "replace") or name,
                         f"{info.parsed_addresses()[0]}:{info.port}", name,
                         session.decode("ascii", "replace"), started)


def _close(zeroconf: Any, browser: Any) -> None:
    """Ends the browser's thread (which would otherwise wait forever) once a question it is
    asking has its answer or its time-out, then closes zeroconf: nothing is torn down mid-way."""
    try:
        if browser is not None:
            browser.cancel()
        zeroconf.close()
    except Exception as error:
        log.info("Stopping the mDNS browser: %s", error)
