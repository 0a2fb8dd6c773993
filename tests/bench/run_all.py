"""``make bench``: run every ``tests/bench/bench_*.py`` in turn; each prints its own figures
as ratios to an anchor measured in the same run. Not part of ``make test``."""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    names = sys.argv[1:]
    scripts = sorted(HERE.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if any(name in s.stem for name in names)]
    failed = 0
    for script in scripts:
        print(f"\n== {script.stem} ==", flush=True)
        failed += subprocess.call([sys.executable, str(script)], cwd=HERE.parent.parent) != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
