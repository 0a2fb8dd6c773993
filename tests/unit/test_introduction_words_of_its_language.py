"""The introduction of a summary in another language than English puts no English "the" before
an office ("faites par the Commission secretariat"): names stay as typed; the English summary
keeps "the Commission secretariat". In Arabic a speaker's function and country are separated
by the Arabic comma."""

import re

import pytest

from roundtable_desktop.exchange.report import ReportOptions
from roundtable_desktop.exchange.report.introduction import generated_introduction
from tests.rehearsed_meeting import rehearsed_meeting


@pytest.mark.parametrize("code", ["fr", "es", "ru", "zh", "ar"])
def test_no_english_article_is_added_to_a_summary_in_another_language(code):
    text = generated_introduction(rehearsed_meeting(), ReportOptions(language=code))
    added = [m.group(0) for m in re.finditer(r"\bthe (Commission secretariat|Co-Chair|Chair)", text)]
    assert not added, (code, added, text)
    assert "Commission secretariat" in text and "Co-Chair of the STI Forum" in text


def test_the_english_summary_keeps_its_article():
    text = generated_introduction(rehearsed_meeting(), ReportOptions(language="en"))
    assert "by the Commission secretariat (UNCTAD) and the Co-Chair of the STI Forum" in text


def test_an_arabic_introduction_separates_a_function_from_a_country_with_the_arabic_comma():
    text = generated_introduction(rehearsed_meeting(), ReportOptions(language="ar"))
    assert "(Director\u060c " in text, text
    assert "(Director, " not in text
