"""Gemini API (generativelanguage.googleapis.com ``:generateContent``, ``:streamGenerateContent``,
``:countTokens``, ``:embedContent``, ``:batchEmbedContents``, ``cachedContents``).

``contents[*].parts[*].text`` and ``systemInstruction.parts[*].text``; the REST API accepts both
camelCase (what the SDK sends) and snake_case (``system_instruction``, ``inline_data``,
``mime_type``), so both are read. Inline base64 parts (``inlineData{mimeType,data}``) whose MIME
type is text (``text/*``, JSON, XML, CSV) are decoded and scanned as text (undecodable ones block
the request); other inline files are left to the file scanner. Shapes: SERVICES.md §3.4.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator
from typing import Any

from gateway.decode import BodyError, decode_text
from gateway.extract._util import text
from gateway.model import Reason, Segment

TEXT_MIME = ("text/", "application/json", "application/xml", "application/csv", "application/x-yaml",
             "application/yaml", "application/javascript", "application/x-python")


def _get(d: dict[str, Any], camel: str, snake: str) -> tuple[Any, str]:
    if camel in d:
        return d[camel], camel
    return d.get(snake), snake


def _decode_inline(data: str) -> str:
    """Fail closed: a part that says it is text but cannot be read blocks the request."""
    try:
        urlsafe = "-" in data or "_" in data
        raw = base64.b64decode(data + "=" * (-len(data) % 4), altchars=b"-_" if urlsafe else None, validate=True)
    except (binascii.Error, ValueError):
        raise BodyError(Reason.UNDECODABLE_BODY, "inline text part is not valid base64") from None
    return decode_text(raw, None)  # raises BodyError for binary or unknown charsets


def _parts(parts: Any, where: str) -> Iterator[Segment]:
    if not isinstance(parts, list):
        return
    for i, p in enumerate(parts):
        w = f"{where}[{i}]"
        if isinstance(p, str):
            yield from text(p, w)
            continue
        if not isinstance(p, dict):
            continue
        yield from text(p.get("text"), f"{w}.text")
        inline, key = _get(p, "inlineData", "inline_data")
        if isinstance(inline, dict) and isinstance(inline.get("data"), str):
            mime, _ = _get(inline, "mimeType", "mime_type")
            if isinstance(mime, str) and mime.lower().startswith(TEXT_MIME):
                yield from text(_decode_inline(inline["data"]), f"{w}.{key}.data")


def _content(c: Any, where: str) -> Iterator[Segment]:
    if isinstance(c, str):
        yield from text(c, where)
    elif isinstance(c, dict):
        yield from _parts(c.get("parts"), f"{where}.parts")
    elif isinstance(c, list):  # a bare list of parts is accepted for systemInstruction
        yield from _parts(c, where)


def _request(doc: dict[str, Any], where: str) -> Iterator[Segment]:
    sys, key = _get(doc, "systemInstruction", "system_instruction")
    yield from _content(sys, f"{where}.{key}")
    contents = doc.get("contents")
    if isinstance(contents, list):
        for i, c in enumerate(contents):
            yield from _content(c, f"{where}.contents[{i}]")
    elif contents is not None:
        yield from _content(contents, f"{where}.contents")
    yield from _content(doc.get("content"), f"{where}.content")  # embedContent
    inner, key = _get(doc, "generateContentRequest", "generate_content_request")  # countTokens
    if isinstance(inner, dict):
        yield from _request(inner, f"{where}.{key}")
    for i, r in enumerate(doc.get("requests") or []):  # batchEmbedContents, batchGenerateContent
        if isinstance(r, dict):
            body = r.get("request") if isinstance(r.get("request"), dict) else r
            yield from _request(body, f"{where}.requests[{i}]" + (".request" if body is not r else ""))


def extract(doc: Any) -> Iterator[Segment]:
    if isinstance(doc, dict):
        yield from _request(doc, "$")
