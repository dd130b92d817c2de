"""Small helpers shared by the web-app extractors (Google form envelopes, nested JSON strings)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from gateway import jsonwalk
from gateway.decode import decode_text
from gateway.model import Segment

_PCT_RUN = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def _unquote_run(m: re.Match[str]) -> str:
    raw = bytes.fromhex(m.group().replace("%", ""))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_text(raw)  # Shift_JIS/EUC-JP forms; raises BodyError rather than guess lossily


def unquote_plus(s: str) -> str:
    s = s.replace("+", " ")
    return _PCT_RUN.sub(_unquote_run, s) if "%" in s else s


def parse_form(text: str) -> list[tuple[str, str]]:
    """``application/x-www-form-urlencoded`` like ``parse_qsl(keep_blank_values=True)``, but decoding
    whole runs of ``%XX`` at once (urllib's per-byte loop takes seconds on a megabyte prompt) and
    never lossily: bytes that are not UTF-8 go through the charset detector or fail."""
    out = []
    for field in text.split("&"):
        if field:
            key, _, value = field.partition("=")
            out.append((unquote_plus(key), unquote_plus(value)))
    return out


def loads(text: Any) -> Any:
    """``json.loads`` of a string that should hold JSON; ``None`` when it does not."""
    if not isinstance(text, str) or text.lstrip()[:1] not in ("[", "{"):
        return None
    try:
        return jsonwalk.loads(text)
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
