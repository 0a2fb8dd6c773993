"""Opens and closes File > Join a shared meeting… many times in one process, with the real mDNS
browser and shares announced on this machine; each dialog goes a different way (rejected,
accepted, closed, deleted while zeroconf may be answering). Prints how many of zeroconf's and the
link's threads are still running once all have gone."""

import os
import random
import sys
import threading
import time
import uuid

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from roundtable_desktop.link.discovery import Announcement  # noqa: E402
from roundtable_desktop.ui.link.join_dialog import JoinDialog  # noqa: E402


def running() -> int:
    return sum(t.name.startswith(("zeroconf", "link-")) for t in threading.enumerate())


def main() -> None:
    times = int(sys.argv[1])
    application = QApplication(sys.argv[:1])
    shares = [Announcement(f"Panel {uuid.uuid4().hex[:6]}", "127.0.0.1", 40_100 + n, str(uuid.uuid4()))
              for n in range(2)]
    for share in shares:
        share.start()
    for share in shares:
        share._thread.join(300)  # announced: its own threads are counted in "before"
    chance = random.Random(7)
    before = running()
    for turn in range(times):
        dialog = JoinDialog()
        dialog.show()
        until = time.monotonic() + chance.uniform(0.0, 0.3)
        while time.monotonic() < until:
            application.processEvents()
        way = turn % 4
        if way == 0:
            dialog.reject()
        elif way == 1:
            dialog.address.setText("127.0.0.1:40100")
            dialog.code.setText("123456")
            dialog.join_button.click()
        elif way == 2:
            dialog.close()
        shiboken6.delete(dialog)  # gone at once, whatever zeroconf's thread is doing
        application.processEvents()
    deadline = time.monotonic() + 600  # zeroconf's threads end within seconds; a loaded machine, longer
    while running() > before and time.monotonic() < deadline:
        application.processEvents()
        time.sleep(0.1)
    print(f"opened {times} left {running() - before}", flush=True)
    for share in shares:
        share.stop()


if __name__ == "__main__":
    main()
