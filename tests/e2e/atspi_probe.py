"""Run with Debian's /usr/bin/python3 (python3-pyatspi): find the app on the accessibility bus and
print, as JSON, the names of what it exposes that the smoke test looks for."""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

WANTED = sys.argv[1:]


def walk(node, depth=0, limit=4000):
    stack = [(node, 0)]
    seen = 0
    while stack and seen < limit:
        current, level = stack.pop()
        seen += 1
        yield current
        if level > 40:
            continue
        try:
            count = current.childCount
        except Exception:
            continue
        for index in range(count):
            try:
                child = current.getChildAtIndex(index)
            except Exception:
                continue
            if child is not None:
                stack.append((child, level + 1))


def find() -> dict:
    found: dict = {}
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        for node in walk(app):
            try:
                name, role = node.name, node.getRoleName()
            except Exception:
                continue
            if name in WANTED and name not in found:
                found[name] = {"role": role, "app": app.name}
    return found


deadline = time.monotonic() + 180  # the app starts beside this probe: a loaded machine may take long
result: dict = {}
while time.monotonic() < deadline:
    result = find()
    if all(name in result for name in WANTED):
        break
    time.sleep(0.5)
print(json.dumps(result))
