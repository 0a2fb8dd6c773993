"""A meeting's title that has quotes of its own, quoted in a Spanish or Chinese introduction
(“…”), has its own quotes nested as ‘…’: “High-level Roundtable on ‘The role of …’”, never the
doubled ”” of one quote closing inside another."""

import pytest

from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.exchange.report import ReportOptions, build_report, render_markdown


@pytest.mark.parametrize("code", ["es", "zh"])
def test_a_quoted_title_nests_its_own_quotes(code):
    text = render_markdown(build_report(demo_meeting(), ReportOptions(language=code)))
    assert "\u201cHigh-level Roundtable on \u2018The role of science" in text
    assert "pandemic\u2019\u201d" in text
    assert "\u201d\u201d" not in text


def test_french_and_russian_quote_in_guillemets_around_the_title_s_own_quotes():
    french = render_markdown(build_report(demo_meeting(), ReportOptions(language="fr")))
    assert "«\u00a0High-level Roundtable on \u201cThe role of science" in french
    russian = render_markdown(build_report(demo_meeting(), ReportOptions(language="ru")))
    assert "«High-level Roundtable on \u201cThe role of science" in russian
