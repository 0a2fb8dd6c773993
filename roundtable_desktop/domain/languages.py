"""The six official languages of the United Nations, in which the window and the summary read."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # the summary's and the command line's code: ar, zh, en, fr, ru, es
    translation: str  # the name of the window's translation file: roundtable_<translation>.ts
    native_name: str  # how the language names itself in a menu
    right_to_left: bool = False


LANGUAGES: tuple[Language, ...] = (
    Language("ar", "ar", "العربية", right_to_left=True),
    Language("zh", "zh_CN", "中文"),
    Language("en", "en", "English"),
    Language("fr", "fr", "Français"),
    Language("ru", "ru", "Русский"),
    Language("es", "es", "Español"),
)
SOURCE_LANGUAGE = "en"  # the language the program's own texts are written in
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)


def language(code: str) -> Language:
    """The language of ``code`` ("fr", "zh", "zh_CN", "fr-CA", "fr_FR"); English when none fits."""
    wanted = code.replace("-", "_").lower()
    for candidate in LANGUAGES:
        if wanted in (candidate.code, candidate.translation.lower()):
            return candidate
    base = wanted.split("_")[0]
    for candidate in LANGUAGES:
        if base == candidate.code:
            return candidate
    return LANGUAGES[CODES.index(SOURCE_LANGUAGE)]


def first_supported(preferred: list[str]) -> Language:
    """The first of the user's preferred languages ("fr-CH", "de", …) that the program speaks."""
    for code in preferred:
        base = code.replace("-", "_").split("_")[0].lower()
        if base in CODES:
            return language(code)
    return language(SOURCE_LANGUAGE)


DECIMAL_COMMA = frozenset({"fr", "es", "ru", "ar"})


def decimal_text(value: float, code: str, places: int = 2) -> str:
    """A decimal number as the UN writes it in a language: a decimal point in English and
    Chinese, a decimal comma in French, Spanish, Russian and Arabic (never the machine's locale)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if code in DECIMAL_COMMA else text


LIST_SEPARATORS = {"ar": "\u060c ", "zh": "\uff0c"}  # the Arabic comma; the full-width Chinese one


def list_separator(code: str) -> str:
    """What stands between the items of a list in a language: ", "; "، " in Arabic, "，" in Chinese."""
    return LIST_SEPARATORS.get(code, ", ")
