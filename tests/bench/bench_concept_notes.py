"""Concept notes from the real world: the importer's score per field on the corpus of
tests/data/concept_notes (text, Markdown, Word and PDF notes with their ground truth), and how
long they take to read against an anchor measured in the same run (python-docx opening the
corpus's Word notes and reading their paragraphs).

Target: at least 90 % right on date, start, end, time zone and SDGs; no wrong value shown as
found (a value the reader is not sure of is shown as "check").

Run: python tests/bench/bench_concept_notes.py   (or make bench)"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "concept_notes"))

import corpus_score  # noqa: E402
import docx  # noqa: E402

from roundtable_desktop.exchange.concept_note import import_file  # noqa: E402

RUNS = 5


def _median_seconds(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _read_word_notes(paths: list[Path]) -> None:
    for path in paths:
        _ = [paragraph.text for paragraph in docx.Document(str(path)).paragraphs]


def main() -> int:
    scores = corpus_score.score()
    notes = list(corpus_score.truth())
    suffixes = (".txt", ".md", ".docx", ".pdf")
    print(f"{len(notes)} notes: " + ", ".join(
        f"{sum(1 for n in notes if n.endswith(suffix))} {suffix}" for suffix in suffixes))
    print("\n".join(corpus_score.report(scores)))
    main_right = sum(scores[f].right for f in corpus_score.MAIN_FIELDS)
    main_stated = sum(scores[f].stated for f in corpus_score.MAIN_FIELDS)
    wrong = sum(len(tally.wrong_as_found) for tally in scores.values())
    print(f"date, start, end, time zone, SDGs: {main_right}/{main_stated} right "
          f"({100 * main_right / main_stated:.1f} %; target 90 %); wrong values shown as found: {wrong} "
          "(target 0)")
    word = [corpus_score.CORPUS / n for n in notes if n.endswith(".docx")]
    anchor = _median_seconds(lambda: _read_word_notes(word)) / len(word)
    print(f"\nanchor: python-docx opens a Word note and reads its paragraphs: {1000 * anchor:.1f} ms")
    for suffix in suffixes:
        paths = [corpus_score.CORPUS / n for n in notes if n.endswith(suffix)]
        each = _median_seconds(lambda paths=paths: [import_file(p) for p in paths]) / len(paths)
        print(f"import of a {suffix} note, read and parsed: {1000 * each:.1f} ms "
              f"({each / anchor:.2f}x anchor)")
    failed = main_right < 0.9 * main_stated or wrong
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
