"""Meeting > Share on this network… and File > Join a shared meeting…, the bar that says the
link's state, and the follower's read-only console. Nothing listens until the user shares."""

import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from ...link.follow import REFUSALS, Follower
from ...link.share import LinkError
from ...link.wire import LinkEvent
from .adapter import LinkAdapter
from .join_dialog import JoinDialog
from .share_dialog import ShareDialog
from .unsure_speakers import UnsureSpeakers


class LiveLinkActions(QObject):
    """Created by the main window with itself; adds its actions and its status-bar label."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.adapter = LinkAdapter(window.library)
        self.unsure_speakers = UnsureSpeakers(window, self.adapter)
        self.dialog: ShareDialog | None = None
        self.shared_session: str | None = None
        self._own_wall_clock: Callable[[], datetime] | None = None  # while following the chair's
        self.listen_host = "0.0.0.0"  # every network of the laptop; tests use loopback
        self.announce = True  # on mDNS, so the rapporteur's laptop lists the meeting
        self.share_action = QAction(self.tr("S&hare on this network\u2026"), window)
        self.share_action.setStatusTip(self.tr("Let the rapporteur's laptop follow this meeting, and "
                                          "phones open the presenter view"))
        self.share_action.triggered.connect(lambda *_: self.share())
        self.join_action = QAction(self.tr("&Join a shared meeting\u2026"), window)
        self.join_action.setStatusTip(
            self.tr("Follow a meeting shared by the chair's laptop on this network"))
        self.join_action.triggered.connect(lambda *_: self.join())
        window.meeting_menu.addSeparator()
        window.meeting_menu.addAction(self.share_action)
        self.stop_following_action = QAction(self.tr("Stop follo&wing"), window)
        self.stop_following_action.setStatusTip(self.tr(
            "Stop following the chair's laptop; what this laptop holds stays, and a new join catches up"))
        self.stop_following_action.triggered.connect(lambda *_: self.stop())
        self.stop_following_action.setEnabled(False)
        window.file_menu.insertAction(window.meeting_file_actions.export_action, self.join_action)
        window.file_menu.insertAction(window.meeting_file_actions.export_action, self.stop_following_action)
        self.status = QLabel()
        self._status_words: Callable[[], str] = str  # the bar's line, asked again on a language change
        self._address = ""  # the last address joined, offered again after a refusal
        window.statusBar().addPermanentWidget(self.status)
        self.adapter.link_event.connect(self._told)
        self.adapter.followers_changed.connect(self._followers)
        window.session_bar.session_chosen.connect(self._meeting_chosen)
        window.installEventFilter(self)

    # sharing ---------------------------------------------------------------------------------

    def share(self) -> ShareDialog | None:
        session_id = self.window.session_id
        if not session_id:
            return None
        if self.adapter.server is None or self.shared_session != session_id:
            try:
                self.adapter.share(session_id, host=self.listen_host, announce=self.announce,
                                   wall_time=self._laptop_time())
            except (LinkError, ValueError) as error:
                QMessageBox.warning(self.window, QCoreApplication.translate(
                    "LiveLinkActions", "Share on this network"), str(error))
                return None
            self.shared_session = session_id
            self._followers(0)
        assert self.adapter.server is not None
        self.dialog = ShareDialog(self.adapter.server, self.window)
        self.dialog.stop_requested.connect(self.stop)
        self.dialog.open()
        return self.dialog

    def _laptop_time(self) -> Callable[[], float]:
        """This laptop's time, as the console reads it, in seconds since 1970."""
        controller = self.window.speakers_panel.controller
        own = self._own_wall_clock or controller.wall_clock
        return lambda: own().timestamp()

    def _count_by_the_chairs_clock(self, follower: Follower) -> None:
        """The follower's console counts the chair's clock readings (stored in the chair's
        time) against the chair's time: this laptop's, corrected by the offset measured when
        joining, so two laptops whose clocks differ show the same countdown."""
        controller = self.window.speakers_panel.controller
        own = self._own_wall_clock or controller.wall_clock
        self._own_wall_clock = own
        controller.wall_clock = lambda: own() + timedelta(seconds=follower.clock_offset or 0.0)

    def _count_by_own_clock(self) -> None:
        if self._own_wall_clock is not None:
            self.window.speakers_panel.controller.wall_clock = self._own_wall_clock
            self._own_wall_clock = None
            self.window.speakers_panel.controller.reload()

    def stop(self) -> None:
        """Stop sharing or following; returns once a batch that arrived is stored whole or
        dropped whole (fetched again on the next join), so the library may close after it."""
        self.adapter.stop()
        self.stop_following_action.setEnabled(False)
        self._count_by_own_clock()
        self.shared_session = None
        self._say(str)
        self._read_only(False)

    def _followers(self, count: int) -> None:
        if self.adapter.sharing:
            self._say(lambda: QCoreApplication.translate(
                "LiveLinkActions", "Shared on this network: {count} following").format(count=count))
        if self.dialog is not None:
            self.dialog.show_followers(count)

    def _meeting_chosen(self, session_id: str) -> None:
        if self.shared_session and session_id != self.shared_session:
            self.stop()  # the share runs until stopped or the meeting is closed
        follower = self.adapter.follower
        if follower is not None and follower.session_id and session_id != follower.session_id:
            self.stop()  # following ends when the rapporteur turns to another meeting

    # following -------------------------------------------------------------------------------

    def join(self, address: str | None = None, code: str | None = None) -> bool:
        if address is None or code is None:
            dialog = JoinDialog(self.window)
            dialog.address.setText(self._address)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            address, code = dialog.chosen()
        try:
            follower = self.adapter.follow(address, code, wall_time=self._laptop_time())
        except ValueError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate(
                "LiveLinkActions", "Join a shared meeting"), str(error))
            return False
        self._count_by_the_chairs_clock(follower)
        self.stop_following_action.setEnabled(True)
        self._address = address
        self._say(lambda: QCoreApplication.translate(
            "LiveLinkActions", "Joining {address}\u2026").format(address=address))
        return True

    def _told(self, event: LinkEvent) -> None:
        follower = self.adapter.follower
        if event.kind == "joined":
            self._say(lambda: QCoreApplication.translate(
                "LiveLinkActions", "Following the chair's laptop: {title}").format(title=event.text))
        elif event.kind == "lost":
            since = time.strftime("%H:%M", time.localtime(event.at))
            self._say(lambda: " ".join((QCoreApplication.translate(
                "LiveLinkActions", "Link lost since {time}; trying again\u2026").format(time=since),
                QCoreApplication.translate(  # the browser view shares the first part
                    "LiveLinkActions", "(shared again? File > Join with the new code)"))))
        elif event.kind == "received" and follower is not None and follower.session_id:
            if self.window.session_id != follower.session_id:
                self.window.session_bar.reload(follower.session_id)
            self._read_only(True)
        elif event.kind == "refused" and follower is not None:
            self.stop()
            self._join_again(refusal_words(event.text))
        elif event.kind == "refused" and self.dialog is not None:
            self.dialog.show_refused(event.text == "locked")

    def _join_again(self, problem: str) -> None:
        """After a refusal the Join dialog opens again with the address kept and the reason."""
        dialog = JoinDialog(self.window)
        dialog.address.setText(self._address)
        dialog.problem.setText(problem)
        dialog.accepted.connect(lambda: self.join(*dialog.chosen()))
        dialog.open()
        dialog.code.setFocus()

    def _say(self, words: Callable[[], str]) -> None:
        self._status_words = words
        self.status.setText(words())

    def _read_only(self, following: bool) -> None:
        """The follower's console shows the chair's speaker list, clock and queue, and leaves
        their changes to the chair's laptop."""
        actions = self.window.console_actions
        for action in (*actions.clock_actions, actions.add_speaker):
            if action is not actions.presenter:
                action.setEnabled(not following)
        self.window.speakers_panel.set_read_only(following)
        self.window.message_actions.set_read_only(following)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.adapter.stop()
        elif watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.status.setText(self._status_words())
        return False


def refusal_words(refusal: str) -> str:
    """Why the chair's laptop refused, in the window's language (the link says it in English)."""
    words = {
        REFUSALS["wrong_code"]: QCoreApplication.translate(
            "LiveLinkActions", "The code is not right: type the 6 digits the chair's laptop shows "
            "now (Meeting > Share on this network\u2026) and join again."),
        REFUSALS["locked"]: QCoreApplication.translate(
            "LiveLinkActions", "Too many wrong codes were tried: ask the chair's laptop for a new code."),
        REFUSALS["not_chair"]: QCoreApplication.translate(
            "LiveLinkActions", "The other laptop did not show that it knows the code."),
        REFUSALS["another_meeting"]: QCoreApplication.translate(
            "LiveLinkActions", "The address now shares another meeting."),
    }
    return words.get(refusal, refusal)
