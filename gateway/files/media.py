"""Text inside images and other media: metadata chunks and readable runs (no OCR).

Images are not read for their pixels, but they can carry text: PNG ``tEXt``/``zTXt``/``iTXt`` chunks, EXIF
comments, XMP packets, or plain text appended behind a signature. All of it reaches the AI service, so it is
extracted and scanned. Bounded: ``MAX_TEXT`` characters in all, inflated chunks capped at ``MAX_INFLATE``.
"""

from __future__ import annotations

import re
import struct
import zlib

from gateway.files.collect import Collector

MIN_RUN = 8  # characters: shorter runs in binary data are noise
MAX_TEXT = 1 << 20
MAX_INFLATE = 1 << 20
# a run of printable ASCII, whitespace or well-formed UTF-8 multi-byte characters (disjoint first bytes: linear)
_RUN = re.compile(rb"(?:[\x20-\x7e\t\r\n]|[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3})"
                  rb"{%d,}" % MIN_RUN)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, MAX_INFLATE)
    return out


def png_text(data: bytes) -> list[str]:
    """tEXt, zTXt and iTXt chunks of a PNG (keyword: text)."""
    out: list[str] = []
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length, ctype = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        try:
            if ctype == b"tEXt":
                key, _, text = chunk.partition(b"\x00")
                out.append(f"{key.decode('latin-1')}: {text.decode('latin-1')}")
            elif ctype == b"zTXt":
                key, _, rest = chunk.partition(b"\x00")
                out.append(f"{key.decode('latin-1')}: {_inflate(rest[1:]).decode('latin-1')}")
            elif ctype == b"iTXt":
                key, _, rest = chunk.partition(b"\x00")
                compressed, rest = rest[0], rest[2:]
                _lang, _, rest = rest.partition(b"\x00")
                _tkey, _, text = rest.partition(b"\x00")
                raw = _inflate(text) if compressed else text
                out.append(f"{key.decode('latin-1')}: {raw.decode('utf-8', 'replace')}")
        except (zlib.error, IndexError, UnicodeDecodeError):
            continue
        if ctype == b"IEND":
            break
    return out


def text_runs(data: bytes) -> list[str]:
    """Readable text runs anywhere in the bytes (text behind a signature, EXIF comments, XMP packets)."""
    out: list[str] = []
    total = 0
    for m in _RUN.finditer(data):
        run = m.group(0).decode("utf-8").strip()
        if len(run) < MIN_RUN or not re.search(r"[^\x00-\x40\[-`{-\x7f]", run):
            continue  # symbols and digits only: binary noise
        out.append(run)
        total += len(run)
        if total >= MAX_TEXT:
            break
    return out


def extract(data: bytes, out: Collector) -> None:
    if data.startswith(PNG_SIGNATURE):
        for i, text in enumerate(png_text(data)):
            out.add(f"png.text[{i}]", text)
    for i, run in enumerate(text_runs(data)):
        out.add(f"media.text[{i}]", run)
