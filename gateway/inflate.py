"""A gzip or zlib stream found inside text (base64 of a compressed prompt), inflated to a bounded size.

Shared by ``gateway.unwrap`` (runs inside text) and ``gateway.jsonwalk`` (long base64 strings); imports nothing
of the gateway. Round 15 red team: such streams were never opened, so a compressed prompt went through.
"""

from __future__ import annotations

import zlib

MAX_OUT = 1 << 20  # bytes one stream may inflate to (a bomb stops here)


def inflated(data: bytes, limit: int = MAX_OUT) -> bytes | None:
    """``data``'s content when it is a gzip or zlib stream (at most ``limit`` bytes of it), else None."""
    gz = data[:2] == b"\x1f\x8b"
    if not gz and not (len(data) > 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0):
        return None
    try:
        return zlib.decompressobj(wbits=31 if gz else 15).decompress(data, limit)
    except zlib.error:
        return None
