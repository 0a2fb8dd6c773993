"""The Word summary's annex carries the balance: shares of time and of interventions by gender
and regional group, and the Gini coefficient of speaking time among those who asked."""

from datetime import UTC, datetime

import pytest

from roundtable_desktop.domain.enums import Gender, SlotState
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report import build_report
from roundtable_desktop.exchange.report.catalogues import CATALOGUES
from roundtable_desktop.exchange.report.model import Table
from roundtable_desktop.exchange.report.options import ReportOptions


def test_the_annex_has_the_balance_and_the_fairness_figure():
    meeting = demo_meeting()
    for slot, seconds in zip(meeting.slots[:3], (600, 300, 300), strict=True):
        slot.state, slot.spoken_seconds = SlotState.DONE, seconds
    report = build_report(meeting, ReportOptions(now=datetime(2021, 5, 17, 14, 0, tzinfo=UTC)))
    text = report.text
    assert "Balance of the floor" in text and "Share of interventions" in text
    assert "Gini coefficient of speaking time among the" in text


@pytest.mark.parametrize("language", ["fr", "es", "ru", "zh", "ar"])
def test_the_balance_is_in_the_summary_s_own_language(language):
    meeting = demo_meeting()
    for slot, seconds in zip(meeting.slots[:3], (600, 300, 300), strict=True):
        slot.state, slot.spoken_seconds = SlotState.DONE, seconds
    texts = CATALOGUES[language]
    report = build_report(meeting, ReportOptions(now=datetime(2021, 5, 17, 14, 0, tzinfo=UTC),
                                                 language=language))
    assert texts.balance in report.text and texts.balance_header[2] in report.text
    assert texts.fairness.split("{")[0] in report.text
    assert "Balance of the floor" not in report.text


@pytest.mark.parametrize(("language", "woman", "figure"), [
    ("en", "Woman", " 0.72 "), ("fr", "Femme", " 0,72 "), ("es", "Mujer", " 0,72 "),
    ("ru", "Женщина", " 0,72 "), ("zh", "女性", "为0.72（"), ("ar", "امرأة", " 0,72 "),
])
def test_the_balance_table_names_the_groups_and_writes_the_figure_in_the_summary_s_language(
        language, woman, figure):
    meeting = demo_meeting()  # six on the list: one spoke 6:00, one 3:00, four not yet: Gini 0.72
    meeting.participants[1].gender = Gender.WOMAN
    for slot, seconds in zip(meeting.slots[:2], (360, 180), strict=True):
        slot.state, slot.spoken_seconds = SlotState.DONE, seconds
    report = build_report(meeting, ReportOptions(now=datetime(2021, 5, 17, 14, 0, tzinfo=UTC),
                                                 language=language))
    balance = next(b for b in report.blocks if isinstance(b, Table)
                   and b.header == CATALOGUES[language].balance_header)
    assert woman in [row[0] for row in balance.rows]
    fairness = next(line for line in report.text.splitlines() if "Gini" in line or "基尼" in line
                    or "جيني" in line or "Джини" in line)
    assert figure in fairness
