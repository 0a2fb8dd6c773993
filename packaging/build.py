"""Build Roundtable Desktop's package for the platform this runs on (one-folder PyInstaller build).

    python packaging/build.py           # Linux: .tar.gz; Windows: .zip (+ installer with Inno Setup);
                                        # macOS: .app and .dmg — prints each output's path and SHA-256
    python packaging/build.py --test    # then unpack the package in a temporary folder and run
                                        # the frozen program from there (check_package.py)
"""

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]
from roundtable_desktop import APP_NAME, __version__  # noqa: E402

NAME = "roundtable-desktop"
DIST = ROOT / "dist"
WORK = ROOT / "build"
ICONS = WORK / "icons"
SPEC = ROOT / "packaging" / "roundtable-desktop.spec"
PLATFORM = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)


def run(command: list[str], **options) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT, **options)


def freeze() -> Path:
    """Icons and translations, then PyInstaller: ``dist/roundtable-desktop/`` (and the .app on macOS)."""
    run([sys.executable, ROOT / "packaging" / "make_icons.py", ICONS], stdout=subprocess.DEVNULL)
    run([sys.executable, ROOT / "packaging" / "translations.py", "--release"], stdout=subprocess.DEVNULL)
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", DIST, "--workpath", WORK / "pyinstaller", SPEC, "--", "--icons", ICONS])
    return DIST / NAME


def package_stem() -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{NAME}-{__version__}-{PLATFORM}-{machine}"


def linux_package(folder: Path) -> list[Path]:
    """A .tar.gz of the folder with the .desktop entry, the icon and a per-user install script."""
    shutil.copy2(ROOT / "resources" / "linux" / f"{NAME}.desktop", folder)
    shutil.copy2(ICONS / f"{NAME}-256.png", folder / f"{NAME}.png")
    shutil.copy2(ROOT / "packaging" / "linux" / "install.sh", folder / "install.sh")
    archive = DIST / f"{package_stem()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=f"{NAME}-{__version__}")
    return [archive]


def windows_package(folder: Path) -> list[Path]:
    """A .zip of the folder; with Inno Setup's ISCC on the PATH, a per-user installer too."""
    archive = DIST / f"{package_stem()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for path in sorted(folder.rglob("*")):
            bundle.write(path, Path(f"{NAME}-{__version__}") / path.relative_to(folder))
    outputs = [archive]
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc:
        run([iscc, f"/DAppVersion={__version__}", f"/DSourceDir={folder}", f"/DOutputDir={DIST}",
             f"/DIconFile={ICONS / f'{NAME}.ico'}", ROOT / "packaging" / "windows" / f"{NAME}.iss"])
        outputs.append(DIST / f"{NAME}-{__version__}-setup.exe")
    else:
        print("Inno Setup (iscc) not found: no installer, the .zip only.")
    return outputs


def macos_package(_: Path) -> list[Path]:
    """The .app (made by the spec's BUNDLE) in a compressed .dmg beside a link to /Applications."""
    app = DIST / f"{APP_NAME}.app"
    dmg = DIST / f"{package_stem()}.dmg"
    with tempfile.TemporaryDirectory() as staging:
        shutil.copytree(app, Path(staging) / app.name, symlinks=True)
        os.symlink("/Applications", Path(staging) / "Applications")
        dmg.unlink(missing_ok=True)
        run(["hdiutil", "create", "-volname", APP_NAME, "-srcfolder", staging, "-ov",
             "-format", "UDZO", dmg])
    return [dmg]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="run the frozen --self-test afterwards")
    arguments = parser.parse_args()
    folder = freeze()
    outputs = {"linux": linux_package, "windows": windows_package, "macos": macos_package}[PLATFORM](folder)
    sums = []
    for output in outputs:
        digest = sha256(output)
        sums.append(f"{digest}  {output.name}\n")
        print(f"{output}\n  SHA-256 {digest}")
    (DIST / "SHA256SUMS").write_text("".join(sums), encoding="utf-8")  # for `sha256sum -c`
    if arguments.test:
        from check_package import check

        failures = check(outputs[0], DIST / f"{APP_NAME}.app")
        for failure in failures:
            print(f"FAIL {failure}", file=sys.stderr)
        print("The package works." if not failures else "The package does NOT work.")
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
