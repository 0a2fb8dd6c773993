"""The console's behaviour: the speaker list of the meeting shown, each action of the chair stored
at once, and a precise timer that repaints every display from one reading of the clocks."""

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...domain.balance import first_timers_first
from ...domain.changes import ChangeAction, OpChanges, RecordKind
from ...domain.closed_list import check_open
from ...domain.durations import mmss
from ...domain.enums import RequestType, SlotState
from ...domain.errors import RoundtableError, StorageWriteError
from ...domain.ids import utc_now
from ...domain.model import AgendaItem, GuidingQuestion, Participant, Session, SpeakerSlot
from ...domain.speaker_clock import Phase, TimeSource, WallClock
from ...domain.speaker_list import Changes, SpeakerList
from ...domain.speaker_request import SpeakerRequest, plan_request
from ...storage.repositories import (
    AgendaRepository,
    ParticipantRepository,
    QuestionRepository,
    SessionRepository,
    SlotRepository,
)
from ..wording import error_text
from .frame import ConsoleFrame, build_frame

REPAINT_MS = 100  # ten repaints a second: the shown time is never more than ~0.1 s old


@dataclass(frozen=True)
class ConsoleStores:
    """The repositories the console reads and writes."""

    sessions: SessionRepository
    agenda: AgendaRepository
    participants: ParticipantRepository
    slots: SlotRepository
    questions: QuestionRepository | None = None


class Keeper(Protocol):
    """Keeps a refused operation and stores it once the disk answers (the WriteGuard)."""

    def keep(self, description: str, operation: Callable[[], object]) -> None: ...


class ConsoleController(QObject):
    changed = Signal()            # the list or a slot changed: views reload
    ticked = Signal(object)       # a ConsoleFrame, ten times a second
    phase_crossed = Signal(object)  # the current speaker reached the target or the limit
    restored = Signal(str)        # the meeting was opened while someone was speaking
    failed = Signal(str)          # an action the chair cannot do now, in words
    storage_trouble = Signal(object)  # a StorageWriteError: the disk refused the change

    def __init__(self, stores: ConsoleStores, time_source: TimeSource = time.monotonic,
                 wall_clock: WallClock = utc_now, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stores = stores
        self.time_source = time_source
        self.wall_clock = wall_clock
        self.session_id: str | None = None
        self.session: Session | None = None
        self.people: dict[str, Participant] = {}
        self.speakers = SpeakerList([], [], time_source, wall_clock)
        self.restored_message = ""
        self.keeper: Keeper | None = None  # the disk-trouble bar: stores refused actions later
        self.read_only = False  # a follower: the chair's laptop runs the list, this one shows it
        self._shown: set[str] = set()  # the meetings shown since the app started
        self.last_frame: ConsoleFrame | None = None
        self._last_phase: tuple[str, Phase] | None = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.tick)

    # loading ---------------------------------------------------------------------------------

    def set_session(self, session_id: str | None) -> None:
        """Show a meeting. Reloading the meeting already shown keeps the running clock."""
        if session_id and session_id == self.session_id:
            self.reload()
            return
        self.session_id = session_id
        self.restored_message = ""
        self._load()
        restored = self.speakers.restored
        if restored is not None and not self.read_only:  # a follower's clock is the chair's to run
            person = self.people.get(restored.slot.participant_id)
            text = self.tr(
                "{name} was speaking when Roundtable Desktop closed. Their clock goes on from "
                "{spoken}, counted from the time they started.")
            if session_id in self._shown:  # back from another meeting: the app never closed
                text = self.tr("{name} is still speaking: their clock went on while another meeting "
                               "was shown, and stands at {spoken}.")
            self.restored_message = text.format(name=person.name if person else self.tr("A speaker"),
                                                spoken=mmss(restored.spoken_seconds))
        if session_id:
            self._shown.add(session_id)
            self.timer.start()
        else:
            self.timer.stop()
        self.changed.emit()  # views take the new meeting's rows first, then hear the news
        self.tick()
        if self.restored_message:
            self.restored.emit(self.restored_message)

    def reload(self) -> None:
        previous = self.speakers
        self._load()
        current, before = self.speakers.current, previous.current
        if current is not None and before is not None and current.id == before.id and previous.clock:
            previous.clock.target, previous.clock.limit = current.target_seconds, current.limit_seconds
            self.speakers.clock = previous.clock
        self.changed.emit()
        self.tick()

    def _load(self) -> None:
        sid = self.session_id
        self.session = self.stores.sessions.get(sid) if sid else None
        self.people = {p.id: p for p in self.stores.participants.for_session(sid)} if sid else {}
        slots = self.stores.slots.for_session(sid) if sid else []
        items = self.stores.agenda.for_session(sid) if sid else []
        self.speakers = SpeakerList(slots, items, self.time_source, self.wall_clock)

    # reading ---------------------------------------------------------------------------------

    def frame(self) -> ConsoleFrame:
        return build_frame(self.speakers, self.session, self.people, self.time_source(),
                           self.wall_clock())

    def tick(self) -> None:
        frame = self.frame()
        self.last_frame = frame
        self._notice_phase(frame)
        self.ticked.emit(frame)

    def _notice_phase(self, frame: ConsoleFrame) -> None:
        if frame.current is None or frame.reading is None:
            self._last_phase = None
            return
        now = (frame.current.id, frame.reading.phase)
        before = self._last_phase
        self._last_phase = now
        if before is not None and before[0] == now[0] and before[1] != now[1] \
                and now[1] is not Phase.NORMAL and frame.reading.state is SlotState.SPEAKING:
            self.phase_crossed.emit(now[1])

    def participant(self, slot: SpeakerSlot) -> Participant | None:
        return self.people.get(slot.participant_id)

    def participants(self) -> list[Participant]:
        return sorted(self.people.values(), key=lambda p: p.name.casefold())

    def questions(self) -> list[GuidingQuestion]:
        """The meeting's guiding questions, in their order (read when asked: they change elsewhere)."""
        if self.stores.questions is None or not self.session_id:
            return []
        return sorted(self.stores.questions.for_session(self.session_id), key=lambda q: q.position)

    # the chair's actions -------------------------------------------------------------------

    def toggle(self) -> bool:
        return self._run(self.speakers.toggle, "start or pause")

    def end_and_next(self) -> bool:
        return self._run(self.speakers.end_and_next, "next speaker")

    def end_current(self) -> bool:
        return self._run(self.speakers.end_current, "speaker ended")

    def adjust(self, seconds: int) -> bool:
        return self._run(lambda: self.speakers.adjust(seconds), "speaking time changed")

    def start_now(self, slot_id: str) -> bool:
        return self._run(lambda: self.speakers.start_now(slot_id), "floor given")

    def withdraw(self, slot_id: str) -> bool:
        return self._run(lambda: self.speakers.withdraw(slot_id), "speaker withdrawn")

    def readd(self, slot_id: str) -> bool:
        return self._run(lambda: self.speakers.readd(slot_id), "speaker added again")

    def move(self, slot_id: str, index: int) -> bool:
        return self._run(lambda: self.speakers.move(slot_id, index), "speaker moved")

    def move_by(self, slot_id: str, step: int) -> bool:
        return self._run(lambda: self.speakers.move_by(slot_id, step), "speaker moved")

    def add_slot(self, slot: SpeakerSlot, new_participant: Participant | None = None,
                 override_closed: bool = False) -> bool:
        """Put a speaker in the queue, with a participant added in the same step if new. A closed
        list refuses it (ListClosedError, raised) unless ``override_closed``."""
        check_open(self.speakers.item(slot.agenda_item_id), slot.request_type, override_closed)

        def insert() -> Changes:
            changes = self.speakers.insert(slot, override_closed)
            if new_participant is not None:
                changes.participants.append(new_participant)
            return changes

        done = self._run(insert, "speaker added")
        if done and new_participant is not None:
            self.people[new_participant.id] = new_participant
        return done

    def sort_floor_first_timers(self) -> bool:
        """The floor's waiting requests: points of order, then who has not spoken yet, then the rest."""
        floor = self.speakers.interactive_item()
        return self._run(lambda: self.speakers.reorder(
            first_timers_first(self.speakers.slots, floor.id if floor else None)), "floor sorted")

    def mark_present(self, participant_id: str) -> bool:
        """Mark a participant present (a floor request from someone the roll call missed)."""
        person = self.people.get(participant_id)
        if person is None or person.present:
            return person is not None
        marked = replace(person, present=True)
        done = self._run(lambda: Changes(participants=[marked]), "marked present", compare_stored=True)
        if done:
            self.people[participant_id] = marked
        return done

    def taking_attendance(self) -> bool:
        """The roll call has begun: someone in the meeting is marked present."""
        return any(person.present for person in self.people.values())

    def add_request(self, request: SpeakerRequest) -> str | None:
        """Put a typed request in the queue; returns where it went, in words, or None if it could
        not be stored. A request the meeting's rules refuse raises InputError (the dialog keeps
        what was typed and says why)."""
        planned = plan_request(request, self.session_id or "", self.people.values(), self.speakers)
        if not self.add_slot(planned.slot, planned.new_participant, request.override_closed):
            return None
        return self.placement(planned.slot)

    def placement(self, slot: SpeakerSlot) -> str:
        """``Ms X waits 4th in the queue, in “Interventions by discussants”.``"""
        person = self.participant(slot)
        name = person.name if person else self.tr("The speaker")
        item = self.speakers.item(slot.agenda_item_id)
        place = self.speakers.queue_place(slot)
        if place == 1:
            where = self.tr("{name} speaks next").format(name=name)
        else:
            where = self.tr("{name} is number {n} in the queue").format(name=name, n=place)
        if item is None:
            return where + "."
        return self.tr("{where}, in “{item}”.").format(where=where, item=item.title)

    def update_slot(self, slot: SpeakerSlot) -> bool:
        """Store a slot whose stored clock fields were corrected (the time-trouble bar):
        ``slot`` already holds the new values, so what is written is how it differs from the
        stored one."""
        return self._run(lambda: Changes(slots=[slot]), "clock corrected", compare_stored=True)

    def change_request(self, slot_id: str, target: int, limit: int, request_type: RequestType,
                       question_id: str | None) -> bool:
        """A slot's target, limit, kind of request and guiding question edited by the chair."""
        return self._run(lambda: self.speakers.change_request(slot_id, target, limit, request_type,
                                                              question_id), "speaking time changed")

    def set_slot_language(self, slot_id: str, language: str) -> bool:
        """The language of one turn (``""``: the participant's own), for the interpreters."""
        slot = next((s for s in self.speakers.slots if s.id == slot_id), None)
        if slot is None:
            return False
        changed = replace(slot, language=language)
        done = self._run(lambda: Changes(slots=[changed]), "language of the turn", compare_stored=True)
        if done:
            slot.language = language  # the console shows it at once, as stored
            self.tick()
        return done

    def _run(self, action: Callable[[], Changes], what: str, compare_stored: bool = False) -> bool:
        """Do an action and store what it changed (the fields it changed, as one operation of
        the change path) before anything shows it. A follower's console changes nothing."""
        if self.read_only:
            self.failed.emit(self.tr("The speaker list is run from the chair's laptop."))
            return False
        before = {} if compare_stored else self._copies()
        try:
            changes = action()
        except RoundtableError as error:
            self.failed.emit(error_text(error))
            return False
        try:
            self.stores.slots.save_changes(changes.slots, changes.items, changes.participants,
                                           before, what, initiator=self)
        except StorageWriteError as error:
            if self.keeper is None:
                return self._refused(error)
            self._keep_in_memory(changes, before, what, error)
            return True
        except RoundtableError as error:
            return self._refused(error)
        except BaseException:
            self._load()
            self.changed.emit()
            raise
        self.changed.emit()
        self.tick()
        return True

    def _keep_in_memory(self, changes: Changes, before: dict[str, SpeakerSlot | AgendaItem],
                        what: str, error: StorageWriteError) -> None:
        """The disk refused the chair's action: the clock goes on in memory as the chair asked
        (the window never waits on the disk), and what the action changed is kept, as it is now,
        for the disk-trouble bar to store when the disk answers."""
        slots, items = [replace(s) for s in changes.slots], [replace(i) for i in changes.items]
        people = [replace(p) for p in changes.participants]
        earlier = dict(before)

        def store() -> None:
            self.stores.slots.save_changes(slots, items, people, earlier, what, initiator=self)
            stored: list[SpeakerSlot | AgendaItem | Participant] = [*slots, *items, *people]
            for record in stored:  # added now: later writes update them
                held: list[SpeakerSlot | AgendaItem | Participant] = [
                    *self.speakers.slots, *self.speakers.items, *self.people.values()]
                for kept in held:
                    if kept.id == record.id and not kept.created_at:
                        kept.created_at = record.created_at

        assert self.keeper is not None
        self.keeper.keep(what, store)
        self.storage_trouble.emit(error)
        self.changed.emit()
        self.tick()

    def _refused(self, error: RoundtableError) -> bool:
        """What is stored is the truth: show it, not the action that was refused."""
        self._load()
        self.changed.emit()
        self.tick()
        self.failed.emit(error_text(error))
        if isinstance(error, StorageWriteError):
            self.storage_trouble.emit(error)
        return False

    def _copies(self) -> dict[str, SpeakerSlot | AgendaItem]:
        """The records an action may change, as they are before it."""
        copies: dict[str, SpeakerSlot | AgendaItem] = {s.id: replace(s) for s in self.speakers.slots}
        copies.update({i.id: replace(i) for i in self.speakers.items})
        return copies

    def on_changes(self, changes: OpChanges) -> None:
        """Another area (or laptop) changed the meeting: show the stored truth, clock kept."""
        if changes.initiator is self or self.session_id is None:
            return
        if self.session_id in changes.ids(RecordKind.MEETING, ChangeAction.REMOVED):
            return  # the meeting is gone: the window shows another one next
        if changes.concerns(self.session_id) and changes.touches(
                RecordKind.MEETING, RecordKind.AGENDA_ITEM, RecordKind.PARTICIPANT, RecordKind.SLOT):
            self.reload()

    @property
    def wall_now(self) -> datetime:
        return self.wall_clock()
