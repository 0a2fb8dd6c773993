"""Debian's Chromium, headless, driven over its DevTools protocol: open a page, read values from
it, take a screenshot. For the browser view's test; skipped where Chromium is not installed."""

import base64
import contextlib
import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from websockets.sync.client import connect

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


class HeadlessBrowser:
    def __init__(self) -> None:
        self.profile = tempfile.mkdtemp(prefix="link-chromium-")
        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             f"--user-data-dir={self.profile}", "--remote-debugging-port=0", "--window-size=1280,720",
             "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 120  # Chromium starts in a second; a loaded machine, longer
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("Chromium did not start")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        pages = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30).read())
        target = next(p for p in pages if p.get("type") == "page")
        self._connections = contextlib.ExitStack()  # opened as a context manager, the supported form
        self.devtools = self._connections.enter_context(
            connect(target["webSocketDebuggerUrl"], max_size=None, open_timeout=30))
        self.number = 0

    def call(self, method: str, **params: object) -> dict:
        self.number += 1
        self.devtools.send(json.dumps({"id": self.number, "method": method, "params": params}))
        while True:
            reply = json.loads(self.devtools.recv(timeout=60))
            if reply.get("id") == self.number:
                return reply.get("result", {})

    def open(self, url: str) -> None:
        self.call("Page.navigate", url=url)

    def ask_languages(self, accept_language: str) -> None:
        """The languages the browser asks pages in (its Accept-Language header)."""
        agent = self.value("navigator.userAgent")
        self.call("Network.setUserAgentOverride", userAgent=str(agent), acceptLanguage=accept_language)

    def value(self, expression: str) -> object:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 120) -> object:
        """The expression's value once it is truthy (event-based: polled, generous timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.value(expression)
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"the page never gave {expression}")

    def screenshot(self, path: Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        try:
            self._connections.close()
        finally:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
            shutil.rmtree(self.profile, ignore_errors=True)
