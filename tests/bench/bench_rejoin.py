"""A restarted follower of a 2,000-note meeting joining the chair's laptop again (loopback).

Anchor, in the same run: the first join of the same meeting into an empty library (the whole
meeting sent and stored). Then the follower is restarted twice, after the chair changed a few
records: once as it was before (nothing kept of how far it had received: the whole meeting is
sent again and merged as "nothing new"), once as it is (it catches up from its kept reading).
Printed: milliseconds from the follower's start to caught up, records received, ratio to anchor.
"""

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from roundtable_desktop.domain.model import Note  # noqa: E402
from roundtable_desktop.exchange.demo import demo_meeting  # noqa: E402
from roundtable_desktop.link.follow import Follower  # noqa: E402
from roundtable_desktop.link.offline import merge_through_change_path  # noqa: E402
from roundtable_desktop.link.share import ShareServer  # noqa: E402
from roundtable_desktop.link.wire import LinkEvent  # noqa: E402
from roundtable_desktop.storage.library import Library  # noqa: E402
from roundtable_desktop.storage.meeting_rows import change_seq  # noqa: E402

NOTES = 2000
ROUNDS = 5


def joined(path: Path, server: ShareServer, chair: Library) -> tuple[float, int]:
    """Seconds from the follower's start until it holds everything the chair has; records received."""
    library = Library.open(path)
    received: list[int] = []

    def told(event: LinkEvent) -> None:
        if event.kind == "received":
            received.append(event.count)

    follower = Follower(f"127.0.0.1:{server.port}", server.code, path,
                        lambda changes: merge_through_change_path(library, changes, "link"), told,
                        poll_seconds=0.05)
    target = change_seq(chair.database)
    start = time.perf_counter()
    follower.start()
    while follower.have_seq < target:
        time.sleep(0.001)
    took = time.perf_counter() - start
    follower.stop()
    library.close()
    return took, sum(received)


def forget_reading(path: Path) -> None:
    """The follower as it was before its reading was kept: it knows nothing of how far it got."""
    library = Library.open(path)
    with library.database.transaction() as connection:
        connection.execute("DELETE FROM meeting_received")
    library.close()


def chair_changes(chair: Library, session_id: str, round_number: int) -> None:
    slot = chair.slots.for_session(session_id)[0]
    slot.spoken_seconds = float(round_number)
    chair.slots.update(slot)
    for number in range(3):
        chair.notes.add(Note(session_id, f"Round {round_number}, point {number}"))


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="bench-rejoin-") as folder_name:
        folder = Path(folder_name)
        meeting = demo_meeting()
        meeting.notes = [Note(meeting.session.id, f"Point {number} made from the floor, in some words")
                         for number in range(NOTES)]
        chair = Library.open(folder / "chair.sqlite")
        session_id = chair.add_meeting(meeting).session.id
        server = ShareServer(chair.path, session_id, lambda changes: None, host="127.0.0.1",
                             poll_seconds=0.05)
        server.start()
        chair.feed.subscribe(lambda changes: server.wake())
        firsts, befores, nows = [], [], []
        counts = {"first": 0, "before": 0, "now": 0}
        for round_number in range(ROUNDS):
            path = folder / f"rapporteur-{round_number}.sqlite"
            took, counts["first"] = joined(path, server, chair)
            firsts.append(took)
            chair_changes(chair, session_id, 2 * round_number + 1)
            forget_reading(path)
            took, counts["before"] = joined(path, server, chair)
            befores.append(took)
            chair_changes(chair, session_id, 2 * round_number + 2)
            took, counts["now"] = joined(path, server, chair)
            nows.append(took)
        server.stop()
        chair.close()
    first, before, now = (statistics.median(t) for t in (firsts, befores, nows))
    print(f"anchor: first join of a {NOTES:,}-note meeting into an empty library: "
          f"{first * 1000:.0f} ms, {counts['first']:,} records received")
    print(f"restarted follower, nothing kept (before): {before * 1000:.0f} ms "
          f"({before / first:.2f}x anchor), {counts['before']:,} records received")
    print(f"restarted follower, catching up from its kept reading (now): {now * 1000:.0f} ms "
          f"({now / first:.2f}x anchor), {counts['now']:,} records received")
    return 0


if __name__ == "__main__":
    sys.exit(main())
