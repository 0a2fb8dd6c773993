"""Speaking-time statistics: per slot, per agenda item, and by role, gender and region."""

from datetime import UTC, datetime, timedelta

from roundtable_desktop.domain.enums import Gender, Region, SlotState
from roundtable_desktop.domain.statistics import meeting_statistics, statistics_rows
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.statistics_csv import write_statistics_csv

NOW = datetime(2021, 5, 17, 14, 0, tzinfo=UTC)


def _meeting_with_three_speeches():
    meeting = demo_meeting()
    people = {p.id: p for p in meeting.participants}
    spoken = [(600, Gender.WOMAN, Region.AFRICAN), (330, Gender.MAN, Region.ASIA_PACIFIC),
              (270, Gender.WOMAN, Region.WESTERN_EUROPEAN_OTHERS)]
    for slot, (seconds, gender, region) in zip(meeting.slots, spoken, strict=False):
        slot.state, slot.spoken_seconds = SlotState.DONE, float(seconds)
        people[slot.participant_id].gender = gender
        people[slot.participant_id].region = region
    meeting.slots[3].state = SlotState.WITHDRAWN
    first = meeting.agenda[0]
    first.actual_start, first.actual_end = NOW - timedelta(minutes=20), NOW - timedelta(minutes=8)
    return meeting


def test_groups_count_interventions_and_share_time():
    meeting = _meeting_with_three_speeches()
    stats = meeting_statistics(meeting.agenda, meeting.slots, meeting.participants,
                               lambda s: s.spoken_seconds, NOW)
    assert stats.interventions == 3 and stats.total_seconds == 1200
    women = next(g for g in stats.by_gender if g.label == "Woman")
    assert (women.interventions, women.total_seconds, women.share) == (2, 870, 870 / 1200)
    assert [g.label for g in stats.by_region] == [
        "African States", "Asia-Pacific States", "Western European and other States"]
    assert sum(g.share for g in stats.by_role) == 1.0


def test_slots_and_items_compare_planned_and_actual():
    meeting = _meeting_with_three_speeches()
    stats = meeting_statistics(meeting.agenda, meeting.slots, meeting.participants,
                               lambda s: s.spoken_seconds, NOW)
    assert [s.over_seconds for s in stats.slots] == [0, 30, -30]
    presentation = stats.items[0]
    assert (presentation.planned_seconds, presentation.actual_seconds, presentation.over_seconds) == (
        600, 720, 120)
    assert stats.items[1].actual_seconds is None


def test_the_csv_export_replaces_the_file_whole(tmp_path):
    meeting = _meeting_with_three_speeches()
    stats = meeting_statistics(meeting.agenda, meeting.slots, meeting.participants,
                               lambda s: s.spoken_seconds, NOW)
    target = tmp_path / "speaking-time.csv"
    target.write_text("old content")
    write_statistics_csv(stats, target)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("section,name")
    assert "gender,Woman,,2,,,870,14:30,,72.5" in text
    assert len(text.splitlines()) == len(statistics_rows(stats))
    assert [p.name for p in tmp_path.iterdir()] == ["speaking-time.csv"]
