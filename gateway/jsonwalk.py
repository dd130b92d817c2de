"""Every string of a JSON document, as ``Segment``s with a JSONPath-like ``where``.

Shared by the extractors (``gateway.extract``), the file readers (``gateway.files``) and WebSocket
frames (``gateway.ws``); it imports nothing above ``gateway.model``, so none of them imports another.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from collections.abc import Iterator
from typing import Any

from gateway.inflate import inflated
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


_BLOB_READ_MAX = 8 << 20  # characters of a blob decoded to see whether it is text


def blob_text(s: str) -> str | None:
    """What a long base64-alphabet string holds when it is no file (round 15 red team: such strings were skipped
    unread, so base64 of a prompt or 45 個人番号 joined by hyphens in any field went through): mostly digits → the
    string itself; base64 (standard or URL-safe) of UTF-8 text that is mostly printable, or of a gzip / zlib stream of
    it → that text. None for a
    file, an image or random bytes (the file extractor's business, as before)."""
    if s.startswith("data:"):
        return None
    head = s[:4096]
    if sum(map(head.count, "0123456789")) * 2 >= len(head) and sum(map(s.count, "0123456789")) * 2 >= len(s):
        return s  # an id list, not base64 of a file (about 16 % digits)
    if len(s) > _BLOB_READ_MAX:
        return None
    body = s.rstrip("=")
    try:
        data = (base64.urlsafe_b64decode if "-" in body or "_" in body else base64.b64decode)(
            body + "=" * (-len(body) % 4))
        text = (inflated(data) or data).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    printable = sum(1 for c in text[:4096] if c.isprintable() or c in "\r\n\t")
    return text if text and printable >= 0.9 * len(text[:4096]) else None


_TOKEN = re.compile(r"[A-Za-z0-9_.:/@+-]{0,64}", re.ASCII)  # enum values, ids, model names: not text
_IDENT_KEY = re.compile(r"[A-Za-z_$@][A-Za-z0-9_.$@:-]{0,63}", re.ASCII)
# the answers of the two patterns above for the names and values that come back request after request (keys, roles,
# model names): a set lookup instead of a match; at most _SEEN_MAX of each, then each memory starts over
_SEEN_MAX = 4096
_ident_keys: set[str] = set()
_tokens: dict[str, bool] = {}


def _ident_key(ks: str) -> bool:
    if ks in _ident_keys:
        return True
    if _IDENT_KEY.fullmatch(ks) is None:
        return False
    if len(_ident_keys) >= _SEEN_MAX:
        _ident_keys.clear()
    _ident_keys.add(ks)
    return True


def _token(s: str) -> bool:
    known = _tokens.get(s)
    if known is None:
        known = _TOKEN.fullmatch(s) is not None
        if len(s) <= 64:  # longer ones are never tokens: no need to remember them
            if len(_tokens) >= _SEEN_MAX:
                _tokens.clear()
            _tokens[s] = known
    return known


_ARRAY_MAX = 1 << 16  # elements of an array read as one text


def array_text(items: list[Any]) -> str | None:
    """An array of 8+ single characters or integers read as the text it spells (round 15): one-character strings
    and single digits joined (["5","2",…], [5,2,…] → "52…"), other integers as character codes ([53,50,…] → "52…",
    [30003,…] → "申…"). None for any other array (one mixed element, a negative number, a code outside Unicode)."""
    if not 8 <= len(items) <= _ARRAY_MAX:
        return None
    first = type(items[0])
    if first is str:
        return "".join(items) if all(type(x) is str and len(x) == 1 for x in items) else None
    if first is not int or not all(type(x) is int for x in items):
        return None
    if all(0 <= x <= 9 for x in items):
        return "".join(map(str, items))
    if all(32 <= x < 0x110000 and not 0xD800 <= x < 0xE000 for x in items):
        return "".join(map(chr, items))
    return None


def _string(obj: str, path: str, key: str | None, skip: frozenset[str]) -> Segment | None:
    """A string value as a segment (``walk``), or None: a protocol token under a skipped key, a file's blob."""
    # is_binary_blob(obj), its patterns only tried where they can match (a data: prefix, 512 characters)
    blob = (obj.startswith("data:") or len(obj) >= 512) and is_binary_blob(obj)
    if blob:
        inside = blob_text(obj)
        return None if inside is None else Segment(path if inside is obj else f"{path}:decoded", inside)
    if obj and (key not in skip or not _tokens.get(obj, False) and not _token(obj)
                or len(obj) >= 6 and obj.isdigit()):  # a number is data under any key
        return Segment(path, obj)
    return None


def walk(node: Any, where: str = "$", skip: frozenset[str] = SKIP_KEYS) -> Iterator[Segment]:
    """Every string value (and every key and number that could carry data) of a JSON document.

    Values under ``skip`` keys are protocol tokens and left out while they look like tokens; anything else
    under them (spaces, non-ASCII, long) is text like any other. Keys that are not plain identifiers and
    integers of six digits or more (identifiers sent as numbers) are text too, and so is what an array of
    characters, digits or character codes spells (``array_text``).
    """
    stack: list[tuple[Any, str, str | None]] = [(node, where, None)]
    while stack:
        obj, path, key = stack.pop()
        if isinstance(obj, str):
            if (seg := _string(obj, path, key, skip)) is not None:
                yield seg
        elif isinstance(obj, bool) or obj is None:
            continue
        elif isinstance(obj, int):
            if abs(obj) >= 100_000:
                yield Segment(path, str(obj))
        elif isinstance(obj, float):  # 526018159084.0 and 5.26018159084e11 are that integer to a server
            if abs(obj) >= 100_000 and obj.is_integer() and abs(obj) < 1e21:
                yield Segment(path, str(int(obj)))
        elif isinstance(obj, dict):
            items = list(obj.items())
            for k, v in reversed(items):
                ks = str(k)
                if ks not in _ident_keys and not _ident_key(ks):
                    yield Segment(f"{path}.<key>", ks)
                stack.append((v, f"{path}.{ks}", ks))
        elif isinstance(obj, list):
            if len(obj) >= 8 and (spelt := array_text(obj)) is not None:
                yield Segment(f"{path}[*]", spelt)
            for i in range(len(obj) - 1, -1, -1):
                stack.append((obj[i], f"{path}[{i}]", key))


def _keep_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object whose keys repeat keeps every value: a server may read the first (``json.loads`` keeps only
    the last), so the earlier ones stay under ``key:N`` where the generic walk reads them."""
    doc = dict(pairs)
    if len(doc) != len(pairs):
        seen: dict[str, int] = {}
        for k, v in pairs:
            n = seen[k] = seen.get(k, 0) + 1
            if doc[k] is not v:
                doc[f"{k}:{n}"] = v
    return doc


def loads(text: str | bytes) -> Any:
    """``json.loads`` of a request's JSON, keeping the values of repeated keys (``_keep_duplicates``)."""
    return json.loads(text, object_pairs_hook=_keep_duplicates)


def looks_json(text: str) -> bool:
    t = text.lstrip()
    return t[:1] in ("{", "[")


def json_deep(doc: Any) -> Iterator[Segment]:
    """Walk strings, and walk again into strings that are themselves JSON (Google ``f.req``)."""
    for s in walk(doc):
        if looks_json(s.text) and len(s.text) > 1:
            try:
                inner = loads(s.text)
            except ValueError:
                yield s
                continue
            yield from (Segment(s.where + w.where[1:], w.text) for w in json_deep(inner))
        else:
            yield s
