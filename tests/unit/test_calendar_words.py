"""Dates in the UN style of each of the six languages, whatever the machine's locale."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.calendar_words import day_month_year, long_date

MEETING = date(2021, 5, 17)


def test_the_meeting_day_in_the_six_languages():
    assert day_month_year(MEETING, "en") == "17 May 2021"
    assert day_month_year(MEETING, "fr") == "17 mai 2021"
    assert day_month_year(MEETING, "es") == "17 de mayo de 2021"
    assert day_month_year(MEETING, "ru") == "17 мая 2021 года"
    assert day_month_year(MEETING, "zh") == "2021年5月17日"
    assert day_month_year(MEETING, "ar") == "17 أيار/مايو 2021"


def test_with_the_weekday():
    assert long_date(MEETING) == "Monday, 17 May 2021"
    assert long_date(MEETING, "fr") == "lundi 17 mai 2021"
    assert long_date(MEETING, "es") == "lunes 17 de mayo de 2021"
    assert long_date(MEETING, "ru") == "понедельник, 17 мая 2021 года"
    assert long_date(MEETING, "zh") == "2021年5月17日星期一"
    assert long_date(MEETING, "ar") == "الاثنين، 17 أيار/مايو 2021"


def test_the_first_of_the_month_in_french_is_1er():
    assert day_month_year(date(2021, 6, 1), "fr") == "1er juin 2021"
    assert day_month_year(date(2021, 6, 1), "en") == "1 June 2021"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)),
       st.sampled_from(["ar", "zh", "en", "fr", "ru", "es"]))
def test_every_date_carries_its_year_and_day_in_western_digits(day, language):
    text = long_date(day, language)
    assert str(day.year) in text
    assert str(day.day) in text
