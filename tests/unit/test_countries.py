from roundtable_desktop.domain.countries import (
    COUNTRIES,
    MEMBER_STATES,
    OBSERVER_STATES,
    official_country_name,
)


def test_the_list_holds_the_193_member_states_and_the_two_observer_states():
    assert len(MEMBER_STATES) == 193
    assert len(set(MEMBER_STATES)) == 193
    assert OBSERVER_STATES == ("Holy See", "State of Palestine")
    assert len(COUNTRIES) == 195


def test_official_short_names_are_used():
    for name in ("Türkiye", "Côte d'Ivoire", "Republic of Korea", "Viet Nam", "Czechia"):
        assert name in COUNTRIES


def test_the_list_is_in_alphabetical_order_ignoring_accents():
    index = COUNTRIES.index
    assert index("Tunisia") < index("Türkiye") < index("Turkmenistan")
    assert index("Costa Rica") < index("Côte d'Ivoire") < index("Croatia")


def test_common_names_map_to_the_official_name():
    assert official_country_name("Turkey") == "Türkiye"
    assert official_country_name("  ivory coast ") == "Côte d'Ivoire"
    assert official_country_name("Cote d\u2019Ivoire") == "Côte d'Ivoire"
    assert official_country_name("South Korea") == "Republic of Korea"
    assert official_country_name("U.S.A.") == "United States of America"
    assert official_country_name("kenya") == "Kenya"
    assert official_country_name("Atlantis") is None
