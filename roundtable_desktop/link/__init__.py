"""The link between laptops: the offline meeting file and merge, and the live link on the room's
network (discovery, transport, the change feed in and out). No Qt here: the window reaches it
through ``ui/link_adapter.py``."""

from .no_tls import without_tls

without_tls()  # before websockets' client is imported: the package has no ssl module
