"""Mistral Le Chat (chat.mistral.ai ``/api/trpc/message.newChat?batch=1``, ``/api/chat``).

tRPC batch ``{"0":{"json":{"content":[{"type":"text","text":"<PROMPT>"}],…}}}``; the legacy
``/api/chat`` body is ``{chatId, content}`` (a string). The current ``/api/chat`` ``{"mode":"start"}``
carries no prompt; follow-up turns are unverified, so the generic walker reads every other string.
The Mistral API is OpenAI-compatible (``openai_chat``). Shapes: SERVICES.md §5.3.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.extract._util import text
from gateway.model import Segment


def _call(doc: dict[str, Any], where: str) -> Iterator[Segment]:
    content = doc.get("content")
    if isinstance(content, str):
        yield from text(content, f"{where}.content")
    elif isinstance(content, list):
        for i, part in enumerate(content):
            if isinstance(part, str):
                yield from text(part, f"{where}.content[{i}]")
            elif isinstance(part, dict):
                yield from text(part.get("text"), f"{where}.content[{i}].text")


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    batch = [(k, v["json"]) for k, v in doc.items()
             if isinstance(v, dict) and isinstance(v.get("json"), dict)]
    if batch:
        for k, call in batch:
            yield from _call(call, f"$.{k}.json")
    else:
        yield from _call(doc, "$")
