"""Opening File > Join a shared meeting… a few hundred times in one process, with the real mDNS
browser while shares are announced, ends well: no crash (nothing of zeroconf's thread reaches a
deleted dialog) and nothing left running (each dialog's browser stops and its threads end)."""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TIMES = 200


def test_the_join_dialog_opened_many_times_leaves_nothing_behind():
    done = subprocess.run([sys.executable, str(HERE / "join_dialog_child.py"), str(TIMES)],
                          cwd=HERE.parents[1], env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-3000:]}"
    assert f"opened {TIMES} left 0" in done.stdout, done.stdout + done.stderr[-3000:]
    for trouble in ("Traceback", "Exception in thread", "RuntimeError", "was never retrieved"):
        assert trouble not in done.stderr, done.stderr[-3000:]
