from hypothesis import given
from hypothesis import strategies as st

from roundtable_desktop.domain.text import REPLACEMENT, clean_line, clean_text, is_right_to_left

XML_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff\r").filter(
    lambda c: c in "\t\n" or ord(c) >= 0x20)


def _xml_legal(char: str) -> bool:
    code = ord(char)
    return (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
            or 0x10000 <= code <= 0x10FFFF)


@given(st.text())
def test_cleaned_text_carries_only_characters_xml_allows(text: str):
    assert all(_xml_legal(char) for char in clean_text(text))


@given(st.text(alphabet=XML_CHAR))
def test_text_xml_can_carry_is_kept_as_typed(text: str):
    assert clean_text(text) == text


@given(st.text())
def test_cleaning_twice_changes_nothing_more(text: str):
    assert clean_text(clean_text(text)) == clean_text(text)


def test_controls_and_lone_surrogates_are_replaced_not_dropped():
    r = REPLACEMENT
    assert clean_text("a\x00b\x07c\ud800d\uffff") == f"a{r}b{r}c{r}d{r}"


def test_arabic_chinese_emoji_and_long_notes_are_kept():
    text = "التعاون الدولي 国际合作 🌍 " + "x" * 100_000
    assert clean_text(text) == text


def test_windows_line_endings_become_newlines():
    assert clean_text("one\r\ntwo\rthree") == "one\ntwo\nthree"


def test_a_one_line_field_loses_its_line_breaks():
    assert clean_line("  Minister\n of\tScience  ") == "Minister of Science"


def test_right_to_left_is_decided_by_the_first_strong_letter():
    assert is_right_to_left("١٢ التعاون")
    assert is_right_to_left("שלום")
    assert not is_right_to_left("12 Science التعاون")
