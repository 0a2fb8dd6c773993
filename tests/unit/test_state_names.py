"""The names of the Member and observer States in the six languages: the data shipped, the
look-up from a name typed in any language, and the name a reader of each language sees."""

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.countries import COUNTRIES, MEMBER_STATES, OBSERVER_STATES
from roundtable_desktop.domain.languages import CODES
from roundtable_desktop.domain.regional_groups import GROUPS
from roundtable_desktop.domain.state_names import StateNamesError, folded, shown_form
from roundtable_desktop.exchange.country_names import COLUMNS, read_state_names, state_names
from roundtable_desktop.resources import resource_path

NAMES = state_names()
DATA = resource_path("countries", "un_short_names.csv")


def test_the_data_holds_the_193_member_states_and_the_2_observer_states():
    states = NAMES.states
    assert len(states) == 195
    assert sum(not s.observer for s in states) == 193
    assert sorted(s.key for s in states if s.observer) == ["Holy See", "State of Palestine"]
    assert {s.key for s in states} == set(COUNTRIES) == set(MEMBER_STATES + OBSERVER_STATES)
    member_keys = {s.key for s in states if not s.observer}
    assert member_keys == {country for group in GROUPS.values() for country in group}


def test_each_state_has_six_names_and_each_name_is_one_states_only():
    for state in NAMES.states:
        assert set(state.names) == set(CODES)
        assert all(name.strip() == name and name for name in state.names.values()), state
        assert state.iso_alpha3.isalpha() and len(state.iso_alpha3) == 3
        assert state.m49.isdigit() and len(state.m49) == 3
    for code in CODES:
        names = [state.name(code) for state in NAMES.states]
        assert len(set(names)) == 195, code
        assert len({folded(name) for name in names}) == 195, code
    assert len({s.iso_alpha3 for s in NAMES.states}) == len({s.m49 for s in NAMES.states}) == 195


@pytest.mark.parametrize(("key", "code", "name"), [
    ("Türkiye", "en", "Türkiye"), ("Türkiye", "fr", "Türkiye"), ("Türkiye", "es", "Türkiye"),
    ("Türkiye", "ru", "Турция"), ("Türkiye", "zh", "土耳其"), ("Türkiye", "ar", "تركيا"),
    ("Côte d'Ivoire", "fr", "Côte d'Ivoire"), ("Côte d'Ivoire", "ru", "Кот-д'Ивуар"),
    ("Bolivia (Plurinational State of)", "es", "Bolivia (Estado Plurinacional de)"),
    ("Bolivia (Plurinational State of)", "fr", "Bolivie (État plurinational de)"),
    ("Netherlands (Kingdom of the)", "en", "Netherlands (Kingdom of the)"),
    ("Netherlands (Kingdom of the)", "fr", "Pays-Bas (Royaume des)"),
    ("Czechia", "fr", "Tchéquie"), ("North Macedonia", "ru", "Северная Македония"),
    ("Eswatini", "ar", "إسواتيني"), ("Germany", "fr", "Allemagne"), ("Germany", "zh", "德国"),
    ("State of Palestine", "fr", "État de Palestine"), ("Holy See", "es", "Santa Sede"),
    ("United States of America", "fr", "États-Unis d'Amérique"),
    ("Republic of Korea", "en", "Republic of Korea"),
])
def test_names_read_as_the_un_writes_them(key, code, name):
    assert NAMES.find(key).name(code) == name


def test_the_names_the_dataset_was_older_than_carry_their_correction_and_source():
    rows = {line.split(",")[1]: line for line in DATA.read_text(encoding="utf-8").splitlines()[1:]}
    for code in ("TUR", "NLD", "CIV", "CZE", "MKD", "SWZ"):
        assert rows[code].rstrip().endswith(('."', '.')), code  # a correction written after the names
    assert "1 June 2022" in rows["TUR"] and "UNSD M49" in rows["NLD"]
    assert set(DATA.read_text(encoding="utf-8").splitlines()[0].split(",")) == set(COLUMNS)
    assert "PDDL" in (DATA.parent / "README.md").read_text(encoding="utf-8")


def test_the_untermed_article_is_left_out_and_the_qualifier_kept():
    assert shown_form("Allemagne (l')") == "Allemagne"
    assert shown_form("United States of America (the)") == "United States of America"
    assert shown_form("Países Bajos (los)") == "Países Bajos"
    assert shown_form("Iran (Islamic Republic of)") == "Iran (Islamic Republic of)"


@pytest.mark.parametrize("typed", [
    "Germany", "Allemagne", "l'Allemagne", "Allemagne (l')", "Alemania", "Германия", "德国", "ألمانيا",
    "  GERMANY ", "allemagne",
])
def test_a_name_in_any_of_the_six_languages_finds_the_state(typed):
    assert NAMES.key_of(typed) == "Germany"


@pytest.mark.parametrize(("typed", "key"), [
    ("Turquie", "Türkiye"), ("Turquía", "Türkiye"), ("Turkey", "Türkiye"),
    ("Kingdom of the Netherlands", "Netherlands (Kingdom of the)"),
    ("Pays-Bas", "Netherlands (Kingdom of the)"), ("the Netherlands", "Netherlands (Kingdom of the)"),
    ("Etats-Unis d'Amerique", "United States of America"), ("Swaziland", "Eswatini"),
    ("République tchèque", "Czechia"), ("Иран", "Iran (Islamic Republic of)"),
    ("Bolivie", "Bolivia (Plurinational State of)"), ("Guinea Bissau", "Guinea-Bissau"),
    ("آيرلندا", "Ireland"), ("刚果（布）", "Congo"), ("Côte d’Ivoire", "Côte d'Ivoire"),
])
def test_former_names_and_ways_of_writing_find_the_state(typed, key):
    assert NAMES.key_of(typed) == key


@pytest.mark.parametrize("typed", ["European Union", "UNDP", "World Bank", "African Union", "", "  ",
                                   "Congo Basin Forest Partnership", "Niue", "Cook Islands"])
def test_an_organisation_or_another_name_is_no_state(typed):
    assert NAMES.key_of(typed) is None
    assert NAMES.stored(typed) == typed
    assert NAMES.shown(typed, "fr") == typed


def test_a_country_after_an_organisation_is_shown_in_the_language():
    assert NAMES.shown("Ministry of Health, Kenya", "ar") == "Ministry of Health, كينيا"
    assert NAMES.shown("Germany", "fr") == "Allemagne"
    assert NAMES.shown("Turkey", "en") == "Türkiye"
    assert NAMES.shown("European Union", "zh") == "European Union"


def test_the_list_offered_is_in_the_language_asked():
    french = NAMES.names_in("fr")
    assert len(french) == 195 and "Allemagne" in french and "Germany" not in french
    assert french.index("Afrique du Sud") < french.index("Allemagne") < french.index("Égypte") \
        < french.index("Zimbabwe")
    assert "ألمانيا" in NAMES.names_in("ar")


def _without_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@given(state=st.sampled_from(NAMES.states), code=st.sampled_from(CODES), data=st.data())
def test_any_of_a_states_six_names_finds_it_again_however_it_is_cased_and_spaced(state, code, data):
    name = state.name(code)
    assert NAMES.find(name) is state
    flips = data.draw(st.lists(st.booleans(), min_size=len(name), max_size=len(name)))
    cased = "".join(c.swapcase() if flip else c for c, flip in zip(name, flips, strict=True))
    pad = data.draw(st.sampled_from(["", " ", "  ", "\t"]))
    spaced = pad + cased.replace(" ", data.draw(st.sampled_from([" ", "  "]))) + pad
    assert NAMES.find(spaced) is state
    assert NAMES.find(_without_marks(name)) is state  # "Etats-Unis", "Turkiye", "ايرلندا"


@given(st.text(max_size=40))
def test_any_text_finds_at_most_one_state_and_never_fails(text):
    state = NAMES.find(text)
    assert state is None or state in NAMES.states
    assert NAMES.stored(text) in (text, state.key if state else text)


def _write(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "names.csv"
    header = "m49,iso_alpha3,status,en,fr,es,ru,zh,ar,former_names,correction"  # as the shipped file
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def test_data_with_a_name_missing_or_one_name_for_two_states_is_refused(tmp_path):
    germany = "276,DEU,member,Germany,Allemagne (l'),Alemania,Германия,德国,ألمانيا,,"
    assert read_state_names(_write(tmp_path, [germany])).key_of("Allemagne") == "Germany"
    with pytest.raises(StateNamesError, match="no name in zh"):
        read_state_names(_write(tmp_path, ["276,DEU,member,Germany,Allemagne,Alemania,Германия,,ألمانيا,,"]))
    with pytest.raises(StateNamesError, match="would name both"):
        read_state_names(_write(tmp_path, [germany, "040,AUT,member,Austria,Allemagne,Austria,Австрия,"
                                                    "奥地利,النمسا,,"]))
    with pytest.raises(StateNamesError, match="lacks"):
        read_state_names(_write(tmp_path, ["276,DEU,member"]))
    with pytest.raises(StateNamesError, match="cannot be read"):
        read_state_names(tmp_path / "absent.csv")


@pytest.mark.parametrize(("key", "chinese", "arabic"), [
    ("Netherlands (Kingdom of the)", "荷兰王国", "هولندا (مملكة -)"),
    ("Congo", "刚果", "الكونغو"),
    ("Democratic Republic of the Congo", "刚果民主共和国", "جمهورية الكونغو الديمقراطية"),
    ("Holy See", "教廷", "الكرسي الرسولي"),
])
def test_the_corrected_states_read_as_unterm_writes_them(key, chinese, arabic):
    assert (NAMES.shown(key, "zh"), NAMES.shown(key, "ar")) == (chinese, arabic)
    assert NAMES.key_of(chinese) == key


@pytest.mark.parametrize(("typed", "key"), [("罗马教廷", "Holy See"), ("刚果（布）", "Congo")])
def test_the_names_replaced_still_find_the_state(typed, key):
    assert NAMES.key_of(typed) == key


_DASHES = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ",
                         "\u2019": "'", "\u02bc": "'", "`": "'", ".": "", "\u0640": ""})


def _folded_by_the_rule(text: str) -> str:
    """The folding as its docstring says it, with no shortcut for plain ASCII."""
    text = unicodedata.normalize("NFKD", shown_form(text.translate(_DASHES)))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.translate(_DASHES).casefold().split())


@given(st.text(alphabet=st.sampled_from("aZé-\u2013\u2019`.\u0640 (the)l'\u0301ﬁ（ДжكČ\u00a0\t"), max_size=30)
       | st.text(max_size=30))
def test_folding_takes_no_shortcut_that_changes_a_name(text):
    assert folded(text) == _folded_by_the_rule(text)


def test_every_shipped_name_folds_as_the_rule_says():
    for state in NAMES.states:
        for name in (*state.names.values(), *state.former_names):
            assert folded(name) == _folded_by_the_rule(name), name
