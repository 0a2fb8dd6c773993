"""`make screenshots`: the README's pictures, taken from the real window. Under Xvfb with two X
screens (Qt sees two screens: the laptop's 1366×768 and a 1920×1080 projector) and openbox on
each, the window runs a meeting (tools/screenshot_scene.py) with the presenter display open on
the projector; ImageMagick's `import` takes each screen into docs/."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
DISPLAY_NUMBER = os.environ.get("SCREENSHOT_DISPLAY", "99")


def _started(command: list[str], environment: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> int:
    display = f":{DISPLAY_NUMBER}"
    base = dict(os.environ)
    started: list[subprocess.Popen[bytes]] = []
    try:
        started.append(_started(["Xvfb", display, "-screen", "0", "1366x768x24", "-screen", "1",
                                 "1920x1080x24", "-nolisten", "tcp"], base))
        time.sleep(1.5)
        for screen in ("0", "1"):
            started.append(_started(["openbox"], dict(base, DISPLAY=f"{display}.{screen}")))
        time.sleep(1.0)
        with tempfile.TemporaryDirectory() as folder:
            environment = dict(base, DISPLAY=display, QT_QPA_PLATFORM="xcb",
                               PYTHONPATH=str(ROOT), LANG="en_GB.UTF-8")
            scene = subprocess.Popen([sys.executable, str(ROOT / "tools" / "screenshot_scene.py"), folder],
                                     env=environment, stdout=subprocess.PIPE, text=True)
            started.append(scene)  # type: ignore[arg-type]
            line = scene.stdout.readline() if scene.stdout else ""
            if not line.startswith("READY"):
                print("The window did not come up; no pictures were taken.", file=sys.stderr)
                return 1
            DOCS.mkdir(exist_ok=True)
            for screen, name in (("0", "console-1366x768.png"), ("1", "presenter-display.png")):
                subprocess.run(["import", "-display", f"{display}.{screen}", "-window", "root",
                                str(DOCS / name)], check=True)
                print(DOCS / name)
    finally:
        for process in reversed(started):
            process.terminate()
        for process in started:
            process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
