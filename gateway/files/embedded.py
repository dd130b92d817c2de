"""Files carried inside JSON bodies: data URLs (OpenAI ``file_data`` / ``image_url``) and base64
fields (Anthropic ``source.data``, Gemini ``inlineData.data``, Grok ``content``).

``files_in`` walks a JSON document and returns the text of each embedded file (nothing for an
image: no OCR). The generic string walker skips such blobs, so they are read here. A base64 field
without a data-URL prefix is treated as a file only when its key says so (``data``, ``file_data``…)
and the decoded bytes are a known format or text; anything else stays plain text to the walker.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any

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


_B64_START = re.compile(r"\s*[A-Za-z0-9+/_-]")  # what a base64 body starts with once whitespace is dropped


def _file_like(s: str, key: str) -> bool:
    return s[:5].lower() == "data:" or (len(s) >= MIN_B64 and key in B64_KEYS and _B64_START.match(s) is not None)


def _may_hold_file(doc: Any) -> bool:
    """Whether a string of ``doc`` passes the first tests of ``_one``: a ``data:`` prefix, or a long string under a
    base64 key that starts like base64. One walk without paths, strings tested where they are met (no generator,
    no stack entry for a string); most prompts have none (then nothing is built)."""
    if isinstance(doc, str):
        return len(doc) >= 16 and _file_like(doc, "")
    stack: list[tuple[Any, str]] = [(doc, "")]
    while stack:
        obj, key = stack.pop()
        if isinstance(obj, dict):
            for k, v in obj.items():
                if isinstance(v, str):
                    if len(v) >= 16 and _file_like(v, str(k).lower()):
                        return True
                elif isinstance(v, (dict, list)):
                    stack.append((v, str(k).lower()))
        elif isinstance(obj, list):
            for v in obj:
                if isinstance(v, str):
                    if len(v) >= 16 and _file_like(v, key):
                        return True
                elif isinstance(v, (dict, list)):
                    stack.append((v, key))
    return False


def files_in(doc: Any, limits: object | None = None, where: str = "$") -> list[Segment]:
    """The text of every file embedded in a JSON document (the string walker skips these blobs)."""
    out: list[Segment] = []
    if not _may_hold_file(doc):
        return out
    stack: list[tuple[Any, str, str]] = [(doc, where, "")]
    while stack:
        obj, path, key = stack.pop()
        if isinstance(obj, dict):
            stack.extend((v, f"{path}.{k}", str(k).lower()) for k, v in reversed(list(obj.items())))
        elif isinstance(obj, list):
            stack.extend((v, f"{path}[{i}]", key) for i, v in reversed(list(enumerate(obj))))
        elif isinstance(obj, str) and len(obj) >= 16:
            out.extend(_one(Segment(path, obj), key, limits))
    return out


def _one(s: Segment, key: str, limits: object | None) -> list[Segment]:
    text = s.text
    if text[:5].lower() == "data:" and (m := DATA_URL.match(text)):
        data = _b64(text[m.end():])  # (its parameters too: data:text/plain;charset=utf-16;base64,… is read as UTF-16)
        mime = (m.group(1) or "") + m.group(2) if m.group(2) else m.group(1)
        return _file(s.where, data, mime, limits) if data is not None else []
    if len(text) >= MIN_B64 and key in B64_KEYS and (data := _b64(text)) is not None:
        if sniff(data) not in (Kind.BINARY, Kind.ZIP):
            return _file(s.where, data, None, limits)
    return []


def _file(where: str, data: bytes, mime: str | None, limits: object | None) -> list[Segment]:
    label = where.lstrip("$.").replace("#", "_") or "embedded"
    return [Segment(seg.where.replace("file:upload#", f"file:{label}#", 1), seg.text)
            for seg in extract_file_text(data, None, mime, limits)]
