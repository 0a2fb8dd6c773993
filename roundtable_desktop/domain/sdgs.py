"""The 17 Sustainable Development Goals by number and short name."""

SDG_NAMES: dict[int, str] = {
    1: "No poverty",
    2: "Zero hunger",
    3: "Good health and well-being",
    4: "Quality education",
    5: "Gender equality",
    6: "Clean water and sanitation",
    7: "Affordable and clean energy",
    8: "Decent work and economic growth",
    9: "Industry, innovation and infrastructure",
    10: "Reduced inequalities",
    11: "Sustainable cities and communities",
    12: "Responsible consumption and production",
    13: "Climate action",
    14: "Life below water",
    15: "Life on land",
    16: "Peace, justice and strong institutions",
    17: "Partnerships for the goals",
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
