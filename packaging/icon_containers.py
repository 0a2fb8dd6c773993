"""Windows .ico and macOS .icns containers holding PNG images (pure Python, no Qt).

ICO: a 6-byte header, one 16-byte directory entry per image, then the PNG data (Windows Vista
and later read PNG entries). ICNS: ``icns`` + total length, then ``type, length, PNG`` blocks;
the PNG types are listed in ``ICNS_TYPES`` (pixel size of each)."""

import struct

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {
    b"icp4": 16, b"icp5": 32, b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic13": 256,
    b"ic08": 256, b"ic14": 512, b"ic09": 512, b"ic10": 1024,
}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(png: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        raise ValueError("not a PNG image")
    return struct.unpack(">II", png[16:24])


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico holding one PNG per size (size -> PNG bytes), smallest first."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = [], []
    for size in sizes:
        png = pngs[size]
        if png_size(png) != (size, size):
            raise ValueError(f"the {size} px image is {png_size(png)}")
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset))
        images.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(images)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .icns with every type of ``ICNS_TYPES`` whose pixel size is in ``pngs``."""
    blocks = []
    for kind, size in ICNS_TYPES.items():
        if size in pngs:
            png = pngs[size]
            if png_size(png) != (size, size):
                raise ValueError(f"the {size} px image is {png_size(png)}")
            blocks.append(kind + struct.pack(">I", 8 + len(png)) + png)
    body = b"".join(blocks)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_ico(data: bytes) -> dict[int, bytes]:
    """The PNG images of an .ico written by ``ico_bytes``, by size."""
    reserved, kind, count = struct.unpack_from("<HHH", data)
    if reserved != 0 or kind != 1:
        raise ValueError("not an icon file")
    images = {}
    for index in range(count):
        side, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        images[side or 256] = data[offset:offset + length]
    return images


def read_icns(data: bytes) -> dict[bytes, bytes]:
    """The blocks of an .icns, by type."""
    if data[:4] != b"icns" or struct.unpack(">I", data[4:8])[0] != len(data):
        raise ValueError("not an icns file")
    blocks, position = {}, 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        blocks[kind] = data[position + 8:position + length]
        position += length
    return blocks
