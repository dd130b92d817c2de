"""OpenAI Responses API (``/v1/responses``): ``instructions``, ``input`` (string or items)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from gateway.model import Segment

_TEXT_KEYS = ("text", "output", "arguments")


def _item(item: Any, where: str) -> Iterator[Segment]:
    if isinstance(item, str):
        yield Segment(where, item)
        return
    if not isinstance(item, dict):
        return
    content = item.get("content")
    if isinstance(content, str):
        yield Segment(f"{where}.content", content)
    elif isinstance(content, list):
        for j, part in enumerate(content):
            yield from _item(part, f"{where}.content[{j}]")
    for key in _TEXT_KEYS:  # input_text.text, function_call_output.output, function_call.arguments
        v = item.get(key)
        if isinstance(v, str):
            yield Segment(f"{where}.{key}", v)


def extract(doc: Any) -> Iterator[Segment]:
    if not isinstance(doc, dict):
        return
    if isinstance(doc.get("instructions"), str):
        yield Segment("$.instructions", doc["instructions"])
    inp = doc.get("input")
    if isinstance(inp, str):
        yield Segment("$.input", inp)
    elif isinstance(inp, list):
        for i, item in enumerate(inp):
            yield from _item(item, f"$.input[{i}]")
