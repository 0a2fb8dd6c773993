"""A title that has its own quote marks is quoted once in a sentence that quotes it."""

from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.text import unquoted


def test_a_title_in_its_own_quotes_loses_them_whatever_the_language_s_marks():
    assert unquoted("\u201cLeaving no one behind\u201d") == "Leaving no one behind"
    assert unquoted('"Financing for development"') == "Financing for development"
    assert unquoted("\u00ab Financement du d\u00e9veloppement \u00bb") == "Financement du d\u00e9veloppement"
    assert unquoted("\u300c不让任何人掉队\u300d") == "不让任何人掉队"
    assert unquoted("\u201c\u201cTwice\u201d\u201d") == "Twice"


def test_quotes_inside_a_title_stay():
    for title in ("Roundtable on \u201cLeaving no one behind\u201d", "\u201cA\u201d and \u201cB\u201d",
                  '"A" and "B"', "Panel", '""', "\u201c"):
        assert unquoted(title) == title


@given(st.text(alphabet=st.characters(blacklist_characters='"\u201c\u201d\'\u00ab\u00bb\u300c\u300d'
                                      '\u300e\u300f\u2018\u2019\u201e'), min_size=1).filter(str.strip))
def test_a_title_quoted_once_reads_as_itself(title):
    assert unquoted(f"\u201c{title.strip()}\u201d") == title.strip()
    assert unquoted(title) == title
