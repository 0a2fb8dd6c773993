"""Packages: the unpacked one-folder bundle's size, and the frozen app's start-up (process start to
main window shown, demo meeting loaded, ``--db PATH``) against a bare PySide6 QMainWindow frozen
the same way (one folder, the same exclusion policy: packaging/bundle_policy.py) in the same run.
Targets: bundle <= 120 MB, start-up <= 1.3x the frozen bare window. The app started from the
source is measured too, to show what freezing itself changes.

Also the size of the bare window frozen with PyInstaller's defaults, the anchor to beat.
Builds the three with PyInstaller into build/bench-package/ (a few minutes);
BENCH_REUSE=1 measures the bundles left there by an earlier run."""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "build" / "bench-package"
RUNS = int(os.environ.get("BENCH_RUNS", "11"))
MB, MIB = 1_000_000, 1 << 20

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_startup import BARE_WINDOW  # noqa: E402  (the same bare window as the start-up anchor)

BARE_SPEC = """import sys
sys.path.insert(0, {packaging!r})
import bundle_policy
used = bundle_policy.used_qt_modules(__import__("pathlib").Path({source!r}))
a = Analysis([{script!r}], excludes=bundle_policy.excluded_modules(used))
a.binaries = bundle_policy.prune_unneeded_libraries(bundle_policy.filter_toc(a.binaries, used))
a.datas = bundle_policy.filter_toc(a.datas, used)
strip = sys.platform == "linux"
exe = EXE(PYZ(a.pure), a.scripts, [], exclude_binaries=True, name="bare-window", console=True,
          upx=False, strip=strip)
COLLECT(exe, a.binaries, a.datas, upx=False, strip=strip, name="bare-window")
"""


PLAIN_SPEC = """a = Analysis([{script!r}])
exe = EXE(PYZ(a.pure), a.scripts, [], exclude_binaries=True, name="plain-window", console=True)
COLLECT(exe, a.binaries, a.datas, name="plain-window")
"""


def pyinstaller(spec: Path, name: str, *extra: str) -> None:
    print(f"building {name} ...", flush=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                    "--distpath", WORK / "dist", "--workpath", WORK / f"work-{name}", spec, *extra],
                   check=True, cwd=ROOT)


def build() -> None:
    bare = WORK / "bare"
    bare.mkdir(parents=True, exist_ok=True)
    (bare / "bare_window.py").write_text(BARE_WINDOW)
    (bare / "bare-window.spec").write_text(BARE_SPEC.format(
        packaging=str(ROOT / "packaging"), source=str(bare), script=str(bare / "bare_window.py")))
    subprocess.run([sys.executable, ROOT / "packaging" / "make_icons.py", WORK / "icons"],
                   check=True, stdout=subprocess.DEVNULL)
    pyinstaller(ROOT / "packaging" / "roundtable-desktop.spec", "app", "--", "--icons", str(WORK / "icons"))
    pyinstaller(bare / "bare-window.spec", "bare")
    (bare / "plain-window.spec").write_text(PLAIN_SPEC.format(script=str(bare / "bare_window.py")))
    pyinstaller(bare / "plain-window.spec", "plain")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def measure(command: list, environment: dict[str, str]) -> float:
    """Seconds from spawn to the 'window shown' line."""
    start = time.perf_counter()
    process = subprocess.Popen([str(c) for c in command], env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.communicate()
    if "window shown" not in line:
        raise SystemExit(f"{command[0]} did not show its window (exit {process.returncode})")
    return elapsed


def main() -> int:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("skipped: PyInstaller is not installed (pip install -e '.[package]')")
        return 0
    if not (os.environ.get("BENCH_REUSE") and (WORK / "dist").is_dir()):
        build()
    app, bare = WORK / "dist" / "roundtable-desktop", WORK / "dist" / "bare-window"
    suffix = ".exe" if sys.platform == "win32" else ""
    plain = WORK / "dist" / "plain-window"
    sizes = {"app": folder_size(app), "bare": folder_size(bare), "plain": folder_size(plain)}
    print(f"unpacked bundle: app {sizes['app'] / MB:.1f} MB ({sizes['app'] / MIB:.1f} MiB), "
          f"bare window {sizes['bare'] / MB:.1f} MB; ratio {sizes['app'] / sizes['bare']:.2f}x "
          f"(target app <= 120 MB)")
    print(f"bare window with PyInstaller's defaults (no exclusions): {sizes['plain'] / MB:.1f} MB "
          f"({sizes['plain'] / MIB:.1f} MiB); app / that {sizes['app'] / sizes['plain']:.2f}x")

    sys.path.insert(0, str(ROOT))
    from roundtable_desktop.startup import open_library_with_demo

    with tempfile.TemporaryDirectory(prefix="bench-package-") as temporary:
        library = Path(temporary) / "library.sqlite"
        open_library_with_demo(library).close()
        environment = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        if not environment.get("DISPLAY") and not environment.get("QT_QPA_PLATFORM"):
            environment["QT_QPA_PLATFORM"] = "offscreen"
        environment.update(ROUNDTABLE_EXIT_WHEN_SHOWN="1", XDG_CONFIG_HOME=str(Path(temporary) / "config"),
                           XDG_DATA_HOME=str(Path(temporary) / "data"))
        commands = {"app": [app / f"roundtable-desktop{suffix}", "--db", library],
                    "bare": [bare / f"bare-window{suffix}"],
                    "source": [sys.executable, "-m", "roundtable_desktop", "--db", library]}
        for command in commands.values():  # warm the file cache
            measure(command, environment)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            for name, command in commands.items():
                times[name].append(measure(command, environment))
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"frozen start-up to window shown ({environment.get('QT_QPA_PLATFORM') or 'display'}, "
          f"{RUNS} runs each, medians): app {medians['app'] * 1000:.0f} ms, "
          f"bare window {medians['bare'] * 1000:.0f} ms; "
          f"the app from source {medians['source'] * 1000:.0f} ms")
    print(f"frozen start-up ratio {medians['app'] / medians['bare']:.2f}x (target <= 1.3x); "
          f"frozen app / app from source {medians['app'] / medians['source']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
