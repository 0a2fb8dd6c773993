"""`make soak-faults`: the faults an adversarial test found, replayed, each in its own process
(its time and peak memory measured): hostile imports, exports onto the library's own files,
kills during a restore, damaged rows, a crash's unfinished transaction, a journal deleted while
open, an empty library with backups. Prints N tried, N held, N lost, the worst time and memory;
exit code 1 when any case was lost. ``soak_faults.py ROUNDS`` replays every case ROUNDS times."""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]


def _child(name: str) -> tuple[str, float, int]:
    """The case's verdict, its wall time in seconds and its peak memory in MB."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, __file__, "--case", name], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    out, err = process.communicate(timeout=600)
    seconds = time.monotonic() - started
    memory = int(out.rsplit("peak=", 1)[1]) if "peak=" in out else 0  # as the case measured it
    verdict = out.split("peak=", 1)[0].strip() or f"broke: {err.strip().splitlines()[-1:]}"
    return verdict, seconds, memory


def main() -> int:
    from tests.soak.fault_cases import CASES

    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    tried = held = 0
    lost: list[str] = []
    worst_time, worst_memory = (0.0, ""), (0, "")
    for _round in range(rounds):
        for name in CASES:
            verdict, seconds, memory = _child(name)
            tried += 1
            if verdict == "held":
                held += 1
            else:
                lost.append(f"{name}: {verdict}")
            worst_time = max(worst_time, (seconds, name))
            worst_memory = max(worst_memory, (memory, name))
            print(f"  {verdict:<6.60} {seconds:6.2f} s {memory:5d} MB  {name}", flush=True)
    print(f"Faults: {tried} tried, {held} held, {len(lost)} lost; worst time {worst_time[0]:.2f} s "
          f"({worst_time[1]}), worst peak memory {worst_memory[0]} MB ({worst_memory[1]})")
    for failure in lost:
        print(f"  LOST: {failure}")
    return 1 if lost else 0


def _run_one(name: str) -> None:
    import resource

    from tests.soak.fault_cases import run_case

    try:
        verdict = run_case(name)
    except Exception as error:  # a traceback is what the soak looks for: report it as broke
        verdict = f"broke: {type(error).__name__}: {error}"
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(f"{verdict} peak={peak}", flush=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--case":
        _run_one(sys.argv[2])
    else:
        sys.exit(main())
