"""OpenAI Chat Completions (``/v1/chat/completions``, also Azure and OpenAI-compatible APIs).

``messages[*].content`` is a string or a list of parts (``text``, ``image_url``, ``input_audio``,
``file``); every role is read, since earlier turns and tool results are re-sent each time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.model import Segment


def _content(content: Any, where: str) -> Iterator[Segment]:
    if isinstance(content, str):
        yield Segment(where, content)
    elif isinstance(content, list):
        for i, part in enumerate(content):
            if isinstance(part, str):
                yield Segment(f"{where}[{i}]", part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                yield Segment(f"{where}[{i}].text", part["text"])
            elif isinstance(part, dict) and isinstance(part.get("refusal"), str):
                yield Segment(f"{where}[{i}].refusal", part["refusal"])


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    for i, m in enumerate(doc.get("messages") or []):
        if not isinstance(m, dict):
            continue
        yield from _content(m.get("content"), f"$.messages[{i}].content")
        for j, call in enumerate(m.get("tool_calls") or []):
            fn = call.get("function") if isinstance(call, dict) else None
            if isinstance(fn, dict) and isinstance(fn.get("arguments"), str):
                yield Segment(f"$.messages[{i}].tool_calls[{j}].function.arguments", fn["arguments"])
    prompt = doc.get("prompt")  # legacy /v1/completions
    if isinstance(prompt, str):
        yield Segment("$.prompt", prompt)
    elif isinstance(prompt, list):
        for i, p in enumerate(prompt):
            if isinstance(p, str):
                yield Segment(f"$.prompt[{i}]", p)
