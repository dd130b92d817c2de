"""Generic fallback: every string in a JSON document (values, and keys that look like data).

Used alone for unknown shapes, and after a specific extractor to pick up whatever it did not
read, so a changed or extended body shape is still scanned in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from gateway.model import Segment

# Values of these keys are protocol tokens, never user text.
SKIP_KEYS = frozenset(
    {
        "model", "role", "type", "id", "object", "tool_call_id", "tool_use_id", "stop_reason", "finish_reason",
        "media_type", "mime_type", "mimeType", "detail", "format", "encoding_format", "response_format",
        "reasoning_effort", "service_tier", "tool_choice", "cache_control", "voice", "quality", "size",
        "previous_response_id", "parent_message_id", "conversation_id", "anthropic_version", "timezone",
        "content_type", "status", "signature",
    }
)
_DATA_URL = re.compile(r"\Adata:[\w.+-]+/[\w.+-]+(;[\w=.+-]+)*;base64,", re.ASCII)
_BASE64_BLOB = re.compile(r"\A[A-Za-z0-9+/=_-]{512,}\Z", re.ASCII)


def is_binary_blob(s: str) -> bool:
    """Base64 payloads (images, files) are the file extractor's business, not text to scan here."""
    return bool(_DATA_URL.match(s)) or (len(s) >= 512 and bool(_BASE64_BLOB.match(s)))


def walk(node: Any, where: str = "$", skip: frozenset[str] = SKIP_KEYS) -> Iterator[Segment]:
    stack: list[tuple[Any, str, str | None]] = [(node, where, None)]
    while stack:
        obj, path, key = stack.pop()
        if isinstance(obj, str):
            if obj and key not in skip and not is_binary_blob(obj):
                yield Segment(path, obj)
        elif isinstance(obj, dict):
            items = list(obj.items())
            for k, v in reversed(items):
                ks = str(k)
                if not ks.isascii():
                    yield Segment(f"{path}.<key>", ks)
                stack.append((v, f"{path}.{ks}", ks))
        elif isinstance(obj, list):
            for i in range(len(obj) - 1, -1, -1):
                stack.append((obj[i], f"{path}[{i}]", key))


def extract(doc: Any) -> Iterator[Segment]:
    yield from walk(doc)
