"""The name of the local socket a second start reaches the first by: the same as every earlier
version made it (a copy already running answers a newer start), without loading OpenSSL."""

import hashlib
import os
from pathlib import Path

from roundtable_desktop.ui.reliability.single_instance import server_name


def test_the_socket_name_is_the_sha256_of_the_library_path_and_the_user(tmp_path):
    library = tmp_path / "Réunion" / "library.sqlite"
    key = f"{os.path.realpath(library)}|{os.getuid() if hasattr(os, 'getuid') else ''}"
    expected = "roundtable-desktop-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    assert server_name(library) == expected


def test_two_libraries_have_two_names(tmp_path):
    assert server_name(tmp_path / "a.sqlite") != server_name(Path(tmp_path / "b.sqlite"))
