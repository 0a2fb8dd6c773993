"""The timer's display error: over 60 s of real time with both cores busy, the largest gap between
the remaining time shown (console and presenter display) and the true remaining time.

The window runs as in a meeting (offscreen Qt, the demo meeting, a speaker on the floor, the
presenter display open). A sampling thread looks every few milliseconds at what the displays
show and at the true remaining time from the speaker clock; a shown ``m:ss`` is right while the
true time lies in the second it stands for, and the gap is how far outside that second it is.
Anchor: the same measurement for a short run on idle cores, in the same run. Target: <= 250 ms.

    python tests/bench/bench_timer.py            # 60 s busy + 10 s idle anchor
    BENCH_TIMER_SECONDS=10 python tests/bench/bench_timer.py
"""

import multiprocessing
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

TARGET_MS = 250.0


def _busy(stop_at: float) -> None:
    while time.monotonic() < stop_at:
        pass


def measure(seconds: float, busy_processes: int) -> dict[str, float]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from roundtable_desktop.domain.speaker_clock import shown_interval
    from roundtable_desktop.exchange.demo import demo_meeting
    from roundtable_desktop.storage.library import Library
    from roundtable_desktop.ui.main_window import MainWindow

    application = QApplication.instance() or QApplication([])
    folder = tempfile.mkdtemp(prefix="bench-timer-")
    library = Library.open(Path(folder) / "library.sqlite")
    library.add_meeting(demo_meeting())
    window = MainWindow(library, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    panel = window.speakers_panel
    controller = panel.controller
    controller.toggle()
    controller.adjust(3600)  # long enough to stay in the countdown
    panel.toggle_presenter(True)
    shown: dict[str, str] = {}

    def remember(_frame) -> None:
        shown["console"] = panel.clock.shown_text
        shown["presenter"] = panel.presenter.shown_text

    controller.ticked.connect(remember)
    clock = controller.speakers.clock
    gaps: list[float] = []
    mismatches = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            console, presenter = shown.get("console"), shown.get("presenter")
            true_remaining = clock.read(time.monotonic()).remaining
            if console:
                low, high = shown_interval(console)
                gaps.append(max(0.0, low - true_remaining, true_remaining - high))
                if presenter != console:
                    mismatches[0] += 1
            time.sleep(0.004)

    workers = [multiprocessing.Process(target=_busy, args=(time.monotonic() + seconds + 2,))
               for _ in range(busy_processes)]
    for worker in workers:
        worker.start()
    sampler = threading.Thread(target=sample, daemon=True)
    QTimer.singleShot(300, sampler.start)
    QTimer.singleShot(int((seconds + 0.3) * 1000), application.quit)
    application.exec()
    done.set()
    sampler.join()
    for worker in workers:
        worker.join()
    controller.timer.stop()
    controller.ticked.disconnect(remember)
    panel.close_presenter()
    window.close()
    window.deleteLater()
    application.processEvents()
    library.close()
    gaps.sort()
    return {"max_ms": gaps[-1] * 1000, "p99_ms": gaps[int(len(gaps) * 0.99)] * 1000,
            "samples": len(gaps), "mismatches": mismatches[0]}


def main() -> int:
    busy_seconds = float(os.environ.get("BENCH_TIMER_SECONDS", "60"))
    cores = os.cpu_count() or 2
    idle = measure(min(10.0, busy_seconds), busy_processes=0)
    busy = measure(busy_seconds, busy_processes=cores)
    print(f"anchor, idle cores, {min(10.0, busy_seconds):.0f} s: largest display gap "
          f"{idle['max_ms']:.0f} ms (p99 {idle['p99_ms']:.0f} ms, {idle['samples']} samples)")
    print(f"{cores} cores busy, {busy_seconds:.0f} s: largest display gap {busy['max_ms']:.0f} ms "
          f"(p99 {busy['p99_ms']:.0f} ms, {busy['samples']} samples)")
    ratio = busy["max_ms"] / idle["max_ms"] if idle["max_ms"] else float("inf")
    print(f"busy / idle: {ratio:.2f}x; busy / target {TARGET_MS:.0f} ms: "
          f"{busy['max_ms'] / TARGET_MS:.2f}x")
    print(f"presenter display differed from the console at {busy['mismatches'] + idle['mismatches']} "
          f"samples (a sample can fall between the two labels' updates in one repaint)")
    return 0 if busy["max_ms"] <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
