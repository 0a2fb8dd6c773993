"""packaging/install-test-deps.sh installs only what is missing, and a name the system's package
lists do not carry does not stop the others. Run against stand-ins for dpkg-query, apt-cache,
apt-get and id on PATH, so nothing is installed."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "install-test-deps.sh"
WORD_FONTS = {"fonts-liberation2", "fonts-crosextra-carlito", "fonts-crosextra-caladea"}
OTHERS_TOOLS = {"openbox", "xdotool", "fonts-noto-core", "fonts-noto-cjk", "chromium", "python3-pyatspi",
                "at-spi2-core", "dbus", "pandoc", "imagemagick", "libreoffice-writer-nogui", "poppler-utils"}

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def _stand_ins(folder: Path, missing: set[str], unavailable: set[str]) -> None:
    scripts = {
        "dpkg-query": 'for a; do p="$a"; done\ncase " $MISSING " in *" $p "*) exit 1;; esac\n'
                      'printf "install ok installed"',
        "apt-cache": 'case " $UNAVAILABLE " in *" $2 "*) exit 100;; esac\necho "Filename: pool/$2.deb"',
        "apt-get": 'echo "$@" >> "$CALLS"',
        "id": "echo 0",
    }
    for name, body in scripts.items():
        path = folder / name
        path.write_text(f"#!/usr/bin/env bash\n{body}\n")
        path.chmod(0o755)


def _run(tmp_path: Path, missing: set[str], unavailable: set[str] = frozenset()):
    folder = tmp_path / "bin"
    folder.mkdir()
    _stand_ins(folder, missing, unavailable)
    calls = tmp_path / "calls"
    environment = {**os.environ, "PATH": f"{folder}:{os.environ['PATH']}", "CALLS": str(calls),
                   "MISSING": " ".join(sorted(missing)), "UNAVAILABLE": " ".join(sorted(unavailable))}
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True, env=environment,
                          timeout=300)
    installed = []
    if calls.exists():
        for line in calls.read_text().splitlines():
            if line.startswith("install"):
                installed = [word for word in line.split() if not word.startswith("-") and word != "install"]
    return done, calls, installed


def test_nothing_missing_installs_nothing(tmp_path):
    done, calls, _ = _run(tmp_path, missing=set())
    assert done.returncode == 0 and not calls.exists()


def test_only_the_missing_packages_are_installed(tmp_path):
    missing = WORD_FONTS | {"pandoc"}
    done, _, installed = _run(tmp_path, missing)
    assert done.returncode == 0, done.stderr
    assert sorted(installed) == sorted(missing)


def test_the_fonts_and_the_tools_the_tests_use_are_all_in_the_list(tmp_path):
    wanted = WORD_FONTS | OTHERS_TOOLS
    _, _, installed = _run(tmp_path, missing=wanted)
    assert sorted(installed) == sorted(wanted)


def test_a_package_this_system_does_not_carry_is_named_and_the_others_still_install(tmp_path):
    done, _, installed = _run(tmp_path, missing={"chromium", "pandoc"}, unavailable={"chromium"})
    assert installed == ["pandoc"]
    assert "Not in this system's package lists: chromium" in done.stderr
