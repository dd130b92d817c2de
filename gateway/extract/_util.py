"""Small helpers shared by the web-app extractors (Google form envelopes, nested JSON strings)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from gateway.model import Segment


def loads(text: Any) -> Any:
    """``json.loads`` of a string that should hold JSON; ``None`` when it does not."""
    if not isinstance(text, str) or text.lstrip()[:1] not in ("[", "{"):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def at(node: Any, *path: int | str) -> Any:
    """``node[p0][p1]…`` or ``None`` when any step is missing or of the wrong type."""
    for p in path:
        if isinstance(p, int) and isinstance(node, list) and -len(node) <= p < len(node):
            node = node[p]
        elif isinstance(p, str) and isinstance(node, dict) and p in node:
            node = node[p]
        else:
            return None
    return node


def text(node: Any, where: str) -> Iterator[Segment]:
    """One segment when ``node`` is a non-empty string."""
    if isinstance(node, str) and node:
        yield Segment(where, node)


def strings(node: Any, where: str) -> Iterator[Segment]:
    """Every string under ``node``, decoding strings that are themselves JSON (Google ``f.req``)."""
    stack: list[tuple[Any, str]] = [(node, where)]
    while stack:
        obj, path = stack.pop()
        if isinstance(obj, str):
            inner = loads(obj) if len(obj) > 1 else None
            if inner is not None and isinstance(inner, (list, dict)):
                stack.append((inner, path + "<json>"))
            elif obj:
                yield Segment(path, obj)
        elif isinstance(obj, dict):
            for k in reversed(list(obj)):
                stack.append((obj[k], f"{path}.{k}"))
        elif isinstance(obj, list):
            for i in range(len(obj) - 1, -1, -1):
                stack.append((obj[i], f"{path}[{i}]"))


def form_inner(doc: Any) -> Any:
    """Google web apps post ``f.req=[null,"<inner JSON>"]``: return the parsed inner document."""
    outer = doc.get("f.req") if isinstance(doc, dict) else None
    if isinstance(outer, str):
        outer = loads(outer)
    return loads(at(outer, 1))


def batchexecute(doc: Any) -> Iterator[tuple[int, str, Any]]:
    """Google ``batchexecute`` envelope ``f.req=[[["<rpcid>","<json args>",null,"generic"],…]]``:
    yields ``(index, rpcid, parsed args)``."""
    outer = doc.get("f.req") if isinstance(doc, dict) else None
    if isinstance(outer, str):
        outer = loads(outer)
    calls = at(outer, 0)
    if not isinstance(calls, list):
        return
    for i, call in enumerate(calls):
        rpc, args = at(call, 0), at(call, 1)
        if isinstance(rpc, str) and isinstance(args, str):
            yield i, rpc, loads(args) if loads(args) is not None else args
