"""The Windows .ico and macOS .icns files the package build writes from the app's SVG."""

import struct
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
from icon_containers import (  # noqa: E402
    ICNS_TYPES,
    ICO_SIZES,
    icns_bytes,
    ico_bytes,
    png_size,
    read_icns,
    read_ico,
)


def png(width: int, height: int | None = None) -> bytes:
    """A real (blank, grey) PNG of the given size."""
    height = height or width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def test_the_windows_icon_holds_every_size_from_16_to_256_pixels():
    images = {size: png(size) for size in ICO_SIZES}
    data = ico_bytes(images)
    assert read_ico(data) == images
    assert data[6 + 16 * (len(ICO_SIZES) - 1)] == 0  # 256 px is written as 0 in the directory


def test_the_macos_icon_holds_the_retina_sizes_up_to_1024_pixels():
    images = {size: png(size) for size in set(ICNS_TYPES.values())}
    data = icns_bytes(images)
    blocks = read_icns(data)
    for kind in (b"ic07", b"ic08", b"ic09", b"ic10"):
        assert png_size(blocks[kind]) == (ICNS_TYPES[kind],) * 2
    assert len(blocks) == len(ICNS_TYPES)


@given(st.sets(st.sampled_from(ICO_SIZES), min_size=1))
def test_any_set_of_sizes_reads_back_as_written(sizes):
    images = {size: png(size) for size in sizes}
    assert read_ico(ico_bytes(images)) == images
    blocks = read_icns(icns_bytes(images))
    assert {ICNS_TYPES[kind] for kind in blocks} == {s for s in sizes if s in ICNS_TYPES.values()}


def test_an_image_of_the_wrong_size_is_refused():
    with pytest.raises(ValueError, match="32 px"):
        ico_bytes({32: png(16)})
    with pytest.raises(ValueError, match="not a PNG"):
        icns_bytes({128: b"GIF89a" + bytes(40)})
