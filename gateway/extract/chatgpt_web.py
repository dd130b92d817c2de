"""ChatGPT web (chatgpt.com ``/backend-api/f/conversation``, legacy ``/backend-api/conversation``,
``/backend-api/f/conversation/prepare``).

``messages[*].content.parts[*]`` are strings (or ``multimodal_text`` objects whose file pointers
are not text); ``content.text`` for code/execution content; attachment file names in
``messages[*].metadata.attachments[*].name``. The ``…/prepare`` call sent while the user types
carries the draft in ``partial_query.content.parts[*]``. Shapes: SERVICES.md §1.1.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import text
from gateway.model import Segment


def _message(m: Any, where: str) -> Iterator[Segment]:
    if not isinstance(m, dict):
        return
    content = m.get("content")
    if isinstance(content, dict):
        for j, part in enumerate(content.get("parts") or []):
            if isinstance(part, str):
                yield from text(part, f"{where}.content.parts[{j}]")
            elif isinstance(part, dict):
                yield from text(part.get("text"), f"{where}.content.parts[{j}].text")
        yield from text(content.get("text"), f"{where}.content.text")
    elif isinstance(content, str):
        yield from text(content, f"{where}.content")
    meta = m.get("metadata")
    attachments = meta.get("attachments") if isinstance(meta, dict) else None
    for k, a in enumerate(attachments or []):
        if isinstance(a, dict):
            yield from text(a.get("name"), f"{where}.metadata.attachments[{k}].name")


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    for i, m in enumerate(doc.get("messages") or []):
        yield from _message(m, f"$.messages[{i}]")
    if "partial_query" in doc:
        yield from _message(doc["partial_query"], "$.partial_query")


def reply_ids(doc: Any) -> dict[str, str]:
    """Ids an in-chat block reply needs: ``conversation_id`` and the user message id as parent."""
    out: dict[str, str] = {}
    if not isinstance(doc, dict):
        return out
    if isinstance(doc.get("conversation_id"), str):
        out["conversation_id"] = doc["conversation_id"]
    msgs = doc.get("messages")
    if isinstance(msgs, list) and msgs and isinstance(msgs[-1], dict) and isinstance(msgs[-1].get("id"), str):
        out["parent_message_id"] = msgs[-1]["id"]
    elif isinstance(doc.get("parent_message_id"), str):
        out["parent_message_id"] = doc["parent_message_id"]
    return out
