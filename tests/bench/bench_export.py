"""Export: the Word summary of a meeting with 5,000 notes and 300 speakers, against python-docx
alone writing the same number of paragraphs and table rows (same styles, same texts) in the same
run. Prints the best of a few runs of each and the ratio. Target: <= 1.5x."""

import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import docx  # noqa: E402

from roundtable_desktop.domain.enums import Gender, NoteKind, Region, Role, SlotState  # noqa: E402
from roundtable_desktop.domain.model import Note, Participant, SpeakerSlot  # noqa: E402
from roundtable_desktop.exchange.demo import demo_meeting  # noqa: E402
from roundtable_desktop.exchange.report import ReportOptions, build_report, write_docx  # noqa: E402
from roundtable_desktop.exchange.report.model import Heading, Paragraph, Table  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "3"))
NOTES, SPEAKERS = 5_000, 300
WORDS = ["partnership", "technology", "capacity", "finance", "digital", "divide", "recovery",
         "resilience", "innovation", "research", "data", "inclusion", "women", "youth", "policy"]


def big_meeting():
    random.seed(5)
    meeting = demo_meeting()
    session = meeting.session
    start = datetime(2021, 5, 17, 13, 0, tzinfo=UTC)
    for number in range(SPEAKERS):
        person = Participant(session_id=session.id, name=f"Speaker {number + 1}",
                             function="Minister", organisation=f"Country {number % 190}",
                             role=random.choice(list(Role)), gender=random.choice(list(Gender)),
                             region=random.choice(list(Region)))
        meeting.participants.append(person)
        meeting.slots.append(SpeakerSlot(
            session_id=session.id, participant_id=person.id, agenda_item_id=meeting.agenda[3].id,
            position=len(meeting.slots), target_seconds=180, limit_seconds=240, state=SlotState.DONE,
            spoken_seconds=float(random.randint(60, 300)), actual_start=start + timedelta(minutes=number),
            actual_end=start + timedelta(minutes=number, seconds=170)))
    slots = meeting.slots[-SPEAKERS:]
    for number in range(NOTES):
        slot = random.choice(slots)
        question = random.choice([*meeting.questions, None])
        meeting.notes.append(Note(
            session_id=session.id, text=" ".join(random.choices(WORDS, k=random.randint(8, 30))),
            kind=random.choice(list(NoteKind)), slot_id=slot.id, participant_id=slot.participant_id,
            question_id=question.id if question else None,
            sdgs=tuple(sorted(random.sample(range(1, 18), random.randint(0, 2)))),
            key_message=number % 97 == 0, meeting_offset_seconds=number))
    return meeting


def python_docx_alone(report, path: Path) -> None:
    """The anchor: the same paragraphs (with their styles) and table rows, nothing else."""
    document = docx.Document()
    for block in report.blocks:
        if isinstance(block, Heading):
            style = "Title" if block.level == 0 else f"Heading {block.level}"
            document.add_paragraph(block.text, style=style)
        elif isinstance(block, Paragraph):
            document.add_paragraph(block.text, style="List Bullet" if block.style == "bullet" else None)
        elif isinstance(block, Table):
            table = document.add_table(rows=1, cols=len(block.header))
            table.style = "Table Grid"
            for cell, text in zip(table.rows[0].cells, block.header, strict=True):
                cell.text = text
            for row in block.rows:
                for cell, text in zip(table.add_row().cells, row, strict=True):
                    cell.text = text
    document.save(str(path))


def best_of(function) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    meeting = big_meeting()
    report = build_report(meeting, ReportOptions())
    paragraphs = sum(isinstance(b, Heading | Paragraph) for b in report.blocks)
    rows = sum(len(b.rows) + 1 for b in report.blocks if isinstance(b, Table))
    with tempfile.TemporaryDirectory() as folder:
        anchor = best_of(lambda: python_docx_alone(report, Path(folder) / "anchor.docx"))
        export = best_of(lambda: write_docx(meeting, Path(folder) / "summary.docx"))
        size = (Path(folder) / "summary.docx").stat().st_size
    ratio = export / anchor
    print(f"meeting: {NOTES} notes, {SPEAKERS} speakers -> {paragraphs} paragraphs, {rows} table rows, "
          f"{size / 1e6:.1f} MB")
    print(f"python-docx alone, same paragraphs and rows: {anchor:.2f} s")
    print(f"export to Word (build + write + save):       {export:.2f} s")
    print(f"ratio: {ratio:.2f}x (target <= 1.5x) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
