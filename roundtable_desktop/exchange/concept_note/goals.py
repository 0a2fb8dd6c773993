"""The SDGs a concept note names (by number or by name) and the forum its outcome feeds."""

import re

from ...domain.sdgs import SDG_NAMES
from .document import protect_abbreviations, restore_abbreviations

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c(])|\n")
_ANCHOR = re.compile(r"\b(?:SDGs?|Sustainable Development Goals?|Goals?)(?:\b|(?=\d))", re.IGNORECASE)
# Dates and clock times in a sentence about the SDGs are not SDG numbers ("… the Sustainable
# Development Goals on Tuesday, 16 October"): they are blanked out before the numbers are read.
_NOT_A_GOAL = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s?(?:-|\u2013|to)\s?\d{1,2})?\s(?:of\s)?(?-i:January|February|March|April"
    r"|May|June|July|August|September|October|November|December)\b"
    r"|\b(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\s\d{1,2}\b|\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b|\btargets?\s\d{1,2}\.\w{1,2}\b"
    r"|\b\d{1,2}\s?(?:per\s?cent|%|million|billion|years?|minutes?|countries|members?)\b", re.IGNORECASE)
# "SDG 16.9" names a target of SDG 16; a number in a list ("Goals 1, 2 and 17") is a goal unless
# a decimal follows ("12.4" alone is a target, "2.5 per cent" a figure).
_LISTED_NUMBER = re.compile(
    r"\b(?:SDGs?|Goals?)\s?#?(\d{1,2})(?:\.\w{1,2})?\b(?!\s?%)"
    r"|(?:^|[,;&(]|\band\b)\s{0,3}(\d{1,2})\b(?![.,]\d|\s?%)",
    re.IGNORECASE)
_SDG_WORDS: dict[int, tuple[str, ...]] = {
    1: ("no poverty", "end poverty", "ending poverty"), 2: ("zero hunger", "end hunger"),
    3: ("good health",), 4: ("quality education",), 5: ("gender equality",),
    6: ("clean water",), 7: ("clean energy",), 8: ("decent work",),
    9: ("industry, innovation and infrastructure", "resilient infrastructure"),
    10: ("reduced inequalit",), 11: ("sustainable cities",), 12: ("responsible consumption",),
    13: ("climate action",), 14: ("life below water",), 15: ("life on land",),
    16: ("peace, justice", "strong institutions"), 17: ("partnerships for the goals",),
}
_FEEDS = re.compile(
    r"\b(?:contribute to|feed into|feed in to|inform|be presented (?:at|to)|be submitted to|be shared with"
    r"|serve as (?:an )?input to|input into|be transmitted to|be reported to|provide input to)\s"
    r"((?:the\s)?[^.;]{3,200}?)(?=,\swhich\b|,\sto be held\b|\swhich will\b|\.(?:\s|$)|;|$)",
    re.IGNORECASE)
_OUTCOME_WORD = re.compile(r"\b(?:outcomes?|results?|summary|recommendations|messages|conclusions)\b",
                           re.IGNORECASE)
_DATES = re.compile(
    r"\b(?:from\s)?(\d{1,2})(?:\s?(?:-|\u2013|to)\s?(\d{1,2}))?\s(January|February|March|April|May|June|July"
    r"|August|September|October|November|December)\s(\d{4})\b")


def sentences(text: str) -> list[str]:
    return [restore_abbreviations(s) for s in _SENTENCE_END.split(protect_abbreviations(text)) if s.strip()]


def find_sdgs(text: str) -> tuple[int, ...]:
    """SDG numbers (1-17) in sentences that speak of SDGs: by number after "SDG"/"Goals" and in
    the list that follows, and by name ("zero hunger", "climate action")."""
    found: set[int] = set()
    for sentence in sentences(text):
        anchor = _ANCHOR.search(sentence)
        if anchor is None:
            continue
        tail = _NOT_A_GOAL.sub(" ", sentence[anchor.start():])
        for match in _LISTED_NUMBER.finditer(tail):
            number = int(match.group(1) or match.group(2))
            if 1 <= number <= 17:
                found.add(number)
        lowered = sentence.lower()
        for number, words in _SDG_WORDS.items():
            if any(word in lowered for word in words):
                found.add(number)
    return tuple(sorted(found))


def find_outcome_destination(text: str) -> str:
    """The forum the outcome feeds: "…will contribute to the high-level political forum (HLPF)
    …, which will be held from 6 to 15 July 2021" -> "High-level political forum (HLPF) …,
    6–15 July 2021"."""
    for sentence in sentences(text):
        if not _OUTCOME_WORD.search(sentence):
            continue
        match = _FEEDS.search(sentence)
        if match is None:
            continue
        forum = re.sub(r"^the\s", "", match.group(1).strip(" ,"), flags=re.IGNORECASE)
        if not forum or not any(char.isupper() for char in forum):
            continue  # "inform policy making": not a named forum
        when = _DATES.search(sentence[match.start():])
        if when and when.group(0) not in forum:
            days = f"{when.group(1)}\u2013{when.group(2)}" if when.group(2) else when.group(1)
            forum = f"{forum}, {days} {when.group(3)} {when.group(4)}"
        return forum[:1].upper() + forum[1:]
    return ""


def sdg_names(numbers: tuple[int, ...]) -> str:
    return ", ".join(f"{n} ({SDG_NAMES[n]})" for n in numbers)
