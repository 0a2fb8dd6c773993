"""Balance in the queue: shares, who has not spoken yet, the floor sorted for them, and the Gini
coefficient of speaking time among those who asked."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.balance import (
    first_timers_first,
    gini,
    meeting_balance,
    not_yet_spoken,
    shares,
    speaking_time_by_asker,
)
from roundtable_desktop.domain.enums import RequestType, SlotState
from roundtable_desktop.domain.model import SpeakerSlot
from roundtable_desktop.domain.statistics import GroupFigure, Statistics

FLOOR = "floor"


def slot(person: str, state: SlotState = SlotState.QUEUED, item: str = FLOOR,
         request: RequestType = RequestType.INTERVENTION, spoken: float = 0.0) -> SpeakerSlot:
    return SpeakerSlot("m", person, agenda_item_id=item, state=state, request_type=request,
                       spoken_seconds=spoken)


def test_gini_is_zero_for_equal_time_and_large_when_one_had_it_all() -> None:
    assert gini([120, 120, 120]) == 0
    assert gini([0, 0, 0, 300]) == pytest.approx(0.75)
    assert gini([100]) is None and gini([0, 0]) is None and gini([]) is None


@given(st.lists(st.integers(0, 10_000), min_size=2, max_size=30), st.integers(1, 100), st.randoms())
def test_gini_is_between_0_and_1_and_ignores_order_and_scale(values, scale, rnd) -> None:
    g = gini(values)
    if sum(values) <= 0:
        assert g is None
        return
    assert g is not None and 0 <= g < 1
    shuffled = list(values)
    rnd.shuffle(shuffled)
    again, scaled = gini(shuffled), gini([v * scale for v in values])
    assert again is not None and scaled is not None
    assert math.isclose(g, again, abs_tol=1e-9) and math.isclose(g, scaled, abs_tol=1e-6)


def test_those_who_asked_include_the_ones_still_waiting_with_no_time() -> None:
    slots = [slot("a", SlotState.DONE, spoken=200), slot("b"), slot("a", SlotState.DONE, spoken=100),
             slot("c", SlotState.WITHDRAWN)]
    asked = speaking_time_by_asker(slots, lambda s: s.spoken_seconds)
    assert asked == {"a": 300, "b": 0, "c": 0}


def test_shares_of_time_and_of_interventions() -> None:
    groups = [GroupFigure("Women", 1, 300, 0.75), GroupFigure("Men", 3, 100, 0.25)]
    women, men = shares(groups, 4)
    assert (women.time_share, women.intervention_share) == (0.75, 0.25)
    assert (men.time_share, men.intervention_share) == (0.25, 0.75)


def test_the_balance_of_a_meeting() -> None:
    stats = Statistics([], [], [], [GroupFigure("Women", 2, 300, 0.5)], [], [], 600, 4)
    slots = [slot("a", SlotState.DONE, spoken=300), slot("b", SlotState.DONE, spoken=300), slot("c")]
    balance = meeting_balance(stats, slots, lambda s: s.spoken_seconds)
    assert balance.askers == 3 and balance.gini == pytest.approx(1 / 3)
    assert balance.by_gender[0].intervention_share == 0.5


def test_a_waiting_speaker_who_spoke_before_is_not_marked() -> None:
    spoke = slot("a", SlotState.DONE, spoken=60)
    again, new, speaking = slot("a"), slot("b"), slot("c", SlotState.SPEAKING)
    later = slot("c")
    assert not_yet_spoken([spoke, speaking, again, new, later]) == {new.id}


def test_the_floor_is_sorted_first_timers_first_with_points_of_order_at_the_head() -> None:
    spoke = slot("a", SlotState.DONE, spoken=60)
    discussant = slot("x", item="discussants")
    again = slot("a")
    order = slot("p", request=RequestType.POINT_OF_ORDER)
    new1, new2 = slot("b"), slot("c")
    listed = [spoke, order, discussant, again, new1, new2]
    assert first_timers_first(listed, FLOOR) == [spoke, order, discussant, new1, new2, again]


STATES = st.sampled_from([SlotState.QUEUED, SlotState.QUEUED, SlotState.DONE, SlotState.WITHDRAWN])


@given(st.lists(st.tuples(st.sampled_from("abcde"), STATES, st.sampled_from([FLOOR, "other"]),
                          st.sampled_from(list(RequestType))), max_size=12))
def test_sorting_only_reorders_the_waiting_floor_requests(parts) -> None:
    slots = [slot(p, state, item, request) for p, state, item, request in parts]
    result = first_timers_first(slots, FLOOR)
    assert sorted(s.id for s in result) == sorted(s.id for s in slots)
    moving = [i for i, s in enumerate(slots) if s.state is SlotState.QUEUED and s.agenda_item_id == FLOOR]
    for index, (before, after) in enumerate(zip(slots, result, strict=True)):
        if index not in moving:
            assert before is after
    new = not_yet_spoken(slots)
    ranks = [0 if s.request_type is RequestType.POINT_OF_ORDER else 1 if s.id in new else 2
             for s in (result[i] for i in moving)]
    assert ranks == sorted(ranks)


def test_a_decimal_is_written_as_the_un_writes_it_in_each_language():
    from roundtable_desktop.domain.languages import decimal_text

    assert [decimal_text(0.345, code) for code in ("en", "zh", "fr", "es", "ru", "ar")] == [
        "0.34", "0.34", "0,34", "0,34", "0,34", "0,34"]
