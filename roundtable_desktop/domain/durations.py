"""Durations shown to people: whole seconds as m:ss."""


def mmss(seconds: float | int | None) -> str:
    """``425`` -> ``7:05``; negative values get a minus sign; ``None`` -> ``""``."""
    if seconds is None:
        return ""
    total = int(round(seconds))
    sign = "-" if total < 0 else ""
    total = abs(total)
    return f"{sign}{total // 60}:{total % 60:02d}"
