"""The statistics CSV carries the balance of the floor: the same shares of time and of
interventions and the same Gini coefficient as the Word annex."""

import csv
from datetime import UTC, datetime

from roundtable_desktop.domain.balance import meeting_balance
from roundtable_desktop.domain.enums import Gender, SlotState
from roundtable_desktop.domain.statistics import CSV_HEADER, meeting_statistics
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report import build_report
from roundtable_desktop.exchange.report.catalogues import CATALOGUES
from roundtable_desktop.exchange.report.model import Table
from roundtable_desktop.exchange.report.options import ReportOptions
from roundtable_desktop.exchange.statistics_csv import write_statistics_csv

NOW = datetime(2021, 5, 17, 14, 0, tzinfo=UTC)


def _meeting():
    meeting = demo_meeting()  # six on the list: one spoke 6:00, one 3:00, four not yet: Gini 0.72
    meeting.participants[1].gender = Gender.WOMAN
    for slot, seconds in zip(meeting.slots[:2], (360, 180), strict=True):
        slot.state, slot.spoken_seconds = SlotState.DONE, seconds
    return meeting


def _csv_rows(meeting, tmp_path):
    stats = meeting_statistics(meeting.agenda, meeting.slots, meeting.participants,
                               lambda s: s.spoken_seconds, NOW)
    balance = meeting_balance(stats, meeting.slots, lambda s: s.spoken_seconds)
    target = write_statistics_csv(stats, tmp_path / "speaking-time.csv", balance)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        return list(csv.DictReader(stream))


def test_the_csv_has_the_annex_s_balance_table_and_fairness_figure(tmp_path):
    meeting = _meeting()
    rows = _csv_rows(meeting, tmp_path)
    report = build_report(meeting, ReportOptions(now=NOW))
    texts = CATALOGUES["en"]
    annex = next(b for b in report.blocks if isinstance(b, Table) and b.header == texts.balance_header)
    balance = [r for r in rows if r["section"] in ("balance_gender", "balance_region")]
    as_in_annex = [(texts.term(r["name"]), f"{round(float(r['share_percent']))}\u00a0%",
                    f"{round(float(r['intervention_share_percent']))}\u00a0%") for r in balance]
    assert as_in_annex == [tuple(row) for row in annex.rows]
    fairness = next(r for r in rows if r["section"] == "fairness")
    assert fairness["gini"] == "0.72"
    assert f" {fairness['gini']} " in next(line for line in report.text.splitlines() if "Gini" in line)
    assert fairness["interventions"] == "6"  # the six who asked


def test_the_balance_rows_count_time_and_interventions(tmp_path):
    rows = _csv_rows(_meeting(), tmp_path)
    woman = next(r for r in rows if r["section"] == "balance_gender" and r["name"] == "Woman")
    assert (woman["interventions"], woman["actual_seconds"]) == ("1", "180")
    assert (woman["share_percent"], woman["intervention_share_percent"]) == ("33.3", "50.0")
    assert all(len(r) == len(CSV_HEADER) for r in rows)


def test_nobody_has_spoken_yet_leaves_the_gini_empty(tmp_path):
    rows = _csv_rows(demo_meeting(), tmp_path)
    fairness = next(r for r in rows if r["section"] == "fairness")
    assert fairness["gini"] == ""
