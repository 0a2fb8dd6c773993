"""Text read back from a PDF compares the same wherever its lines broke."""

from hypothesis import given
from hypothesis import strategies as st

from tests.pdf_text import joined_lines

PHRASE = "sustainable and resilient recovery from the COVID-19 pandemic"


def test_a_line_broken_after_a_hyphen_reads_as_one_word():
    assert joined_lines("resilient recovery from the COVID-\n19 pandemic") == (
        "resilient recovery from the COVID-19 pandemic")
    assert joined_lines("the COVID-   \r\n      19 pandemic") == "the COVID-19 pandemic"


def test_line_breaks_and_the_layout_spaces_become_one_space():
    text = "  sustainable and\n\n   resilient\trecovery  "
    assert joined_lines(text) == "sustainable and resilient recovery"


def test_a_hyphen_between_spaced_words_is_kept_as_it_is():
    assert joined_lines("pages 3 - 5\n") == "pages 3 - 5"


@given(st.lists(st.sampled_from([" ", "\n", "  \n   ", "\r\n"]), min_size=len(PHRASE.split()) - 1,
                max_size=len(PHRASE.split()) - 1), st.booleans())
def test_the_phrase_is_found_wherever_the_lines_break(breaks, break_at_the_hyphen):
    words = PHRASE.split()
    text = words[0] + "".join(gap + word for gap, word in zip(breaks, words[1:], strict=True))
    if break_at_the_hyphen:
        text = text.replace("COVID-19", "COVID-\n19")
    assert PHRASE in joined_lines(f"Roundtable on the role of {text}.")
