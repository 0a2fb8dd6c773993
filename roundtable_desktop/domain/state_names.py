"""The names of the 193 Member States and the 2 observer States in the six official languages,
and the look-up from a name typed in any of them to the State.

A State is stored by its English short name ("Germany", "Türkiye"): the participants' country
field holds it, whatever the window's language, and each reader shows it in its own language
("Allemagne" in a French summary, "ألمانيا" in an Arabic window). The names themselves are data
(see ``resources/countries/``); this module only holds and searches them."""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .countries import official_country_name
from .languages import CODES

# UNTERM writes the article a name takes after it: "Allemagne (l')", "Bahamas (the)".
_ARTICLE_AFTER = re.compile(r"\s*\((?:the|l'|le|la|les|el|los|las)\)\s*$", re.IGNORECASE)
# Typed before a name: "the Gambia", "la France", "l'Allemagne", "los Países Bajos".
_ARTICLE_BEFORE = re.compile(r"^(?:the|l'|le|la|les|el|los|las)\s*(?<=\s|')", re.IGNORECASE)
# The qualifier after a short name: "Iran (Islamic Republic of)", "Bolivie (État plurinational de)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_DASHES = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2013": " ", "\u2014": " ",
                         "\u2019": "'", "\u02bc": "'", "`": "'", ".": "", "\u0640": ""})


class StateNamesError(ValueError):
    """The names data is not what it must be (a name missing, two States with one name)."""


def shown_form(unterm_name: str) -> str:
    """A name as a sentence or a list shows it: UNTERM's article after it left out
    (``"Allemagne (l')"`` -> ``"Allemagne"``); "(Plurinational State of)" and the like stay."""
    return _ARTICLE_AFTER.sub("", unterm_name).strip()


def _without_dashes(text: str) -> str:
    """``text.translate(_DASHES)``, quicker for the plain ASCII most names are."""
    if text.isascii():
        return text.replace("-", " ").replace("`", "'").replace(".", "")
    return text.translate(_DASHES)


def folded(text: str) -> str:
    """What a name is compared by: no case, no accents or other marks (Latin, Cyrillic and
    Arabic alike), hyphens and dashes as spaces, no dots, one space between words, full-width
    brackets as plain ones. The index refuses data in which two States fold alike."""
    text = unicodedata.normalize("NFKD", shown_form(_without_dashes(text)))
    if not text.isascii():  # plain ASCII has no marks to take off
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_without_dashes(text).casefold().split())


@dataclass(frozen=True, slots=True)
class StateNames:
    """One State: its key (the English short name), its codes and its names per language."""

    key: str
    iso_alpha3: str
    m49: str
    observer: bool
    names: Mapping[str, str]  # language code (ar, zh, en, fr, ru, es) -> the name as shown
    former_names: tuple[str, ...] = ()  # names the UN used before (still found, never shown)

    def name(self, code: str) -> str:
        """The State's name in the language ``code``; the English one for another code."""
        return self.names.get(code) or self.key


class StateNameIndex:
    """The States, found by any of their names in any of the six languages."""

    def __init__(self, states: Iterable[StateNames]) -> None:
        self.states: tuple[StateNames, ...] = tuple(states)
        self._by_key = {state.key: state for state in self.states}
        self._by_folded: dict[str, StateNames] = {}
        self._folded_names: dict[str, str] = {}  # each name folded once while the index is built
        for state in self.states:
            missing = [code for code in CODES if not state.names.get(code, "").strip()]
            if missing:
                raise StateNamesError(f"{state.key} has no name in {', '.join(missing)}.")
            for name in (*state.names.values(), *state.former_names):
                self._add(self._folded(name), state)
        self._by_plain_name = self._without_qualifiers()
        self._folded_names.clear()
        if len(self._by_key) != len(self.states):
            raise StateNamesError("Two States have the same English short name.")

    def _folded(self, name: str) -> str:
        found = self._folded_names.get(name)
        if found is None:
            found = self._folded_names[name] = folded(name)
        return found

    def _add(self, key: str, state: StateNames) -> None:
        other = self._by_folded.setdefault(key, state)
        if other is not state:
            raise StateNamesError(f'"{key}" would name both {other.key} and {state.key}.')

    def _without_qualifiers(self) -> dict[str, StateNames]:
        """"Iran", "Bolivie", "Micronesia" for the names with a qualifier, where only one State
        has that name and no State is called so outright."""
        found: dict[str, set[str]] = {}
        for state in self.states:
            for name in state.names.values():
                plain = folded(_QUALIFIER.sub("", unicodedata.normalize("NFKC", shown_form(name))))
                if plain and plain != self._folded(name):
                    found.setdefault(plain, set()).add(state.key)
        return {plain: self._by_key[next(iter(keys))] for plain, keys in found.items()
                if len(keys) == 1 and plain not in self._by_folded}

    def find(self, text: str) -> StateNames | None:
        """The State ``text`` names in any of the six languages ("Allemagne", "ألمانيا",
        "turquia", "the Netherlands", "USA"), or None for an organisation or an unknown name."""
        key = folded(text)
        if not key:
            return None
        found = self._by_folded.get(key)
        if found is None:
            without_article = folded(_ARTICLE_BEFORE.sub("", text.strip()))
            found = self._by_folded.get(without_article) if without_article else None
        if found is None:
            found = self._by_plain_name.get(key)
        if found is None:
            english = official_country_name(text)  # the English names people write: "UK", "Laos"
            found = self._by_key.get(english) if english else None
        return found

    def key_of(self, text: str) -> str | None:
        """What is stored for ``text``: the State's English short name, or None."""
        state = self.find(text)
        return state.key if state else None

    def stored(self, text: str) -> str:
        """``text`` as the country field stores it: a State's English short name, else as typed."""
        return self.key_of(text) or text

    def shown(self, stored: str, code: str) -> str:
        """A stored organisation or country as the language ``code`` reads it: a State by its
        name in that language; "Ministry of Health, Kenya" with its last part so; else as it is."""
        state = self.find(stored)
        if state is not None:
            return state.name(code)
        head, comma, tail = stored.rpartition(",")
        state = self.find(tail) if comma and head.strip() else None
        return f"{head}, {state.name(code)}" if state else stored

    def names_in(self, code: str) -> tuple[str, ...]:
        """Every State's name in the language ``code``, in the order a list offers them."""
        return tuple(sorted((state.name(code) for state in self.states), key=folded))
