"""The package leaves OpenSSL out (see packaging/bundle_policy.py). websockets' client imports
``ssl`` at the top for ``wss://`` addresses, which the link never uses; without ``ssl``, a small
stand-in lets it load, and says so if anything ever asks it for TLS.

The stand-in goes in when websockets is first imported (the user shares or joins), so opening
the window loads neither asyncio nor ssl."""

import importlib.machinery
import sys
import types
from collections.abc import Sequence
from typing import NoReturn


def _no_tls(*_arguments: object, **_options: object) -> NoReturn:
    raise RuntimeError("TLS is not available in this package; the link uses ws:// only.")


def without_tls() -> None:
    try:
        import ssl  # noqa: F401
    except ImportError:
        import asyncio  # noqa: F401  (asyncio records that there is no ssl before the stand-in)

        stand_in = types.ModuleType("ssl", __doc__)
        stand_in.create_default_context = _no_tls  # type: ignore[attr-defined]
        stand_in.SSLContext = _no_tls  # type: ignore[attr-defined]
        sys.modules["ssl"] = stand_in


class _BeforeWebsockets:
    """Runs :func:`without_tls` just before websockets is imported, once; finds nothing itself.
    (A finder on ``sys.meta_path`` needs only ``find_spec``: ``importlib.abc`` would load
    ``importlib.resources`` with the window.)"""

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname == "websockets":
            sys.meta_path.remove(self)
            without_tls()
        return None


def without_tls_when_websockets_loads() -> None:
    if "websockets" in sys.modules:
        without_tls()
    elif not any(isinstance(finder, _BeforeWebsockets) for finder in sys.meta_path):
        sys.meta_path.insert(0, _BeforeWebsockets())
