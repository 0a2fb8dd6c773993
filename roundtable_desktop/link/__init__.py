"""The link between laptops: the offline meeting file and merge, and the live link on the room's
network (discovery, transport, the change feed in and out). No Qt here: the window reaches it
through ``ui/link_adapter.py``."""

from .no_tls import without_tls_when_websockets_loads

without_tls_when_websockets_loads()  # the package has no ssl module
