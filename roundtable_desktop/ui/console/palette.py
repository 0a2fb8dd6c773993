"""How each phase of the clock looks, on the console and on the presenter display. Phases are
told apart without colour (a word and a frame of their own) and by brightness, and the digits
keep a contrast of at least 4.5:1 against their background in every phase, the flash's dark
state included. Past the limit the background flashes, never the digits."""

from dataclasses import dataclass

from ...domain.enums import SlotState
from ...domain.speaker_clock import ClockReading, Phase

NOBODY, NORMAL, WRAP_UP, OVER, OVER_DARK, PAUSED = ("nobody", "normal", "wrap_up", "over", "over_dark",
                                                     "paused")


@dataclass(frozen=True, slots=True)
class Look:
    background: str
    text: str
    frame: str        # the frame's colour
    frame_width: int  # pixels on the console; the presenter display draws it four times as wide
    frame_style: str  # solid, dashed, dotted, double: the phase's pattern


WIDEST_FRAME = 5

CONSOLE = {
    NOBODY: Look("#eceff1", "#263238", "#90a4ae", 1, "solid"),
    NORMAL: Look("#e8f5e9", "#1b5e20", "#2e7d32", 2, "solid"),
    WRAP_UP: Look("#ffb300", "#1a1200", "#1a1200", 4, "dashed"),
    OVER: Look("#b71c1c", "#ffffff", "#000000", 5, "double"),
    OVER_DARK: Look("#4a0000", "#ffffff", "#000000", 5, "double"),
    PAUSED: Look("#dfe4f5", "#1a237e", "#1a237e", 4, "dotted"),
}
PRESENTER = {
    NOBODY: Look("#000000", "#bdbdbd", "#000000", 0, "solid"),
    NORMAL: Look("#000000", "#5ee37a", "#000000", 0, "solid"),
    WRAP_UP: Look("#ffb300", "#000000", "#000000", 4, "dashed"),
    OVER: Look("#b71c1c", "#ffffff", "#ffffff", 5, "double"),
    OVER_DARK: Look("#4a0000", "#ffffff", "#ffffff", 5, "double"),
    PAUSED: Look("#1a237e", "#ffffff", "#ffffff", 4, "dotted"),
}


def look_key(reading: ClockReading | None, flashing: bool = True) -> str:
    """Which look a reading gets; ``flashing`` off keeps the over-limit look steady."""
    if reading is None:
        return NOBODY
    if reading.state is SlotState.PAUSED:
        return PAUSED
    if reading.phase is Phase.OVER:
        return OVER if not flashing or reading.flash_on else OVER_DARK
    return NORMAL if reading.phase is Phase.NORMAL else WRAP_UP


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
