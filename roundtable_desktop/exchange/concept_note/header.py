"""The concept note's first lines: title, organiser, session line, venue, chair and rapporteur."""

import re

from .document import Block, BlockKind, protect_abbreviations, restore_abbreviations
from .sections import SectionKind, heading_kind
from .when import find_date, find_time_range
from .zones import ABBREVIATIONS

_QUOTED = re.compile(r"[\u201c\"\u00ab\u201e]([^\u201c\u201d\"\u00ab\u00bb\n]{8,400})[\u201d\"\u00bb]")
_ORDINAL = (r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
            r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d{1,3}(?:st|nd|rd|th)|annual|\d{4})")
_SESSION_LINE = re.compile(
    rf"(?:{_ORDINAL}[\w\s-]{{0,40}}\b(?:session|meeting|conference|summit|forum|assembly|week)\b"
    r"|\bside[- ]event (?:of|to|at|on the margins of) the\b|\b(?:session|meeting) of the\b)", re.IGNORECASE)
# The acronyms are matched with their capitals only: "Welcome (5 min)" is no organiser.
_ORGANISER_WORDS = re.compile(
    r"\b(?:united nations|commission|council|organi[sz]ation|ministry|secretariat|agency|programme"
    r"|office|department|institute|union|bank|fund|committee|assembly|government|permanent mission"
    r"|university|foundation|network|alliance|partnership|(?-i:UN[A-Z]{2,6}|[A-Z]{3,8}\)))", re.IGNORECASE)
_ORGANISED_BY = re.compile(r"^(?:jointly |co-)?(?:organi[sz]ed|hosted|convened|co-organi[sz]ed)(?: jointly)?"
                           r" by:?\s+(?:the\s)?(\S.{2,300})$", re.IGNORECASE)
_HONORIFIC_START = re.compile(r"^(?:H\.\s?E\.|Hon\.|Mr\.|Ms\.|Mrs\.|Dr\.|Prof\.)\s")
_EVENT_KIND_END = re.compile(
    r"\b(?:event|events|panel|panel discussion|webinar|workshop|session|dialogue|round ?table|briefing"
    r"|consultation|meeting|segment|programme|concept note|forum)(?:\s?#?\d{1,4})?$", re.IGNORECASE)
_GENERIC_WORDS = {"side", "special", "parallel", "virtual", "hybrid", "online", "high-level", "event",
                  "panel", "discussion", "webinar", "workshop", "session", "main", "dialogue", "roundtable",
                  "briefing", "official", "open", "forum",
                  "meeting", "consultation", "concept", "note", "the", "of", "at", "on", "a", "an"}
_KNOWN_LABEL = re.compile(
    r"^(?:venue|date|dates|time|times|date and time|location|place|room|where|when|format|organi[sz]\w*"
    r"|hosted by|host|chair\w*|moderat\w*|contact|registration|rsvp|language|languages|interpretation"
    r"|co-chairs?|speakers?|panell?ists?|rapporteur|webcast|link|zoom|theme|topic)$", re.IGNORECASE)
_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z ()/-]{1,30}?)\s*(?:[:\u2013\u2014]\s+|:(?=[A-Za-z\d]))(\S.*)$")
_ORGANISER_LABELS = re.compile(
    r"^(?:(?:\w+\s){0,2}organi[sz](?:ed by|er|ers|ing (?:entity|entities|body)|ation)"
    r"|hosted by|host|convened by|convener|convenor|lead organi[sz]er)$", re.IGNORECASE)
_SESSION_LABELS = re.compile(r"^(?:session|meeting|occasion|in the framework of|on the margins of)$",
                             re.IGNORECASE)
_VENUE_LABELS = re.compile(r"^(?:venue|location|place|where|room|meeting room|format of the meeting)$",
                           re.IGNORECASE)
_CHAIR_LABELS = re.compile(r"^(?:chair|chaired by|chairperson|chair ?person|co-chairs?|moderator|moderated by"
                           r"|presiding|presided by)$", re.IGNORECASE)
_RAPPORTEUR_LABELS = re.compile(r"^(?:rapporteurs?|note[- ]taker)$", re.IGNORECASE)
_TITLE_LABELS = re.compile(r"^(?:title|event|subject|event title|title of the event)$", re.IGNORECASE)
_THEME_LABELS = re.compile(r"^(?:theme|topic)$", re.IGNORECASE)
_VENUE_WORDS = re.compile(
    r"\b(?:room|palais des nations|headquarters|conference (?:hall|centre|center)|hall|building"
    r"|virtual(?:ly)?|online|hybrid|in[- ]person|zoom|webex|microsoft teams|interprefy)\b", re.IGNORECASE)
_CHAIRED_BY = re.compile(r"\b(?i:chaired|moderated|presided(?: over)?) by\s([^;.()]{3,80})")
_EVENT_WORDS = re.compile(r"\b(?:round ?table|panel|dialogue|side[- ]event|high-level event|briefing|webinar"
                          r"|session|special event|parallel event|hearing|expert group meeting"
                          r"|discussion|consultation|workshop|segment)\b", re.IGNORECASE)
_EVENT_LABEL = re.compile(r"^(?:(?:high-level |ministerial )?(?:round ?table|panel|dialogue|side[- ]event)"
                          r"(?: discussion)?)\s?:\s", re.IGNORECASE)
_WEEKDAY = re.compile(r"^(?:\w+:\s)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_SMALL_WORDS = {"and", "of", "the", "on", "for", "in", "to", "a", "an", "at", "by", "with"}
_CONCEPT_PREFIX = re.compile(r"^(?:draft\s|provisional\s)?concept note\s?[:\u2013\u2014-]\s?", re.IGNORECASE)


def labelled(blocks: list[Block], labels: re.Pattern[str]) -> str:
    """The value of the first ``Label: value`` line (or two-cell table row) whose label matches."""
    for block in blocks:
        if block.kind is BlockKind.TABLE_ROW and len(block.lines) == 2:
            if labels.match(block.lines[0].strip().rstrip(":")):
                return block.lines[1].strip()
            continue
        for line in block.lines:
            match = _LABEL.match(line)
            if match and labels.match(match.group(1).strip()):
                return _without_article(match.group(2).strip())
    return ""


def _without_article(value: str) -> str:
    return value[4:] if value.startswith("the ") else value


def find_title(header: list[Block], first_blocks: list[Block]) -> str:
    """A "Title:" line, Word's Title style, a quoted title in the header, a heading, a bold
    line, then the header's lines; never a session or organiser line, a generic one ("Side
    event", "COP27 side event"), a labelled field or a sentence."""
    titled = labelled(first_blocks, _TITLE_LABELS)
    if titled:
        return titled
    styled = next((b.text for b in first_blocks if b.style == "title" and _is_title(b.text)), "")
    if styled:
        return _CONCEPT_PREFIX.sub("", styled)
    for block in header:
        quoted = _QUOTED.search(block.text)
        if quoted and len(quoted.group(1).split()) >= 3:
            return _around_quote(block.text, quoted)
    headings = [b.text for b in first_blocks if b.kind is BlockKind.HEADING and b.style != "subtitle"
                and heading_kind(b) in (None, SectionKind.OTHER) and _is_title(b.text, organiser_ok=True)]
    # a heading that reads like an organiser ("… network …") is the title only when no other is
    for text in [t for t in headings if not _is_organiser_line(t)] or headings:
        return _CONCEPT_PREFIX.sub("", text)
    for block in header:
        if block.bold and _is_title(block.text):
            return _CONCEPT_PREFIX.sub("", block.text)
    return _title_line(header) or labelled(first_blocks, _THEME_LABELS)


def _title_line(header: list[Block]) -> str:
    """The header line that names the event: one right after a generic line ("SIDE EVENT"),
    else one with an event word ("Roundtable: …"), else the first plain line."""
    lines = [line for block in header for line in
             ([" | ".join(block.lines)] if block.kind is BlockKind.TABLE_ROW else block.lines)]
    candidates = [(index, line) for index, line in enumerate(lines) if _is_title_line(line)]
    candidates = [(index, line) for index, line in candidates if len(line.split()) >= 3] or candidates
    after_generic = [line for index, line in candidates if index and is_generic_event_line(lines[index - 1])]
    with_event = [line for _, line in candidates if _EVENT_WORDS.search(line)]
    for line in (after_generic or with_event or [line for _, line in candidates])[:1]:
        return _CONCEPT_PREFIX.sub("", line)
    return ""


def _is_title_line(line: str) -> bool:
    label = _LABEL.match(line)
    if label and _KNOWN_LABEL.match(label.group(1).strip()):
        return False  # "Venue: …", "Date: …"
    return _is_title(line) and not line.endswith((".", ";", ",")) and len(line) <= 200 \
        and not _VENUE_WORDS.search(line) and not _HONORIFIC_START.match(line)


def _is_title(text: str, organiser_ok: bool = False) -> bool:
    return _is_plain_title(text) and not is_session_line(text) \
        and (organiser_ok or not _is_organiser_line(text)) \
        and not is_generic_event_line(text) and not text.startswith(("---", "layout:", "permalink:"))


def is_generic_event_line(line: str) -> bool:
    """"Side event", "SIDE EVENT", "COP27 side event", "VIRTUAL SIDE EVENT — HLPF 2021": the
    kind of event, not its title."""
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", line)
    meaningful = [w for w in words if w.lower() not in _GENERIC_WORDS and not w.isupper()]
    tokens = [token for token in line.split() if token not in ("|", "\u2014", "\u2013", "-")]
    short_kind = len(tokens) <= 5 and bool(_EVENT_KIND_END.search(line.strip(" :")))
    return bool(words) and (short_kind or (not meaningful and any(w.lower() in ("event", "panel", "session")
                                                                  for w in words)))


def _around_quote(text: str, quoted: re.Match[str]) -> str:
    """The quoted title with the words that introduce it in its sentence ("Roundtable on")."""
    cuts = [text.rfind(mark, 0, quoted.start()) for mark in (". ", ": ")]
    start = max((cut + 2 for cut in cuts if cut >= 0), default=0)
    lead = text[start:quoted.start()]
    if len(lead) > 100 or find_date(lead)[0] is not None:
        lead = ""
    return _CONCEPT_PREFIX.sub("", f"{lead}{quoted.group(0)}".strip())


def _is_plain_title(text: str) -> bool:
    return 3 <= len(text) <= 300 and find_date(text)[0] is None and find_time_range(text) is None


def is_session_line(line: str) -> bool:
    return len(line) <= 200 and bool(_SESSION_LINE.search(line))


def _is_organiser_line(line: str) -> bool:
    return len(line) <= 200 and bool(_ORGANISER_WORDS.search(line)) and not line.endswith((".", "?")) \
        and find_time_range(line) is None and not _HONORIFIC_START.match(line) \
        and not _VENUE_WORDS.search(line)


def calm_capitals(line: str) -> str:
    """``ECONOMIC AND SOCIAL COUNCIL (ECOSOC)`` -> ``Economic and Social Council (ECOSOC)``;
    lines that are not all capitals are kept as they are."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 8 or not all(c.isupper() for c in letters) or len(line.split()) < 2:
        return line
    words = []
    for index, word in enumerate(line.split()):
        if word.startswith("(") or len(word) <= 1:
            words.append(word)
        elif index and word.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def find_organiser_and_session(header: list[Block], first_blocks: list[Block],
                               title: str) -> tuple[str, str]:
    organiser = labelled(first_blocks, _ORGANISER_LABELS) or _organised_by(first_blocks)
    session_line = labelled(first_blocks, _SESSION_LABELS)
    for block in header:
        if title and block.text in title:
            continue
        for line in block.lines:
            if title and line in title or _QUOTED.search(line) or _LABEL.match(line):
                continue
            if not session_line and is_session_line(line):
                session_line = calm_capitals(line)
            elif not organiser and _is_organiser_line(line) and find_date(line)[0] is None:
                organiser = calm_capitals(line)
    return organiser, session_line


def _organised_by(blocks: list[Block]) -> str:
    """"Organized by the Permanent Mission of Finland and the ILO" at a line's start."""
    for block in blocks:
        for line in block.lines:
            match = _ORGANISED_BY.match(line.strip())
            if match:
                return match.group(1).strip().rstrip(".")
    return ""


def find_venue(header: list[Block], first_blocks: list[Block]) -> str:
    venue = labelled(first_blocks, _VENUE_LABELS)
    if venue:
        return venue
    for block in header:
        for line in block.lines:
            if _QUOTED.search(line) or not _VENUE_WORDS.search(line):
                continue
            parts = [p.strip() for p in re.split(r",\s|\s\|\s|;\s", line)]
            kept = [p for p in parts if find_date(p)[0] is None and find_time_range(p) is None
                    and p.strip("()") not in ABBREVIATIONS and not _WEEKDAY.match(p)]
            start = next((i for i, p in enumerate(kept) if _VENUE_WORDS.search(p)), None)
            if start is not None:
                return ", ".join(kept[start:])[:200]
    return ""


def find_chair(first_blocks: list[Block]) -> str:
    chair = labelled(first_blocks, _CHAIR_LABELS)
    if chair:
        return chair
    for block in first_blocks:
        match = _CHAIRED_BY.search(protect_abbreviations(block.text))
        if match:
            return restore_abbreviations(match.group(1).strip())
    return ""


def find_rapporteur(first_blocks: list[Block]) -> str:
    return labelled(first_blocks, _RAPPORTEUR_LABELS)
