"""The masthead's distribution and original language as typed in any of the six languages
("General", "générale", "en", "anglais", "английский"…), written in the language of the version's
masthead: "Distr. générale / Original : anglais" in French, "Distr.: General / Original: English"
in the Arabic, Chinese and Russian versions (which keep their masthead in English). Anything else
typed stays as it is."""

# the masthead languages (English for the Arabic, Chinese and Russian versions), then the others,
# by which a secretariat may have typed it
_MASTHEAD_LANGUAGES = ("en", "fr", "es")

_LANGUAGES: dict[str, tuple[str, ...]] = {  # code: en, fr, es, then ru, zh, ar names
    "ar": ("Arabic", "arabe", "árabe", "арабский", "阿拉伯文", "阿拉伯语", "العربية"),
    "zh": ("Chinese", "chinois", "chino", "китайский", "中文", "汉语", "الصينية"),
    "en": ("English", "anglais", "inglés", "английский", "英文", "英语", "الإنكليزية", "الإنجليزية"),
    "fr": ("French", "français", "francés", "французский", "法文", "法语", "الفرنسية"),
    "ru": ("Russian", "russe", "ruso", "русский", "俄文", "俄语", "الروسية"),
    "es": ("Spanish", "espagnol", "español", "испанский", "西班牙文", "西班牙语", "الإسبانية"),
}

_DISTRIBUTIONS: tuple[tuple[str, ...], ...] = (  # en, fr, es, then other spellings
    ("General", "générale", "general", "generale", "général"),
    ("Limited", "limitée", "limitada", "limitee"),
    ("Restricted", "restreinte", "reservada"),
)


def _masthead_index(language: str) -> int:
    return _MASTHEAD_LANGUAGES.index(language) if language in _MASTHEAD_LANGUAGES else 0


def original_language_name(typed: str, masthead_language: str) -> str:
    """``typed`` ("en", "English", "anglais", "英文") as the masthead names it; else as typed."""
    wanted = typed.strip().casefold()
    for code, names in _LANGUAGES.items():
        if wanted == code or wanted in (name.casefold() for name in names):
            return names[_masthead_index(masthead_language)]
    return typed


def distribution_word(typed: str, masthead_language: str) -> str:
    """``typed`` ("General", "générale", "Limited") as the masthead writes it; else as typed."""
    wanted = typed.strip().casefold()
    for words in _DISTRIBUTIONS:
        if wanted in (word.casefold() for word in words):
            return words[_masthead_index(masthead_language)]
    return typed
