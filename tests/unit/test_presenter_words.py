"""The browser view's words: one table per language of the six, in the presenter display's own
words (its translation files); the page's language chosen from the address, the browser and the
meeting; Arabic right to left with the countdown's digits left to right."""

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from roundtable_desktop.link.presenter_view import page
from roundtable_desktop.link.presenter_words import PAGE_ONLY, SOURCES, WORDS, asked_languages, page_language

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
FILES = {"ar": "ar", "zh": "zh_CN", "fr": "fr", "ru": "ru", "es": "es"}


def _translations(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(TRANSLATIONS / f"roundtable_{FILES[language]}.ts").getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.findtext("translation") or ""
    return found


@pytest.mark.parametrize("language", sorted(FILES))
def test_each_table_has_the_presenter_displays_words_in_its_language(language):
    translated = _translations(language)
    table = WORDS[language]
    assert set(table) == set(SOURCES) | set(PAGE_ONLY)
    for key, source in SOURCES.items():
        assert source in translated, f"{source} is not in the {language} translations"
        assert table[key] == translated[source], key
    for key, english in {**{k: e for k, (_c, e) in SOURCES.items()}, **PAGE_ONLY}.items():
        assert table[key] and table[key] != english, key
        assert re.findall(r"\{\w+\}", table[key]) == re.findall(r"\{\w+\}", english), key


def test_the_page_language_is_the_address_s_then_the_browser_s_then_the_meeting_s():
    assert page_language("ar", "fr-FR,fr;q=0.9", "es") == "ar"
    assert page_language("", "de-DE,de;q=0.9,ru;q=0.8,fr;q=0.7", "es") == "ru"
    assert page_language("", "de-CH", "fr") == "fr"  # none of the six asked: the meeting's
    assert page_language("klingon", "", "") == "en"
    assert page_language("", "zh-Hans-CN;q=0.5, es;q=0.4", "") == "zh"
    assert page_language("", "fr;q=0, es", "") == "es"  # q=0: not wanted
    assert asked_languages("en;q=0.2, fr, de;q=0.5") == ["fr", "de", "en"]
    assert asked_languages("x;q=bad") == []


def test_the_french_page_says_everything_in_french():
    french = page("fr").decode("utf-8")
    assert '<html lang="fr" dir="ltr">' in french
    assert "<title>Affichage pour les orateurs — Roundtable Desktop</title>" in french
    assert "Début dans" in french and "Fin de la réunion" in french and "Parle en {language}" in french
    script_words = re.search(r"const WORDS = (\{.*?\});", french).group(1)
    for english in ("Starts in", "Ended at", "Nobody is speaking", "Next:", "End of the meeting"):
        assert english not in script_words and english not in french


def test_the_arabic_page_reads_right_to_left_and_its_countdown_left_to_right():
    arabic = page("ar").decode("utf-8")
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "يبدأ بعد" in arabic and "نهاية الاجتماع" in arabic
    countdown = re.search(r"#countdown \{([^}]*)\}", arabic).group(1)
    assert "direction: ltr" in countdown and "unicode-bidi: isolate" in countdown


def test_a_word_cannot_close_the_script():
    assert "</script>" not in re.search(r"const WORDS = (\{.*?\});", page("en").decode()).group(1)
    assert page("xx") == page("en")
