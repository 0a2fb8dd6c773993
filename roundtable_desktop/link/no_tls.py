"""The package leaves OpenSSL out (see packaging/bundle_policy.py). websockets' client imports
``ssl`` at the top for ``wss://`` addresses, which the link never uses; without ``ssl``, a small
stand-in lets it load, and says so if anything ever asks it for TLS."""

import sys
import types
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
