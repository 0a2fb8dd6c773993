"""Import: how long a concept note takes to read and parse, and how long each bad file takes to
be refused (target: every refusal well under 5 s), against an anchor measured in the same run:
python-docx opening the same Word concept note and reading its paragraphs.

Run: python tests/bench/bench_import.py   (or make bench)"""

import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from roundtable_desktop.domain.errors import InputError  # noqa: E402
from roundtable_desktop.exchange.concept_note import import_file  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "concept_notes"
RUNS = 15


def timed(action, runs: int = RUNS) -> float:
    """Median seconds of ``action()`` over ``runs`` runs."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def refused(path: Path):
    def action() -> None:
        try:
            import_file(path)
        except InputError:
            return
        raise AssertionError(f"{path.name} was not refused")
    return action


def bad_files(folder: Path) -> dict[str, Path]:
    files = {}
    bomb = folder / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (200 * 1024 * 1024))
    files["zip bomb (200 MB of XML in 0.2 MB)"] = bomb
    entities = folder / "entities.docx"
    with zipfile.ZipFile(entities, "w") as archive:
        archive.writestr("word/document.xml", '<!DOCTYPE d [<!ENTITY e SYSTEM "file:///etc/passwd">]><d>&e;</d>')
    files["docx with external entities"] = entities
    for name, content in {"100,000-line text file": b"How?\n" * 100_000,
                          "binary file named .txt": bytes(range(256)) * 4096,
                          ".docx that is not a zip": b"plain text " * 1000,
                          "19 MB text file": b"x" * (19 * 1024 * 1024)}.items():
        path = folder / f"bad{len(files)}{'.docx' if 'docx' in name else '.txt'}"
        path.write_bytes(content)
        files[name] = path
    return files


def main() -> None:
    word = FIXTURES / "itu-2023-digital-panel.docx"

    def anchor_read() -> None:
        document = docx.Document(str(word))
        _ = [p.text for p in document.paragraphs]

    anchor = timed(anchor_read)
    print(f"anchor: python-docx opens the Word concept note and reads it: {anchor * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        largest = folder / "largest.md"
        largest.write_text(((FIXTURES / "unea-2024-ocean-dialogue.md").read_text() + "\n") * 110)
        rows = [("seed concept note (.txt)", lambda: import_file(FIXTURES / "cstd-2021-seed.txt")),
                ("Word concept note (.docx)", lambda: import_file(word)),
                ("Markdown note near the size limit (4,700 lines)", lambda: import_file(largest))]
        rows += [(f"refused: {name}", refused(path)) for name, path in bad_files(folder).items()]
        for name, action in rows:
            seconds = timed(action, 5 if "refused" in name or "limit" in name else RUNS)
            print(f"{name:<52} {seconds * 1000:9.2f} ms  {seconds / anchor:6.2f}x anchor")


if __name__ == "__main__":
    main()
