"""Every pattern of the concept-note reader is linear: a hostile note made of pieces that start a
match and never finish one ("![![![…", "[[[…", "1 1 1 …", "“““…") takes time in proportion to its
size. The bound is generous and relative: per kilobyte, the hostile note may take at most
60 times what a real concept note of the same size takes in the same run (a quadratic pattern
took 13.6 s on 32 KB of "![", some thousand times the real note).

Both are measured in this thread's CPU time, not on the wall clock: a test process paused or
starved by a loaded machine spends wall time without reading anything, CPU time only when it
reads, so the ratio holds on a machine however busy."""

import contextlib
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roundtable_desktop.domain.errors import InputError
from roundtable_desktop.exchange.concept_note.importer import import_bytes

SIZE = 48 * 1024
RATIO = 60
SEED = Path(__file__).resolve().parents[2] / "resources" / "demo" / "cstd-2021-concept-note.txt"

# Beginnings of the things the reader looks for: links, emphasis, dates, times, zones, SDGs,
# quotes, labels, list marks, table cells, abbreviations, speaking times.
_OPENERS = st.sampled_from([
    "![", "[", "](", "[x](", "*", "**", "_", "__", "\\", "`", "<br", "1", "1:", "1.", "1-", "1 ", "12",
    "12:0", "10.00 to ", "15:00h - ", "3 - ", "p.m. ", "Time:", "UTC+", "GMT", "CEST ", "New York ",
    "Geneva ", " time", "SDG", "SDG1", "Goal ", "Goals 1, ", "Sustainable Development Goals ", "\u201c",
    "\"", "\u00ab", "? ", "?", "| ", "|", "# ", "- ", "\u2022", "\u2022Mr.", "H.E. ", "Mr.", "Ms. ",
    "on 1 March ", "Tuesday, ", "March ", "(as of ", "1 March 2020 ", "Tuesday, 2 March ", "10:00-11:00 ",
    "4\u20138 November 2019 ", "2021 ", "minutes ", "5-", "5\u2010", "three\u2011", " min)",
    "Chair:", "Moderated by ", "Venue:", "Organised by ", "(", ")", ",", ", ", ":", ";", " ", "\t",
    "a", "A", "I.", "BACKGROUND", "Panellists:", "will ", "by the ", "contribute to ",
])
_HOSTILE = st.lists(_OPENERS, min_size=1, max_size=6).map("".join)


def _fill(piece: str, size: int = SIZE) -> bytes:
    return (piece * (size // len(piece) + 1))[:size].encode("utf-8")


def _seconds(raw: bytes, suffix: str) -> float:
    """The CPU seconds of reading ``raw``, the best of three runs (other work on the machine
    makes a run slower, never faster)."""
    best = float("inf")
    for _ in range(3):
        started = time.thread_time()
        with contextlib.suppress(InputError):
            import_bytes(raw, f"note{suffix}", suffix)
        best = min(best, time.thread_time() - started)
    return best


_anchor: dict[str, float] = {}


def _anchor_seconds(suffix: str) -> float:
    """A real concept note of the same size, read in this run: the linear yardstick."""
    if suffix not in _anchor:
        _anchor[suffix] = _seconds(_fill(SEED.read_text(encoding="utf-8")), suffix)
    return _anchor[suffix]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_HOSTILE, st.sampled_from([".md", ".txt"]))
def test_a_hostile_note_takes_time_in_proportion_to_its_size(piece, suffix):
    spent = _seconds(_fill(piece), suffix)
    allowed = RATIO * max(_anchor_seconds(suffix), 0.002)
    assert spent <= allowed, (f"{SIZE // 1024} KB of {piece!r} took {spent:.3f} s; a real note of that "
                              f"size takes {_anchor_seconds(suffix):.3f} s")


def test_the_known_quadratic_case_is_linear_now():
    """32 KB of "![" took 13.6 s when the link pattern could run to the end of the line from
    every bracket."""
    spent = _seconds(_fill("![", 32 * 1024), ".md")
    assert spent <= RATIO * max(_anchor_seconds(".md"), 0.002)
