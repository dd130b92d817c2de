"""Files carried inside JSON bodies: data URLs (OpenAI ``file_data`` / ``image_url``) and base64
fields (Anthropic ``source.data``, Gemini ``inlineData.data``, Grok ``content``).

``expand`` takes the segments an extractor produced and replaces each one that holds an embedded
file by that file's text (or by nothing, for an image: no OCR). A base64 field without a data-URL
prefix is treated as a file only when its name says so and the decoded bytes are a known format,
so an opaque id that happens to be base64 is still scanned as plain text.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

from gateway.files import extract_file_text
from gateway.files.sniff import Kind, sniff
from gateway.model import Segment

DATA_URL = re.compile(r"data:([\w.+-]+/[\w.+-]+)?((?:;[\w-]+=[^;,]*)*);base64,", re.I)
B64_KEYS = {"data", "file_data", "bytes", "content", "base64", "b64_json", "inline_data"}
B64_BODY = re.compile(r"[A-Za-z0-9+/_-]+={0,2}")
MIN_B64 = 64


def _b64(text: str) -> bytes | None:
    s = "".join(text.split())
    if len(s) < 4 or not B64_BODY.fullmatch(s):
        return None
    try:
        if "-" in s or "_" in s:
            return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
        return base64.b64decode(s + "=" * (-len(s) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _last_key(where: str) -> str:
    key = where.rsplit(".", 1)[-1]
    return key.split("[", 1)[0].lower()


def expand(segments: Iterable[Segment], limits: object | None = None) -> list[Segment]:
    out: list[Segment] = []
    for s in segments:
        text = s.text
        if len(text) >= 16 and text[:5].lower() == "data:" and (m := DATA_URL.match(text)):
            data = _b64(text[m.end():])
            if data is not None:
                out.extend(_file(s.where, data, m.group(1), limits))
                continue
        elif len(text) >= MIN_B64 and _last_key(s.where) in B64_KEYS and (data := _b64(text)) is not None:
            kind = sniff(data)
            if kind in (Kind.TEXT, Kind.JSON, Kind.CSV, Kind.MARKDOWN, Kind.HTML):
                out.append(s)  # may be an id that only looks like base64: scan both readings
                out.extend(_file(s.where, data, None, limits))
                continue
            if kind not in (Kind.BINARY, Kind.ZIP):
                out.extend(_file(s.where, data, None, limits))
                continue
        out.append(s)
    return out


def _file(where: str, data: bytes, mime: str | None, limits: object | None) -> list[Segment]:
    label = where.lstrip("$.").replace("#", "_") or "embedded"
    return [Segment(seg.where.replace("file:upload#", f"file:{label}#", 1), seg.text)
            for seg in extract_file_text(data, None, mime, limits)]
