"""UN English typography for typed text: curly quotes and apostrophes, an en dash in a range of
numbers or times, a non-breaking space where a line must not break ("15.00 CEST", "40 %",
"17 May", "SDG 4")."""

import re

_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)|(?<=\w)'(?=s\b)|(?<=s)'(?=\s|$)")
_OPENING_SINGLE = re.compile(r"(^|[\s(\[{\u2014\u2013\"\u201c])'")
_OPENING_DOUBLE = re.compile(r'(^|[\s(\[{\u2014\u2013\u2018])"')
_RANGE = re.compile(r"(?<![\w.])(\d{1,4}(?:[.:]\d{2})?)\s?-\s?(\d{1,4}(?:[.:]\d{2})?)(?![\w.])")
_BEFORE_UNIT = re.compile(r"(\d) (%|per cent|CEST|CET|EDT|EST|UTC|GMT|BST|EAT|CAT|WAT|ICT|JST|"
                          r"km|kg|m|cm|mm|MW|GW|kWh|ha)(?!\w)")
_BEFORE_NUMBER = re.compile(r"\b(SDGs?|No\.|para\.|paras\.|p\.|pp\.|USD|EUR|CHF|US\$)\s(?=\d)")
_DAY_MONTH = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b")


def typeset(text: str) -> str:
    """The text as a UN editor would set it; letters and words are never changed."""
    if not text:
        return text
    text = _APOSTROPHE.sub("\u2019", text)
    text = _OPENING_SINGLE.sub(lambda m: m.group(1) + "\u2018", text)
    text = text.replace("'", "\u2019")
    text = _OPENING_DOUBLE.sub(lambda m: m.group(1) + "\u201c", text)
    text = text.replace('"', "\u201d")
    text = _RANGE.sub(_en_dash, text)
    text = _BEFORE_UNIT.sub(lambda m: f"{m.group(1)}\u00a0{m.group(2)}", text)
    text = _BEFORE_NUMBER.sub(lambda m: f"{m.group(1)}\u00a0", text)
    return _DAY_MONTH.sub(lambda m: f"{m.group(1)}\u00a0{m.group(2)}", text)


def _en_dash(match: re.Match[str]) -> str:
    start, end = match.group(1), match.group(2)
    if len(start) == 4 and len(end) == 4 and start.isdigit() and end.isdigit() and start.startswith("0"):
        return match.group(0)  # a code such as 0800-1234, not a range
    return f"{start}\u2013{end}"
