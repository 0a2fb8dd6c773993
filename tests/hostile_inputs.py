"""Hand-made hostile inputs, each with what must happen to it: the fuzz corpus that the unit
tests and `make soak-faults` replay. ``expect`` is a word the one-line refusal names, or None
when the file must import."""

import io
import json
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tests.rehearsed_meeting import rehearsed_meeting

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
TITLE = "Roundtable on science, technology and innovation"


@dataclass(frozen=True)
class Hostile:
    name: str  # the file's name, whose suffix says how it is read
    make: Callable[[], bytes]
    expect: str | None  # a word of the refusal, or None: imports


def docx(body: str) -> bytes:
    """A Word file whose parts are stored, not compressed (the ratio check does not stop it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {W}><w:body>'
                                              f"{body}</w:body></w:document>")
    return out.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def nested_controls(depth: int) -> bytes:
    return docx("<w:sdt><w:sdtContent>" * depth + paragraph(TITLE) + "</w:sdtContent></w:sdt>" * depth)


def session_file(change: Callable[[dict], object]) -> Callable[[], bytes]:
    def make() -> bytes:
        data = _session()
        change(data)
        return json.dumps(data).encode()
    return make


def _session() -> dict:
    from roundtable_desktop.exchange.session_json import meeting_to_dict

    return meeting_to_dict(rehearsed_meeting())


def _huge_number() -> bytes:
    text = json.dumps(_session())
    return text.replace('"planned_minutes": ', '"planned_minutes": ' + "9" * 5000 + ", \"x\": ", 1).encode()


def _many_notes(count: int) -> Callable[[dict], object]:
    def change(data: dict) -> None:
        note = data["notes"][0]
        data["notes"] = [{**note, "id": f"note-{index}"} for index in range(count)]
    return change


def _stray_byte() -> bytes:
    return (f"{TITLE}\nDate: 17 May 2021, 15.00–16.00 CEST\nVenue: Genève\n".encode()
            .replace("Genève".encode(), b"Gen\xe8ve"))


def corpus() -> Iterator[Hostile]:
    yield Hostile("nested-10000.docx", lambda: nested_controls(10_000), None)
    yield Hostile("nested-995.docx", lambda: nested_controls(995), None)
    yield Hostile("empty-elements.docx", lambda: docx(paragraph(TITLE) + "<w:p/>" * 700_000), "elements")
    yield Hostile("five-thousand-digits.json", _huge_number, "too long")
    yield Hostile("zone-utc+25.json", session_file(lambda d: d["session"].update(timezone="UTC+25")),
                  "session.timezone")
    yield Hostile("year-9999.json", session_file(lambda d: d["session"].update(date="9999-12-31")),
                  "session.date")
    yield Hostile("start-with-offset.json",
                  session_file(lambda d: d["session"].update(start_time="15:00+02:00")), "start_time")
    yield Hostile("start-in-year-1.json", session_file(
        lambda d: d["speaker_slots"][0].update(actual_start="0001-01-01T00:00:00+05:00")), "actual_start")
    yield Hostile("huge-minutes.json", session_file(
        lambda d: d["agenda"][0].update(planned_minutes=2**63)), "planned_minutes")
    yield Hostile("huge-spoken.json", session_file(
        lambda d: d["speaker_slots"][0].update(spoken_seconds=1e300)), "spoken_seconds")
    yield Hostile("100000-notes.json", session_file(_many_notes(100_000)), "at most 5,000")
    yield Hostile("stray-byte.txt", _stray_byte, None)
    yield Hostile("brackets.md", lambda: (TITLE + "\n" + "![" * 16_384).encode(), None)
