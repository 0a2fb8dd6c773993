"""The package leaves out OpenSSL: the link still loads and a follower still joins without the
``ssl`` module (checked in a child process where ``import ssl`` fails)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
sys.modules["ssl"] = None  # import ssl now raises ImportError, as in the package
sys.modules["_hashlib"] = None
import time
from pathlib import Path
from roundtable_desktop.link.follow import Follower
from roundtable_desktop.link.share import ShareServer
from roundtable_desktop.storage.library import Library
from roundtable_desktop.exchange.demo import demo_meeting
from roundtable_desktop.link.offline import merge_through_change_path
folder = Path(sys.argv[1])
chair = Library.open(folder / "chair.sqlite")
session_id = chair.add_meeting(demo_meeting()).session.id
follower_library = Library.open(folder / "rapporteur.sqlite")
server = ShareServer(chair.path, session_id, lambda changes: None, host="127.0.0.1")
server.start()
follower = Follower(f"127.0.0.1:{server.port}", server.code, follower_library.path,
                    lambda changes: merge_through_change_path(follower_library, changes, "link"))
follower.start()
deadline = time.monotonic() + 60
while follower_library.sessions.count() == 0 and time.monotonic() < deadline:
    time.sleep(0.05)
follower.stop()
server.stop()
print("joined" if follower_library.sessions.count() == 1 else "not joined")
"""


def test_a_follower_joins_without_the_ssl_module(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert done.stdout.strip().splitlines()[-1:] == ["joined"], done.stderr[-2000:]
