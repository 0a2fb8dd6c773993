"""Runtime hook of the frozen program, run before the app's code.

A windowed program on Windows and macOS starts without stdout/stderr (``None``): a print from
the command line or a warning from a library would then raise. Point them at the null device.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
