"""While the link to the chair's laptop is lost, look on mDNS for a new share of the meeting
followed: the chair's laptop shared it again, at a new address and with a new code. zeroconf is
loaded on the first look, never at start-up."""

from typing import Any

from PySide6.QtCore import QObject, Signal

from ...link.addresses import parse_address


def _where(address: str) -> tuple[str, int] | None:
    try:
        return parse_address(address)
    except ValueError:
        return None


class NewShareWatch(QObject):
    found = Signal(object)  # a SharedMeeting of the meeting followed, at another address; None: gone
    _listed = Signal(object)  # list[SharedMeeting], from zeroconf's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session_id = ""
        self.address: tuple[str, int] | None = None
        self._browser: Any = None
        self._meetings: list[Any] = []  # the last list, read on the window's thread
        self._listed.connect(self._check)

    @property
    def looking(self) -> bool:
        return self._browser is not None

    def look_for(self, session_id: str, address: str) -> None:
        """Look for a share of ``session_id`` at an address other than ``address``."""
        self.session_id, self.address = session_id, _where(address)
        if self._browser is None:
            from ...link.discovery import MeetingBrowser

            self._meetings = []
            self._browser = MeetingBrowser(self._listed.emit)
            self._browser.start()
        else:
            self._check(self._meetings)

    def _check(self, meetings: list[Any]) -> None:
        self._meetings = meetings
        elsewhere = [meeting for meeting in meetings
                     if self.session_id and meeting.session_id == self.session_id
                     and _where(meeting.address) not in (None, self.address)]
        if elsewhere:  # the newest share: one killed before it may still be listed (no goodbye)
            self.found.emit(max(elsewhere, key=lambda meeting: meeting.started))
        elif self.session_id:
            self.found.emit(None)

    def stop(self) -> None:
        browser, self._browser = self._browser, None
        self.session_id, self._meetings = "", []
        if browser is not None:
            browser.stop()
