"""Start-up: process start to main window shown (demo meeting loaded), against a bare PySide6
QMainWindow measured the same way in the same run. Prints medians and the ratios of time and
peak RSS. Targets: start-up <= 1.3x, RSS <= 1.5x."""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("BENCH_RUNS", "11"))

BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1340, 720)
window.show()
def done():
    print("window shown", flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""


def measure(command: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the 'window shown' line, and the child's peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    process.stdout.close()
    if "window shown" not in line:
        raise SystemExit(f"{command} did not show its window (exit {process.returncode})")
    return elapsed, usage.ru_maxrss / 1024


def environment_for_display() -> dict[str, str]:
    environment = dict(os.environ)
    if not environment.get("DISPLAY") and not environment.get("QT_QPA_PLATFORM"):
        environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from roundtable_desktop.startup import open_library_with_demo

    # as on a user's machine: the app's modules compiled once (pip install and PyInstaller do it),
    # whatever PYTHONDONTWRITEBYTECODE says in this shell
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "roundtable_desktop")],
                   check=True, env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    library_file = folder / "library.sqlite"
    open_library_with_demo(library_file).close()
    environment = environment_for_display()
    environment.update({"ROUNDTABLE_EXIT_WHEN_SHOWN": "1", "ROUNDTABLE_DB": str(library_file),
                        "XDG_CONFIG_HOME": str(folder / "config"),
                        "XDG_DATA_HOME": str(folder / "data")})
    app = [sys.executable, "-m", "roundtable_desktop"]
    bare = [sys.executable, "-c", BARE_WINDOW]
    measure(app, environment), measure(bare, environment)  # warm the file cache
    results: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}
    for _ in range(RUNS):  # interleaved, so both see the same machine load
        results["bare"].append(measure(bare, environment))
        results["app"].append(measure(app, environment))
    shutil.rmtree(folder, ignore_errors=True)
    medians = {name: (statistics.median(t for t, _ in runs), statistics.median(r for _, r in runs))
               for name, runs in results.items()}
    platform = environment.get("QT_QPA_PLATFORM") or "xcb"
    print(f"platform {platform}, {RUNS} runs each, medians")
    for name in ("bare", "app"):
        seconds, rss = medians[name]
        print(f"  {name:5} start-up {seconds * 1000:7.0f} ms   peak RSS {rss:6.1f} MB")
    time_ratio = medians["app"][0] / medians["bare"][0]
    rss_ratio = medians["app"][1] / medians["bare"][1]
    print(f"start-up ratio {time_ratio:.2f}x (target <= 1.3x)   "
          f"peak-RSS ratio {rss_ratio:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
