"""The link between laptops: a change on the chair's laptop seen on a follower (loopback), the
chair's CPU with 10 followers, and the merge of a 5,000-note meeting file.

Anchors, measured in the same run: a bare websockets round trip of a 1 KB message on loopback
(for the latency); the chair's process sharing with nobody following (for the CPU); storing the
same 5,000-note meeting whole with ``Library.add_meeting`` (for the merge).
Targets: follower p99 <= 300 ms; chair CPU with 10 followers <= 5 % of a core.
"""

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_notes import big_meeting  # noqa: E402

from roundtable_desktop.domain.model import Note, SpeakerSlot  # noqa: E402
from roundtable_desktop.exchange.demo import demo_meeting  # noqa: E402
from roundtable_desktop.exchange.meeting_file import read_meeting_file, write_meeting_file  # noqa: E402
from roundtable_desktop.link.follow import Follower  # noqa: E402
from roundtable_desktop.link.offline import merge_through_change_path  # noqa: E402
from roundtable_desktop.link.share import ShareServer  # noqa: E402
from roundtable_desktop.storage.library import Library, renumbered  # noqa: E402
from roundtable_desktop.storage.meeting_rows import changes_since  # noqa: E402

SAMPLES = 200
FOLLOWERS = 10
CPU_SECONDS = 30.0


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def anchor_round_trip() -> list[float]:
    from websockets.asyncio.client import connect
    from websockets.asyncio.server import serve

    async def echo(connection) -> None:
        async for frame in connection:
            await connection.send(frame)

    async def measure() -> list[float]:
        async with serve(echo, "127.0.0.1", 0, compression=None) as server:
            port = server.sockets[0].getsockname()[1]
            async with connect(f"ws://127.0.0.1:{port}", compression=None) as connection:
                samples = []
                for _ in range(SAMPLES):
                    start = time.perf_counter()
                    await connection.send("x" * 1024)
                    await connection.recv()
                    samples.append((time.perf_counter() - start) * 1000)
                    await asyncio.sleep(0.005)
                return samples

    return asyncio.run(measure())


def follower_latency(folder: Path) -> list[float]:
    chair = Library.open(folder / "chair.sqlite")
    session_id = chair.add_meeting(demo_meeting()).session.id
    rapporteur = Library.open(folder / "rapporteur.sqlite")
    arrived: dict[float, float] = {}
    seen = threading.Event()

    def apply_on_follower(changes) -> object:
        report = merge_through_change_path(rapporteur, changes, "link")
        for slot in changes.records.get("speaker_slot", []):
            if isinstance(slot, SpeakerSlot):
                arrived[slot.spoken_seconds] = time.perf_counter()
                seen.set()
        return report

    server = ShareServer(chair.path, session_id, lambda changes: None, host="127.0.0.1")
    server.start()
    chair.feed.subscribe(lambda changes: server.wake())  # what the window's adapter does
    follower = Follower(f"127.0.0.1:{server.port}", server.code, rapporteur.path, apply_on_follower)
    follower.start()
    while follower.have_seq == 0:
        time.sleep(0.01)
    slot = chair.slots.for_session(session_id)[0]
    samples = []
    for number in range(1, SAMPLES + 1):
        seen.clear()
        value = float(number)
        start = time.perf_counter()
        chair.change_path.run("clock", session_id,
                              lambda edit, v=value: edit.set_fields(SpeakerSlot, slot.id, spoken_seconds=v))
        while value not in arrived:
            seen.wait(5)
        samples.append((arrived[value] - start) * 1000)
        time.sleep(0.02)
    follower.stop()
    server.stop()
    chair.close()
    rapporteur.close()
    return samples


def chair_cpu(folder: Path, followers: int) -> float:
    """Share of one core the chair's process used over CPU_SECONDS of a meeting: a change of the
    chair every 2 s (the clock, the queue), a note from each follower every 10 s."""
    chair = Library.open(folder / f"chair-{followers}.sqlite")
    session_id = chair.add_meeting(demo_meeting()).session.id
    chair_apply = Library.open(chair.path)
    server = ShareServer(chair.path, session_id,
                         lambda changes: merge_through_change_path(chair_apply, changes, "link"),
                         host="127.0.0.1")
    server.start()
    chair.feed.subscribe(lambda changes: server.wake())
    processes = []
    paths = []
    for number in range(followers):
        path = folder / f"follower-{followers}-{number}.sqlite"
        paths.append(path)
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "roundtable_desktop", "join", f"127.0.0.1:{server.port}",
             "--code", server.code, "--db", str(path)], cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ROUNDTABLE_DB": ""}))
    deadline = time.monotonic() + 120
    while len(server.followers) < followers and time.monotonic() < deadline:
        time.sleep(0.1)
    typist = subprocess.Popen([sys.executable, "-c", TYPIST, session_id, str(CPU_SECONDS), *map(str, paths)],
                              cwd=ROOT) if followers else None
    slot = chair.slots.for_session(session_id)[0]
    start_cpu, start = time.process_time(), time.monotonic()
    tick = 0
    while time.monotonic() - start < CPU_SECONDS:
        tick += 1
        chair.change_path.run("clock", session_id, lambda edit, v=float(tick):
                              edit.set_fields(SpeakerSlot, slot.id, spoken_seconds=v))
        time.sleep(2.0)
    used = (time.process_time() - start_cpu) / (time.monotonic() - start)
    if typist:
        typist.wait(60)
    for process in processes:
        process.terminate()
        process.wait(30)
    server.stop()
    chair.close()
    chair_apply.close()
    return used * 100


TYPIST = """
import sys, time
from pathlib import Path
from roundtable_desktop.domain.model import Note
from roundtable_desktop.storage.library import Library
session_id, seconds, paths = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
end = time.monotonic() + seconds
number = 0
while time.monotonic() < end:
    for path in paths:
        library = Library.open(Path(path))
        if library.sessions.count():
            library.notes.add(Note(session_id, f"Point {number} from {Path(path).stem}"))
        library.close()
    number += 1
    time.sleep(10)
"""


def merge_figures(folder: Path) -> dict[str, float]:
    source = Library.open(folder / "big.sqlite")
    meeting = source.add_meeting(big_meeting())
    file = write_meeting_file(changes_since(source.database, meeting.session.id),
                              folder / "big.roundtable-meeting")
    figures = {"file MB": file.stat().st_size / 1e6}
    anchor = Library.open(folder / "anchor.sqlite")
    start = time.perf_counter()
    anchor.add_meeting(renumbered(source.load_meeting(meeting.session.id)))
    figures["anchor"] = time.perf_counter() - start
    target = Library.open(folder / "target.sqlite")
    start = time.perf_counter()
    merge_through_change_path(target, read_meeting_file(file), "meeting file")
    figures["new"] = time.perf_counter() - start
    start = time.perf_counter()
    merge_through_change_path(target, read_meeting_file(file), "meeting file")
    figures["again"] = time.perf_counter() - start
    notes = target.notes.for_session(meeting.session.id)[:500]
    for note in notes:
        note.text += " (edited by the rapporteur)"
        target.notes.update(note)
    for number in range(100):
        target.notes.add(Note(meeting.session.id, f"A new point {number}"))
    back = write_meeting_file(changes_since(target.database, meeting.session.id),
                              folder / "back.roundtable-meeting")
    start = time.perf_counter()
    merge_through_change_path(source, read_meeting_file(back), "meeting file")
    figures["back"] = time.perf_counter() - start
    for library in (source, anchor, target):
        library.close()
    return figures


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-link-") as folder_name:
        folder = Path(folder_name)
        anchor = anchor_round_trip()
        latency = follower_latency(folder)
        a50, a99 = statistics.median(anchor), percentile(anchor, 0.99)
        f50, f99 = statistics.median(latency), percentile(latency, 0.99)
        print(f"anchor: websockets round trip, 1 KB, loopback: p50 {a50:.2f} ms, p99 {a99:.2f} ms")
        print(f"chair's change seen on the follower: p50 {f50:.1f} ms ({f50 / a50:.1f}x anchor), "
              f"p99 {f99:.1f} ms ({f99 / a99:.1f}x anchor); target p99 <= 300 ms: "
              f"{'met' if f99 <= 300 else 'NOT met'}")
        idle = chair_cpu(folder, 0)
        busy = chair_cpu(folder, FOLLOWERS)
        print(f"chair's CPU, sharing, nobody following (anchor): {idle:.2f} % of a core")
        print(f"chair's CPU, {FOLLOWERS} followers: {busy:.2f} % of a core "
              f"({busy / idle if idle else float('inf'):.1f}x anchor); target <= 5 %: "
              f"{'met' if busy <= 5 else 'NOT met'}")
        merge = merge_figures(folder)
        print(f"5,000-note meeting file: {merge['file MB']:.1f} MB")
        print(f"anchor: the same meeting stored whole (add_meeting): {merge['anchor'] * 1000:.0f} ms")
        print(f"merge into a library without it: {merge['new'] * 1000:.0f} ms "
              f"({merge['new'] / merge['anchor']:.2f}x anchor)")
        print(f"the same file again (nothing to merge): {merge['again'] * 1000:.0f} ms "
              f"({merge['again'] / merge['anchor']:.2f}x anchor)")
        print(f"back to the chair, 500 notes edited and 100 new: {merge['back'] * 1000:.0f} ms "
              f"({merge['back'] / merge['anchor']:.2f}x anchor)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
