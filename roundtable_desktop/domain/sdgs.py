"""The 17 Sustainable Development Goals by number and short name."""

from .translatable import QT_TRANSLATE_NOOP

SDG_NAMES: dict[int, str] = {
    1: QT_TRANSLATE_NOOP("SDG", "No poverty"),
    2: QT_TRANSLATE_NOOP("SDG", "Zero hunger"),
    3: QT_TRANSLATE_NOOP("SDG", "Good health and well-being"),
    4: QT_TRANSLATE_NOOP("SDG", "Quality education"),
    5: QT_TRANSLATE_NOOP("SDG", "Gender equality"),
    6: QT_TRANSLATE_NOOP("SDG", "Clean water and sanitation"),
    7: QT_TRANSLATE_NOOP("SDG", "Affordable and clean energy"),
    8: QT_TRANSLATE_NOOP("SDG", "Decent work and economic growth"),
    9: QT_TRANSLATE_NOOP("SDG", "Industry, innovation and infrastructure"),
    10: QT_TRANSLATE_NOOP("SDG", "Reduced inequalities"),
    11: QT_TRANSLATE_NOOP("SDG", "Sustainable cities and communities"),
    12: QT_TRANSLATE_NOOP("SDG", "Responsible consumption and production"),
    13: QT_TRANSLATE_NOOP("SDG", "Climate action"),
    14: QT_TRANSLATE_NOOP("SDG", "Life below water"),
    15: QT_TRANSLATE_NOOP("SDG", "Life on land"),
    16: QT_TRANSLATE_NOOP("SDG", "Peace, justice and strong institutions"),
    17: QT_TRANSLATE_NOOP("SDG", "Partnerships for the goals"),
}


def sdg_label(number: int) -> str:
    return f"SDG {number}: {SDG_NAMES[number]}"


def ordered_sdgs(focus: tuple[int, ...] | list[int]) -> list[int]:
    """All 17 SDGs, the meeting's focus SDGs first (each group in number order)."""
    focus_set = {n for n in focus if n in SDG_NAMES}
    return sorted(focus_set) + [n for n in SDG_NAMES if n not in focus_set]


def parse_sdgs(text: str) -> tuple[int, ...]:
    """``"1, 2,17"`` -> ``(1, 2, 17)``; unknown numbers and junk are dropped."""
    numbers = set()
    for part in text.replace(";", ",").split(","):
        part = part.strip().upper().removeprefix("SDG").strip()
        if part.isdigit() and int(part) in SDG_NAMES:
            numbers.add(int(part))
    return tuple(sorted(numbers))
