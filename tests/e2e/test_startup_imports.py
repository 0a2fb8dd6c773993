"""Opening the window loads only what the window shows: the link's engines (websockets, zeroconf,
the pairing's cryptography), the PDF reader, the QR code and the Word writer load when the user
first shares, joins, imports or exports. Checked in a child process, as a user starts the app."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOADED_LATER = ("websockets", "zeroconf", "nacl", "spake2", "pypdf", "segno", "docx",
                # the app's own parts a window just opened does not show: each loads on first use
                "roundtable_desktop.ui.link.join_dialog",  # File > Join a shared meeting
                "roundtable_desktop.ui.link.share_dialog",  # Meeting > Share on this network
                "roundtable_desktop.link.pairing",  # the pairing code, with the join dialog
                "roundtable_desktop.link.discovery",  # the meetings on the network, likewise
                "roundtable_desktop.ui.link.merge_dialog",  # File > Merge a meeting file
                "roundtable_desktop.link.offline",  # export for another laptop, merge, first batch
                "roundtable_desktop.storage.merge",  # taking the other laptop's version
                "importlib.resources",  # no longer pulled in by the link's import hook
                "subprocess",  # compiling a translation at its first use
                "secrets",  # the pairing's random code
                "hashlib")  # OpenSSL's library: the second-start socket's name is hashed by Qt

CHILD = """
import atexit, runpy, sys
names = sys.argv[1].split(",")
atexit.register(lambda: print("LOADED", ",".join(n for n in names if n in sys.modules), flush=True))
atexit.register(lambda: print("COLLECTING", __import__("gc").isenabled(), flush=True))
sys.argv = ["roundtable-desktop", "--db", sys.argv[2]]
runpy.run_module("roundtable_desktop", run_name="__main__")
"""


def test_opening_the_window_does_not_load_the_link_pdf_qr_or_word_engines(tmp_path):
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROUNDTABLE_EXIT_WHEN_SHOWN": "1",
                   "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", CHILD, ",".join(LOADED_LATER), str(tmp_path / "lib.sqlite")],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert "window shown" in done.stdout, done.stderr[-2000:]
    loaded = next(line for line in done.stdout.splitlines() if line.startswith("LOADED"))
    assert loaded == "LOADED ", f"loaded with the window: {loaded[7:]}"


def test_the_link_loads_websockets_when_it_is_used():
    """The guard test above would pass if the link could not load at all: it does, on use."""
    done = subprocess.run([sys.executable, "-c", "import sys; "
                           "import roundtable_desktop.ui.link.live_actions; "
                           "assert 'websockets' not in sys.modules; "
                           "from roundtable_desktop.link.follow import Follower; "
                           "assert 'websockets' in sys.modules; print('ok')"],
                          cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=300)
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_garbage_collection_is_back_on_once_the_window_is_shown(tmp_path):
    """The launcher turns collection off while the window is built (it finds almost nothing
    there); a window left without it would grow for the whole meeting."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ROUNDTABLE_EXIT_WHEN_SHOWN": "1",
                   "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-c", CHILD, "", str(tmp_path / "lib.sqlite")],
                          cwd=ROOT, env=environment, capture_output=True, text=True, timeout=300)
    assert "window shown" in done.stdout, done.stderr[-2000:]
    assert "COLLECTING True" in done.stdout.splitlines()
