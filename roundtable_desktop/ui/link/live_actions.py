"""Meeting > Share on this network… and File > Join a shared meeting…, the bar that says the
link's state, and the follower's read-only console. Nothing listens until the user shares."""

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from ...domain.errors import StorageWriteError
from ...domain.text import unquoted
from ...link.wire import REFUSALS, LinkError, LinkEvent
from ..application import confirm
from ..wording import error_text
from .adapter import LinkAdapter
from .link_bars import ChairRunsLine, NewShareBar
from .new_share_watch import NewShareWatch
from .set_up_lock import ChairSetsUp
from .unsure_speakers import UnsureSpeakers

if TYPE_CHECKING:  # websockets loads when the user shares or joins, not with the window
    from ...link.discovery import SharedMeeting
    from ...link.follow import Follower
    from .share_dialog import ShareDialog

log = logging.getLogger(__name__)


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
        self.stop_following_action.triggered.connect(lambda *_: self.stop_following())
        self.stop_following_action.setEnabled(False)
        window.file_menu.insertAction(window.meeting_file_actions.export_action, self.join_action)
        window.file_menu.insertAction(window.meeting_file_actions.export_action, self.stop_following_action)
        self.run_here_action = QAction(self.tr("R&un this meeting on this laptop…"), window)
        self.run_here_action.setStatusTip(self.tr(
            "When the chair's laptop is gone for good: this laptop runs the clock and the speaker list"))
        self.run_here_action.triggered.connect(lambda *_: self.run_here())
        self.run_here_action.setEnabled(False)
        window.meeting_menu.addAction(self.run_here_action)
        self.chair_runs = ChairRunsLine(self.run_here_action)
        window.speakers_panel.add_news_line(self.chair_runs)
        self.set_up = ChairSetsUp(window)
        self.new_share = NewShareBar()
        self.new_share.join_requested.connect(self._join_new_share)
        window.centralWidget().layout().insertWidget(1, self.new_share)
        self.watch = NewShareWatch(self)
        self.watch.found.connect(self._new_share_found)
        self._remembered = False  # the join that brought the meeting is kept, for a restart
        self.status = QLabel()
        self._status_words: Callable[[], str] = str  # the bar's line, asked again on a language change
        self._address = ""  # the last address joined, offered again after a refusal
        window.statusBar().addPermanentWidget(self.status)
        self.adapter.link_event.connect(self._told)
        self.adapter.followers_changed.connect(self._followers)
        window.session_bar.session_chosen.connect(self._meeting_chosen)
        window.installEventFilter(self)

    # sharing ---------------------------------------------------------------------------------

    def share(self) -> "ShareDialog | None":
        session_id = self.window.session_id
        if not session_id or not self.share_action.isEnabled():
            return None
        if self.adapter.server is None or self.shared_session != session_id:
            try:
                self.adapter.share(session_id, host=self.listen_host, announce=self.announce,
                                   wall_time=self._laptop_time())
            except (LinkError, ValueError) as error:
                QMessageBox.warning(self.window, QCoreApplication.translate(
                    "LiveLinkActions", "Share on this network"), error_text(error))
                return None
            self.shared_session = session_id
            self._followers(0)
        assert self.adapter.server is not None
        from .share_dialog import ShareDialog  # the QR code's module loads on the first share

        self.dialog = ShareDialog(self.adapter.server, self.window)
        self.dialog.stop_requested.connect(self.stop)
        self.dialog.open()
        return self.dialog

    def _laptop_time(self) -> Callable[[], float]:
        """This laptop's time, as the console reads it, in seconds since 1970."""
        controller = self.window.speakers_panel.controller
        own = self._own_wall_clock or controller.wall_clock
        return lambda: own().timestamp()

    def _count_by_the_chairs_clock(self, follower: "Follower") -> None:
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
        self.watch.stop()
        self.new_share.hide()
        self.stop_following_action.setEnabled(False)
        self._count_by_own_clock()
        self.shared_session = None
        self._say(str)
        self._show_whose(self.window.session_id)

    def stop_following(self) -> None:
        """File > Stop following: the meeting is not joined again by itself when opened."""
        follower = self.adapter.follower
        if follower is not None and follower.session_id:
            self._forget_code(follower.session_id)
        self.stop()

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
        self._show_whose(session_id)
        if session_id and not self.adapter.following:
            self._rejoin(session_id)

    # following -------------------------------------------------------------------------------

    def join(self, address: str | None = None, code: str | None = None, session_id: str = "") -> bool:
        """Follow the share at ``address``; with ``session_id``, only a share of that meeting."""
        if address is None or code is None:
            from .join_dialog import JoinDialog  # the pairing's code loads on the first join

            dialog = JoinDialog(self.window)
            dialog.address.setText(self._address)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            address, code = dialog.chosen()
            dialog.deleteLater()  # each opening leaves nothing behind
            if not accepted:
                return False
        try:
            follower = self.adapter.follow(address, code, wall_time=self._laptop_time(),
                                           session_id=session_id)
        except ValueError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate(
                "LiveLinkActions", "Join a shared meeting"), error_text(error))
            return False
        self._count_by_the_chairs_clock(follower)
        self.watch.stop()
        self.new_share.hide()
        self._remembered = False
        self.stop_following_action.setEnabled(True)
        self._address = address
        self._say(lambda: QCoreApplication.translate(
            "LiveLinkActions", "Joining {address}\u2026").format(address=address))
        return True

    def _told(self, event: LinkEvent) -> None:
        follower = self.adapter.follower
        if event.kind in ("lost", "unreachable") and follower is not None and follower.session_id:
            self.watch.look_for(follower.session_id, self._address)  # shared again elsewhere?
        if event.kind == "joined":
            self.watch.stop()
            self.new_share.hide()
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
            self._remember_join(follower)
        elif event.kind == "refused" and follower is not None:
            if follower.session_id:
                self._forget_code(follower.session_id)  # not tried again on the next open
            self.stop()
            self._join_again(refusal_words(event.text))
        elif event.kind == "refused" and self.dialog is not None:
            self.dialog.show_refused(event.text == "locked")

    def _join_again(self, problem: str) -> None:
        """After a refusal the Join dialog opens again with the address kept and the reason."""
        from .join_dialog import JoinDialog  # the pairing's code loads on the first join

        dialog = JoinDialog(self.window)
        dialog.address.setText(self._address)
        dialog.problem.setText(problem)
        dialog.accepted.connect(lambda: self.join(*dialog.chosen()))
        dialog.finished.connect(lambda *_: dialog.deleteLater())
        dialog.open()
        dialog.code.setFocus()

    # a meeting received from the chair's laptop ---------------------------------------------

    def _show_whose(self, session_id: str | None) -> None:
        """A meeting received from the chair's laptop stays the chair's to run: its console is
        read-only, following or not, and says so; the other meetings are this laptop's."""
        received = bool(session_id) and self.window.library.laptop_links.received(session_id)
        self._read_only(received or self.adapter.following)
        self.chair_runs.setVisible(received)
        self.run_here_action.setEnabled(received)

    def _rejoin(self, session_id: str) -> None:
        """Follow the chair's laptop again where this laptop last joined the meeting."""
        last = self.window.library.laptop_links.last_join(session_id)
        if last is None:
            return
        self._address = last.address  # offered in the Join dialog, joined or not
        if last.code:
            self.join(last.address, last.code, session_id)

    def _remember_join(self, follower: "Follower") -> None:
        if self._remembered:
            return
        try:
            self.window.library.laptop_links.remember_join(follower.session_id, self._address,
                                                           follower.code)
            self._remembered = True
        except StorageWriteError as error:  # the disk-trouble bar says it; the next batch tries again
            log.info("Where the meeting was joined is not kept: %s", error)

    def _forget_code(self, session_id: str) -> None:
        try:
            self.window.library.laptop_links.forget_code(session_id)
        except StorageWriteError as error:
            log.info("The code of the last join is not forgotten: %s", error)

    def run_here(self) -> bool:
        """Meeting > Run this meeting on this laptop…: for when the chair's laptop is gone for
        good. This laptop becomes the chair's laptop for the meeting (asked first)."""
        session_id = self.window.session_id
        links = self.window.library.laptop_links
        if not session_id or not links.received(session_id):
            return False
        title = self.window.library.sessions.get(session_id).title
        if not confirm(self.window, QCoreApplication.translate("LiveLinkActions", "Run this meeting here"),
                       QCoreApplication.translate(
                           "LiveLinkActions",
                           "Run \u201c{title}\u201d on this laptop? Do it only when the chair's laptop is "
                           "gone for good: this laptop stops following it, its clock keys come back, and "
                           "it becomes the chair's laptop for this meeting (it may share it). If the "
                           "other laptop's changes come in later, a record both changed is shown for a "
                           "choice.").format(title=unquoted(title)),
                       QCoreApplication.translate("LiveLinkActions", "Run it here")):
            return False
        try:
            links.run_here(session_id)
        except StorageWriteError as error:
            QMessageBox.warning(self.window, QCoreApplication.translate(
                "LiveLinkActions", "Run this meeting here"), error_text(error))
            return False
        self.stop()
        self.window.session_bar.refresh()  # no longer "from the chair's laptop"
        return True

    # the chair's laptop shares the meeting again ---------------------------------------------

    def _new_share_found(self, meeting: "SharedMeeting | None") -> None:
        if meeting is None:
            self.new_share.hide()
        elif self.adapter.following:
            self.new_share.offer(meeting)

    def _join_new_share(self, meeting: "SharedMeeting | None") -> None:
        """The Join dialog with the new address filled in and the code to type."""
        if meeting is None:
            return
        from .join_dialog import JoinDialog  # the pairing's code loads on the first join

        dialog = JoinDialog(self.window)
        dialog.address.setText(meeting.address)
        dialog.accepted.connect(lambda: self.join(*dialog.chosen(), session_id=meeting.session_id))
        dialog.open()
        dialog.code.setFocus()

    def _say(self, words: Callable[[], str]) -> None:
        self._status_words = words
        self.status.setText(words())

    def _read_only(self, following: bool) -> None:
        """The follower's console shows the chair's speaker list, clock and queue, and leaves
        their changes to the chair's laptop."""
        actions = self.window.console_actions
        if following:
            self.window.speakers_panel.restored_bar.hide()  # the chair's laptop runs the clock
        for action in (*actions.clock_actions, actions.add_speaker):
            if action is not actions.presenter:
                action.setEnabled(not following)
        self.window.speakers_panel.set_read_only(following)
        self.window.message_actions.set_read_only(following)
        self.set_up.show(following)
        # a laptop that joined this share would take this one for the chair's laptop
        self.share_action.setEnabled(not following)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.adapter.stop()
            self.watch.stop()
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
