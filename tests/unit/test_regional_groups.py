"""The regional group of each of the 193 Member States, and the special cases written down."""

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.countries import MEMBER_STATES, OBSERVER_STATES, official_country_name
from roundtable_desktop.domain.enums import Region
from roundtable_desktop.domain.regional_groups import (
    GROUPS,
    SPECIAL_CASES,
    regional_group,
    special_case_note,
)


def test_every_member_state_is_in_exactly_one_group():
    listed = [country for countries in GROUPS.values() for country in countries]
    assert sorted(listed) == sorted(MEMBER_STATES)
    assert len(listed) == len(set(listed)) == 193


def test_the_groups_have_the_sizes_the_secretariat_lists():
    sizes = {region: len(countries) for region, countries in GROUPS.items()}
    assert sizes == {Region.AFRICAN: 54, Region.ASIA_PACIFIC: 54, Region.EASTERN_EUROPEAN: 23,
                     Region.LATIN_AMERICAN_CARIBBEAN: 33, Region.WESTERN_EUROPEAN_OTHERS: 29}


def test_the_special_cases_are_where_the_groups_put_them():
    assert regional_group("Türkiye") is Region.WESTERN_EUROPEAN_OTHERS
    assert regional_group("United States of America") is Region.WESTERN_EUROPEAN_OTHERS
    assert regional_group("Israel") is Region.WESTERN_EUROPEAN_OTHERS
    assert regional_group("Cyprus") is Region.ASIA_PACIFIC
    assert regional_group("Kiribati") is Region.ASIA_PACIFIC
    assert "Asia-Pacific" in special_case_note("turkey")


def test_every_special_case_names_a_state_and_says_why():
    for country, case in SPECIAL_CASES.items():
        assert official_country_name(country) == country == case.country
        assert len(case.note) > 20


def test_the_observer_states_are_in_no_group_and_say_so():
    for country in OBSERVER_STATES:
        assert regional_group(country) is Region.UNSPECIFIED
        assert "observer State" in special_case_note(country)


def test_common_names_and_organisations():
    assert regional_group("USA") is Region.WESTERN_EUROPEAN_OTHERS
    assert regional_group("  south korea ") is Region.ASIA_PACIFIC
    assert regional_group("Côte d’Ivoire") is Region.AFRICAN
    assert regional_group("Bolivia") is Region.LATIN_AMERICAN_CARIBBEAN
    assert regional_group("UNDP") is Region.UNSPECIFIED
    assert regional_group("") is Region.UNSPECIFIED
    assert special_case_note("Kenya") == special_case_note("UNDP") == ""


@given(st.text(max_size=60))
def test_any_text_gives_a_group_or_not_stated(text):
    assert regional_group(text) in set(Region)
