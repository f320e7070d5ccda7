#!/usr/bin/env python3
"""Draws public/favicon.svg's design (a white magnifier on a blue rounded square) into
public/favicon.ico, PNG images of 16, 32 and 48 pixels, for clients that ask for /favicon.ico.
Run once after changing the design; the standard library is enough."""
import math
import pathlib
import struct
import zlib

BLUE = (0x0B, 0x57, 0xD0)
WHITE = (0xFF, 0xFF, 0xFF)
SAMPLES = 8  # per pixel side, for smooth edges


def colour_at(x, y):
    """The colour at (x, y) of the 32-unit design, or None outside it."""
    r = 7.0  # the corner radius
    cx, cy = min(max(x, r), 32 - r), min(max(y, r), 32 - r)
    if x < 0 or y < 0 or x > 32 or y > 32 or math.hypot(x - cx, y - cy) > r:
        return None
    if abs(math.hypot(x - 13.5, y - 13.5) - 7.0) <= 1.6:
        return WHITE
    t = max(0.0, min(1.0, ((x - 18.8) + (y - 18.8)) / (2 * 6.7)))
    if math.hypot(x - (18.8 + 6.7 * t), y - (18.8 + 6.7 * t)) <= 1.8:
        return WHITE
    return BLUE


def png(size):
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter: none
        for px in range(size):
            total, rgb = 0, [0, 0, 0]
            for sy in range(SAMPLES):
                for sx in range(SAMPLES):
                    c = colour_at((px + (sx + 0.5) / SAMPLES) * 32 / size,
                                  (py + (sy + 0.5) / SAMPLES) * 32 / size)
                    if c:
                        total += 1
                        rgb = [a + b for a, b in zip(rgb, c)]
            alpha = round(255 * total / SAMPLES ** 2)
            row += bytes([round(v / total) for v in rgb] + [alpha] if total else [0, 0, 0, 0])
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def ico(sizes):
    images = [png(s) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, image in zip(sizes, images):
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(image), offset)
        offset += len(image)
    return out + b"".join(images)


if __name__ == "__main__":
    target = pathlib.Path(__file__).resolve().parent.parent / "src/app/src/main/resources/public/favicon.ico"
    target.write_bytes(ico([16, 32, 48]))
    print(target, target.stat().st_size, "bytes")
