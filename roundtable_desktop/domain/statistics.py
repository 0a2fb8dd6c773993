"""Speaking-time figures the chair's office asks for: per slot and per agenda item planned vs.
actual, and by role, gender and regional group the number of interventions, total time and share."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .durations import mmss
from .enums import Gender, Region, RequestType, Role, SlotState
from .model import AgendaItem, Participant, SpeakerSlot
from .translatable import QT_TRANSLATE_NOOP

SPOKEN_STATES = (SlotState.DONE, SlotState.SPEAKING, SlotState.PAUSED)


class Overrun(StrEnum):
    """How a speaker's time compares with their slot: past the limit, past the target but within
    the limit, or within the target."""

    PAST_LIMIT = "past_limit"
    PAST_TARGET = "past_target"
    WITHIN_TARGET = "within_target"

    @property
    def wording(self) -> str:
        """English wording with a ``{time}`` field (the UI translates it)."""
        return {Overrun.PAST_LIMIT: QT_TRANSLATE_NOOP("Vocabulary", "{time} past the limit"),
                Overrun.PAST_TARGET: QT_TRANSLATE_NOOP("Vocabulary",
                                                       "{time} past the target, within the limit"),
                Overrun.WITHIN_TARGET: QT_TRANSLATE_NOOP("Vocabulary", "{time} under the target")}[self]


def overrun(spoken: float, target: int, limit: int) -> tuple[Overrun, int]:
    """Against the limit first, then the target (a target above the limit counts as the limit):
    22 s into red is "0:22 past the limit", never "4:08 under" a target that no longer applies."""
    spoken = int(round(spoken))
    target = min(target, limit)
    if spoken > limit:
        return Overrun.PAST_LIMIT, spoken - limit
    if spoken > target:
        return Overrun.PAST_TARGET, spoken - target
    return Overrun.WITHIN_TARGET, target - spoken


def overrun_words(spoken: float, target: int, limit: int) -> str:
    kind, seconds = overrun(spoken, target, limit)
    return kind.wording.format(time=mmss(seconds))


@dataclass(frozen=True)
class SlotFigure:
    speaker: str
    item: str
    request: str
    state: SlotState
    target_seconds: int
    limit_seconds: int
    actual_seconds: int
    request_type: RequestType = RequestType.INTERVENTION

    @property
    def over_seconds(self) -> int | None:
        """Positive when the speaker went past the target, negative when under it; None while
        they are still speaking."""
        if self.state is not SlotState.DONE:
            return None
        return self.actual_seconds - self.target_seconds

    @property
    def over_limit_seconds(self) -> int | None:
        """Positive when the speaker went past the limit, negative when they kept within it."""
        if self.state is not SlotState.DONE:
            return None
        return self.actual_seconds - self.limit_seconds

    @property
    def overrun_words(self) -> str:
        """``0:22 past the limit``, ``1:05 past the target, within the limit``, ``0:40 under the
        target``; empty while they are still speaking."""
        if self.state is not SlotState.DONE:
            return ""
        return overrun_words(self.actual_seconds, self.target_seconds, self.limit_seconds)

    @property
    def is_point_of_order(self) -> bool:
        return self.request_type is RequestType.POINT_OF_ORDER


@dataclass(frozen=True)
class ItemFigure:
    title: str
    planned_seconds: int
    actual_seconds: int | None
    speakers: int

    @property
    def over_seconds(self) -> int | None:
        return None if self.actual_seconds is None else self.actual_seconds - self.planned_seconds


@dataclass(frozen=True)
class GroupFigure:
    label: str
    interventions: int
    total_seconds: int
    share: float


@dataclass(frozen=True)
class Statistics:
    slots: list[SlotFigure]
    items: list[ItemFigure]
    by_role: list[GroupFigure]
    by_gender: list[GroupFigure]
    by_region: list[GroupFigure]
    by_request: list[GroupFigure]
    total_seconds: int
    interventions: int

    @property
    def points_of_order(self) -> int:
        return sum(1 for s in self.slots if s.is_point_of_order)


def meeting_statistics(items: Iterable[AgendaItem], slots: Iterable[SpeakerSlot],
                       participants: Iterable[Participant], spoken: Callable[[SpeakerSlot], float],
                       now: datetime) -> Statistics:
    """``spoken`` gives a slot's spoken seconds (live for the current speaker)."""
    items = sorted(items, key=lambda i: i.position)
    slots = sorted(slots, key=lambda s: s.position)
    people = {p.id: p for p in participants}
    titles = {i.id: i.title for i in items}
    heard = [s for s in slots if s.state in SPOKEN_STATES]
    seconds = {s.id: int(round(spoken(s))) for s in heard}
    slot_figures = [
        SlotFigure(speaker=_name(people, s), item=titles.get(s.agenda_item_id or "", ""),
                   request=s.request_type.label, state=s.state, target_seconds=s.target_seconds,
                   limit_seconds=s.limit_seconds, actual_seconds=seconds[s.id],
                   request_type=s.request_type)
        for s in heard
    ]
    item_figures = [
        ItemFigure(title=i.title, planned_seconds=i.planned_minutes * 60,
                   actual_seconds=_item_seconds(i, now),
                   speakers=sum(1 for s in heard if s.agenda_item_id == i.id))
        for i in items
    ]
    total = sum(seconds.values())

    def grouped(key: Callable[[SpeakerSlot], str], order: list[str]) -> list[GroupFigure]:
        counts: dict[str, int] = {}
        totals: dict[str, int] = {}
        for slot in heard:
            label = key(slot)
            counts[label] = counts.get(label, 0) + 1
            totals[label] = totals.get(label, 0) + seconds[slot.id]
        labels = [label for label in order if label in counts]
        return [GroupFigure(label, counts[label], totals[label], totals[label] / total if total else 0.0)
                for label in labels]

    return Statistics(
        slots=slot_figures, items=item_figures,
        by_role=grouped(lambda s: _role(people, s).label, [r.label for r in Role]),
        by_gender=grouped(lambda s: _gender(people, s).label, [g.label for g in Gender]),
        by_region=grouped(lambda s: _region(people, s).label, [r.label for r in Region]),
        by_request=grouped(lambda s: s.request_type.label, [r.label for r in RequestType]),
        total_seconds=total, interventions=len(heard),
    )


def _role(people: dict[str, Participant], slot: SpeakerSlot) -> Role:
    person = people.get(slot.participant_id)
    return person.role if person else Role.OTHER


def _gender(people: dict[str, Participant], slot: SpeakerSlot) -> Gender:
    person = people.get(slot.participant_id)
    return person.gender if person else Gender.UNSPECIFIED


def _region(people: dict[str, Participant], slot: SpeakerSlot) -> Region:
    person = people.get(slot.participant_id)
    return person.region if person else Region.UNSPECIFIED


def _name(people: dict[str, Participant], slot: SpeakerSlot) -> str:
    person = people.get(slot.participant_id)
    return person.name if person else ""


def _item_seconds(item: AgendaItem, now: datetime) -> int | None:
    if item.actual_start is None:
        return None
    end = item.actual_end or now
    return max(0, int(round((end - item.actual_start).total_seconds())))


CSV_HEADER = ["section", "name", "detail", "interventions", "planned_seconds", "limit_seconds",
              "actual_seconds", "actual", "over_seconds", "share_percent", "request",
              "over_limit_seconds", "against_plan", "intervention_share_percent", "gini"]


def statistics_rows(stats: Statistics) -> list[list[str]]:
    """The figures as CSV rows (header first): one row per slot, agenda item and group."""
    rows = [list(CSV_HEADER)]
    rows.extend(row + [""] * (len(CSV_HEADER) - len(row)) for row in _figure_rows(stats))
    return rows


def _figure_rows(stats: Statistics) -> list[list[str]]:
    rows: list[list[str]] = []
    for s in stats.slots:
        over = "" if s.over_seconds is None else str(s.over_seconds)
        over_limit = "" if s.over_limit_seconds is None else str(s.over_limit_seconds)
        rows.append(["slot", s.speaker, s.item, "1", str(s.target_seconds), str(s.limit_seconds),
                     str(s.actual_seconds), mmss(s.actual_seconds), over, "", s.request_type.value,
                     over_limit, s.overrun_words])
    for i in stats.items:
        actual = "" if i.actual_seconds is None else str(i.actual_seconds)
        over = "" if i.over_seconds is None else str(i.over_seconds)
        rows.append(["agenda_item", i.title, "", str(i.speakers), str(i.planned_seconds), "",
                     actual, mmss(i.actual_seconds), over, "", "", "", ""])
    for section, groups in (("role", stats.by_role), ("gender", stats.by_gender),
                            ("region", stats.by_region), ("request", stats.by_request)):
        for g in groups:
            rows.append([section, g.label, "", str(g.interventions), "", "", str(g.total_seconds),
                         mmss(g.total_seconds), "", f"{g.share * 100:.1f}", "", "", ""])
    rows.append(["total", "", "", str(stats.interventions), "", "", str(stats.total_seconds),
                 mmss(stats.total_seconds), "", "100.0" if stats.total_seconds else "", "", "", ""])
    return rows
