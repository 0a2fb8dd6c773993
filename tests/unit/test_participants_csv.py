"""Participants from a spreadsheet saved as CSV."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.enums import Gender, Region, Role
from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.participants_csv import parse_participants_csv, read_participants_csv

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "participants.csv"


def _read(text: str, encoding: str = "utf-8"):
    return parse_participants_csv(text.encode(encoding), "speakers.csv", "session-1")


def test_the_fixture_reads_with_official_country_names_and_known_roles():
    result = read_participants_csv(FIXTURE, "session-1")
    assert result.problems == []
    first, second, third, fourth, fifth = result.participants
    assert (first.name, first.organisation, first.role, first.gender, first.region) == (
        "H.E. Ms. Paula Ingabire", "Rwanda", Role.DISCUSSANT, Gender.WOMAN, Region.AFRICAN)
    assert second.organisation == "Ministry of Industry and Technology, Türkiye"
    assert second.role is Role.MEMBER_STATE and second.region is Region.WESTERN_EUROPEAN_OTHERS
    assert third.region is Region.LATIN_AMERICAN_CARIBBEAN
    assert fourth.function == "Ambassador, Permanent Representative"  # a quoted comma
    assert fourth.organisation == "Republic of Korea"
    assert fifth.role is Role.SECRETARIAT and fifth.region is Region.UNSPECIFIED
    assert all(p.session_id == "session-1" for p in result.participants)


def test_semicolons_a_bom_and_windows_line_ends_are_understood():
    result = _read("\ufeffName;Organisation/Country;Gender\r\nMs. Diallo;Côte d'Ivoire;female\r\n")
    assert [(p.name, p.organisation, p.gender) for p in result.participants] == [
        ("Ms. Diallo", "Côte d'Ivoire", Gender.WOMAN)]


def test_tab_separated_utf16_from_excel_is_understood():
    result = _read("Name\tCountry\nMr. Tanaka\tJapan\n", "utf-16")
    assert result.participants[0].organisation == "Japan"


def test_windows_1252_accents_survive():
    result = _read("Name,Organisation,Country\nMme Désirée Dupont,Université de Genève,Sénégal\n", "cp1252")
    assert result.participants[0].name == "Mme Désirée Dupont"
    assert result.participants[0].organisation == "Université de Genève, Senegal"  # the UN's name


def test_each_problem_names_its_row_and_good_rows_are_kept():
    result = _read("Name,Role,Gender,Region\n"
                   "Ms. A,chair,f,african\n"
                   ",discussant,m,\n"
                   "\n"
                   "Mr. B,boss,?,Mars\n"
                   "ms. a,discussant,,\n")
    assert [p.name for p in result.participants] == ["Ms. A", "Mr. B"]
    assert result.participants[1].role is Role.OTHER
    assert result.problems == [
        "Row 3: no name; the row was skipped.",
        "Row 5: role “boss” is not known; it was set to Other.",
        "Row 5: gender “?” is not known; it was set to Not stated.",
        "Row 5: regional group “Mars” is not known; it was set to Not stated.",
        "Row 6: ms. a is already on row 2; the row was skipped.",
    ]
    assert result.skipped == 2


def test_a_file_without_a_header_row_is_refused_saying_what_the_first_row_holds():
    with pytest.raises(InputError, match="must name the columns.*Ms. A"):
        _read("Ms. A,Minister,Kenya\nMr. B,Director,UNEP\n")


@pytest.mark.parametrize("raw, words", [
    (b"", "empty"), (b"\x00\x01\x02" * 100, "not a text file"), (b"Name\n", "no participants"),
    (b"Name\n" + b"x\n" * 6000, "at most 5,000"),
])
def test_unusable_files_are_refused(raw, words):
    with pytest.raises(InputError, match=words):
        parse_participants_csv(raw, "list.csv", "s")


def test_a_spreadsheet_not_saved_as_csv_is_refused(tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="save the spreadsheet as CSV"):
        read_participants_csv(path, "s")


_CELL = st.one_of(st.sampled_from(["Name", "name", "Role", "Gender", "Region", "Country", "chair", "F",
                                   "WEOG", "Turkey", '"', '""', "\n", ";", ",", "\t", "\ufeff", "\x00"]),
                  st.text(max_size=10))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_CELL, max_size=6), max_size=8), st.sampled_from([",", ";", "\t"]),
       st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_fuzzed_csv_reads_or_is_refused_clearly(rows, delimiter, encoding):
    text = "\n".join(delimiter.join(row) for row in rows)
    try:
        result = parse_participants_csv(text.encode(encoding, errors="replace"), "f.csv", "s")
    except InputError as error:
        assert str(error)
        return
    assert all(p.name for p in result.participants)


def test_an_empty_region_is_the_group_of_the_country_and_a_given_one_is_kept():
    result = _read("Name,Organisation,Country,Region\n"
                   "Ms. A,,Kenya,\n"
                   "Mr. B,Ministry of Industry,Turkey,\n"
                   "Ms. C,Japan,,\n"
                   "Mr. D,UNCTAD,,\n"
                   "Ms. E,,Kenya,WEOG\n")
    assert [p.region for p in result.participants] == [
        Region.AFRICAN, Region.WESTERN_EUROPEAN_OTHERS, Region.ASIA_PACIFIC, Region.UNSPECIFIED,
        Region.WESTERN_EUROPEAN_OTHERS]
    assert result.problems == []
