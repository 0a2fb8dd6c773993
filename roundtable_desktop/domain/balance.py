"""Balance in the queue: the shares of speaking time and of interventions by gender and regional
group for the speakers so far, who waits without having spoken yet, the floor requests sorted
so that those come first (points of order stay at the head), and a fairness figure: the Gini
coefficient of speaking time among those who asked for the floor."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .enums import RequestType, SlotState
from .model import SpeakerSlot
from .statistics import SPOKEN_STATES, GroupFigure, Statistics


@dataclass(frozen=True)
class Share:
    """One group's share of the speakers so far."""

    label: str
    interventions: int
    seconds: int
    time_share: float          # of all the time spoken, 0-1
    intervention_share: float  # of all the interventions, 0-1


@dataclass(frozen=True)
class Balance:
    by_gender: list[Share]
    by_region: list[Share]
    gini: float | None  # None: fewer than two who asked, or nobody has spoken yet
    askers: int         # how many asked for the floor (the Gini's population)


def shares(groups: Iterable[GroupFigure], interventions: int) -> list[Share]:
    return [Share(g.label, g.interventions, g.total_seconds, g.share,
                  g.interventions / interventions if interventions else 0.0) for g in groups]


def gini(values: Sequence[float]) -> float | None:
    """0 when everyone had the same time, towards 1 when one had it all; None when it says
    nothing (fewer than two values, or all zero)."""
    if len(values) < 2:
        return None
    total = sum(values)
    if total <= 0:
        return None
    ordered = sorted(max(0.0, v) for v in values)
    n = len(ordered)
    weighted = sum((index + 1) * value for index, value in enumerate(ordered))
    return max(0.0, (2 * weighted) / (n * total) - (n + 1) / n)


def speaking_time_by_asker(slots: Iterable[SpeakerSlot],
                           spoken: Callable[[SpeakerSlot], float]) -> dict[str, float]:
    """Everyone on the list of speakers (waiting, withdrawn or heard) with the seconds they spoke."""
    seconds: dict[str, float] = {}
    for slot in slots:
        heard = spoken(slot) if slot.state in SPOKEN_STATES else 0.0
        seconds[slot.participant_id] = seconds.get(slot.participant_id, 0.0) + heard
    return seconds


def meeting_balance(stats: Statistics, slots: Iterable[SpeakerSlot],
                    spoken: Callable[[SpeakerSlot], float]) -> Balance:
    asked = speaking_time_by_asker(slots, spoken)
    return Balance(shares(stats.by_gender, stats.interventions),
                   shares(stats.by_region, stats.interventions),
                   gini(list(asked.values())), len(asked))


def not_yet_spoken(slots: Iterable[SpeakerSlot]) -> set[str]:
    """The waiting slots of people who have not spoken in this meeting (nor speak now)."""
    slots = list(slots)
    heard = {s.participant_id for s in slots if s.state in SPOKEN_STATES}
    return {s.id for s in slots if s.state is SlotState.QUEUED and s.participant_id not in heard}


def first_timers_first(slots: Sequence[SpeakerSlot], floor_item_id: str | None) -> list[SpeakerSlot]:
    """The list with the waiting floor requests (of ``floor_item_id``) reordered in their own
    places: points of order first, then those who have not spoken yet, then the others, each
    in the order they asked. Nobody else moves."""
    new = not_yet_spoken(slots)
    places = [i for i, s in enumerate(slots)
              if s.state is SlotState.QUEUED and s.agenda_item_id == floor_item_id]
    waiting = [slots[i] for i in places]

    def rank(slot: SpeakerSlot) -> int:
        if slot.request_type is RequestType.POINT_OF_ORDER:
            return 0
        return 1 if slot.id in new else 2

    ordered = sorted(waiting, key=rank)  # stable: the order they asked within each rank
    result = list(slots)
    for place, slot in zip(places, ordered, strict=True):
        result[place] = slot
    return result
