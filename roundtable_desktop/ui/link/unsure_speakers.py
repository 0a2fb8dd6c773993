"""The rapporteur's notes while following the chair's laptop: a note begun while the link is
lost is tied to the last speaker seen and marked as not sure; once the link is back and the
chair's record has arrived, each marked note is tied to the speaker who had the floor at its
meeting time (counted by the chair's clock), and a speaker other than the one guessed is said
once in the status bar. A note the record cannot tell about keeps its mark."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ...domain.changes import OpChanges, RecordKind
from ...domain.durations import mmss
from ...domain.errors import RoundtableError
from ...domain.note_links import keeping_question
from ...link.wire import COMPLETE, LinkEvent  # not link.follow: websockets loads on first use
from ...storage.unsure_speakers import SettledSpeaker, settle_unsure_speakers
from ..wording import error_text
from .adapter import FROM_LINK, LinkAdapter

SAID_FOR_MS = 60_000


class UnsureSpeakers(QObject):
    def __init__(self, window: Any, adapter: LinkAdapter) -> None:
        super().__init__(window)
        self.window, self.adapter = window, adapter
        self.lost = False  # since the link was lost, until the chair's record has arrived again
        panel = window.notes_panel
        panel.link_lost = self.link_lost
        # the meeting's start and the turns are in the chair's time: so is a note's meeting time
        panel.wall_clock = lambda: window.speakers_panel.controller.wall_clock()
        adapter.link_event.connect(self._told)
        stop_hearing = window.library.feed.subscribe(self._changed)
        self.destroyed.connect(lambda *_: stop_hearing())  # the library may outlive the window

    def link_lost(self) -> bool:
        follower = self.adapter.follower
        return self.lost and follower is not None and follower.session_id == self.window.session_id

    def _told(self, event: LinkEvent) -> None:
        follower = self.adapter.follower
        if event.kind in ("lost", "unreachable") and follower is not None:
            self.lost = True  # the link went, or the chair's laptop was not there to rejoin
        elif event.kind == "received" and event.text == COMPLETE and follower is not None \
                and follower.connected:
            self.lost = False
            self.settle()

    def _changed(self, changes: OpChanges) -> None:
        """A note stored with its speaker not sure after the chair's record came back (typing
        begun while the link was lost) is settled at once, not at the chair's next change."""
        if changes.origin != FROM_LINK and changes.touches(RecordKind.NOTE) and not self.lost \
                and self.adapter.follower is not None and self.adapter.follower.connected:
            QTimer.singleShot(0, self.settle)

    def settle(self) -> list[SettledSpeaker]:
        follower = self.adapter.follower
        if follower is None or not follower.session_id:
            return []
        try:
            settled = settle_unsure_speakers(self.window.library, follower.session_id)
        except RoundtableError as error:  # refused write: the marks stay, tried again next batch
            self.window.statusBar().showMessage(error_text(error), SAID_FOR_MS)
            return []
        self._box_follows_the_chair()
        differing = [s for s in settled if s.differs]
        if differing:  # said once, in the window's status bar and under the note box
            words = self._words(differing)
            self.window.statusBar().showMessage(words, SAID_FOR_MS)
            self.window.notes_panel.composer.show_status(words)
        return settled

    def _box_follows_the_chair(self) -> None:
        """An empty note box begun while the link was lost takes the chair's speaker now."""
        panel = self.window.notes_panel
        box = panel.composer
        if box.links.speaker_unsure and box.editing is None and box.is_empty():
            box.start(keeping_question(panel.current_links(), box.links.question_id))

    def _words(self, differing: list[SettledSpeaker]) -> str:
        count = len(differing)
        if count > 1:
            return QCoreApplication.translate(
                "UnsureSpeaker", "Notes written while the link was lost and now tied to another speaker, "
                "who had the floor at their time by the chair's record: {count}.").format(count=count)
        settled = differing[0]
        return QCoreApplication.translate(
            "UnsureSpeaker", "The note of {time}, written while the link was lost, is now tied to {speaker}, "
            "who had the floor then by the chair's record (not {guess}).").format(
            time=mmss(settled.meeting_offset_seconds) or "\u2014", speaker=self._name(settled.participant_id),
            guess=self._name(settled.guessed_participant_id))

    def _name(self, participant_id: str | None) -> str:
        if participant_id:
            try:
                return str(self.window.library.participants.get(participant_id).name)
            except RoundtableError:
                pass
        return QCoreApplication.translate("UnsureSpeaker", "no speaker")
