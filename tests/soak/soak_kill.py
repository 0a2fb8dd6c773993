"""`make soak`: the kill test of tests/e2e 200 times (or N: soak_kill.py N), printing the counts
every 20 kills and at the end; exit code 1 when any check failed. Not part of `make test`."""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "e2e")]

from kill_harness import run_kills  # noqa: E402


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    started = time.monotonic()

    def progress(done: int, tally) -> None:
        if done % 20 == 0 or done == count:
            print(f"  {done}/{count}: {tally.summary()}", flush=True)

    with tempfile.TemporaryDirectory() as folder:
        print(f"Kill test: {count} SIGKILLs at random moments (0.2–3 s) while typing 5 characters "
              "a second and a speaker's clock runs")
        tally = run_kills(Path(folder), count, seed=int(time.time()), shortest=0.2, longest=3.0,
                          progress=progress)
    print(f"Soak result: {tally.summary()} ({time.monotonic() - started:.0f} s)")
    for failure in tally.failures[:20]:
        print(f"  FAILED: {failure}")
    return 1 if tally.failures else 0


if __name__ == "__main__":
    sys.exit(main())
