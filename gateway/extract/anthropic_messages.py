"""Anthropic Messages API (``/v1/messages``, ``count_tokens``, ``batches``).

``system`` is a string or text blocks; ``messages[*].content`` is a string or blocks: ``text``,
``document`` with a text source, ``tool_result`` (string or nested blocks), ``tool_use.input``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from gateway.model import Segment


def _blocks(content: Any, where: str) -> Iterator[Segment]:
    if isinstance(content, str):
        yield Segment(where, content)
        return
    if not isinstance(content, list):
        return
    for i, b in enumerate(content):
        w = f"{where}[{i}]"
        if isinstance(b, str):
            yield Segment(w, b)
            continue
        if not isinstance(b, dict):
            continue
        for key in ("text", "thinking", "title", "context"):
            if isinstance(b.get(key), str):
                yield Segment(f"{w}.{key}", b[key])
        src = b.get("source")
        if isinstance(src, dict):
            if src.get("type") == "text" and isinstance(src.get("data"), str):
                yield Segment(f"{w}.source.data", src["data"])
            elif src.get("type") == "content":
                yield from _blocks(src.get("content"), f"{w}.source.content")
        if "content" in b:  # tool_result, search_result
            yield from _blocks(b["content"], f"{w}.content")
        if b.get("type") == "tool_use" and "input" in b:
            yield Segment(f"{w}.input", json.dumps(b["input"], ensure_ascii=False))


def _params(doc: dict[str, Any], where: str) -> Iterator[Segment]:
    yield from _blocks(doc.get("system"), f"{where}.system")
    for i, m in enumerate(doc.get("messages") or []):
        if isinstance(m, dict):
            yield from _blocks(m.get("content"), f"{where}.messages[{i}].content")
    if isinstance(doc.get("prompt"), str):  # legacy /v1/complete
        yield Segment(f"{where}.prompt", doc["prompt"])


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    yield from _params(doc, "$")
    for i, r in enumerate(doc.get("requests") or []):  # /v1/messages/batches
        if isinstance(r, dict) and isinstance(r.get("params"), dict):
            yield from _params(r["params"], f"$.requests[{i}].params")
