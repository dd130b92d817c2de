"""claude.ai web (``/api/organizations/{org}/chat_conversations/{conv}/completion``).

The prompt is ``prompt``; pasted text and small text files arrive inline as
``attachments[*].extracted_content`` (with ``file_name``); ``personalized_styles[*].prompt`` holds
the user's style instructions. ``files[]`` are upload UUIDs (the upload itself is scanned).
Shapes: SERVICES.md §2.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import text
from gateway.model import Segment


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    yield from text(doc.get("prompt"), "$.prompt")
    for i, a in enumerate(doc.get("attachments") or []):
        if isinstance(a, dict):
            yield from text(a.get("extracted_content"), f"$.attachments[{i}].extracted_content")
            yield from text(a.get("file_name"), f"$.attachments[{i}].file_name")
    for i, s in enumerate(doc.get("personalized_styles") or []):
        if isinstance(s, dict):
            yield from text(s.get("prompt"), f"$.personalized_styles[{i}].prompt")


def reply_ids(doc: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(doc, dict) and isinstance(doc.get("parent_message_uuid"), str):
        out["parent_message_id"] = doc["parent_message_uuid"]
    return out
