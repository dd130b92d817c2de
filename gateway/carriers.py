"""Every part of a request that can carry text to an AI service, besides the body (plain Python).

The path, the query string and request headers outside a small allow-list are text the service receives: a
chat app's ``?q=`` prompt URL, a ``Referer`` holding that URL, an ``X-…`` header a script fills. They become
segments for the scanner like the body's. Headers that only carry protocol data or the caller's own
credentials (which the service must receive and which look like secrets by design) are not scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from gateway.canonical import query_text
from gateway.model import Segment

# headers whose values are protocol data or the client's own credentials for the service: not prompt text, so
# read only when they hold text no protocol value holds (non-ASCII once decoded: a prompt in a Cookie or an Accept)
NOT_TEXT = frozenset({
    "host", ":authority", "content-length", "content-type", "content-encoding", "transfer-encoding", "connection",
    "keep-alive", "te", "trailer", "upgrade", "accept-encoding",
    "if-none-match", "if-modified-since", "if-match", "if-unmodified-since", "range",
    "authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "x-goog-api-key",
    "sec-websocket-key", "sec-websocket-version", "sec-websocket-extensions", "sec-websocket-protocol",
    "sec-fetch-site", "sec-fetch-mode", "sec-fetch-dest", "sec-fetch-user", "sec-ch-ua", "sec-ch-ua-mobile",
    "sec-ch-ua-platform", "dnt", "priority", "x-stainless-arch", "x-stainless-os", "x-stainless-runtime",
    "x-stainless-runtime-version", "x-stainless-lang", "x-stainless-package-version", "x-stainless-retry-count",
    "x-stainless-async", "x-stainless-timeout", "x-stainless-read-timeout", "x-stainless-helper-method",
    "openai-organization", "openai-project", "openai-beta", "anthropic-version", "anthropic-beta",
    "x-request-id", "traceparent", "tracestate", "baggage", "x-forwarded-for", "x-forwarded-proto", "via",
})
# prefixes of headers aigw itself sets or reads (purpose, tenant restrictions): handled by their own stages
OWN_PREFIXES = ("x-aigw-", "chatgpt-allowed-workspace-id", "anthropic-allowed-org-ids", "x-googapps-allowed",
                "restrict-access-to-")
MAX_HEADER_CHARS = 64 * 1024
_RFC8187 = re.compile(r"^[A-Za-z0-9_-]+'[^']*'(.*)$")


def header_text(value: str) -> str:
    """A header value as text: RFC 8187 ``UTF-8''…`` and percent-encoding decoded; raw UTF-8 bytes (which
    HTTP libraries hand over as latin-1) read back as UTF-8."""
    v = value
    if m := _RFC8187.match(v):
        v = m.group(1)
    if "%" in v:
        v = unquote(v, errors="strict") if _decodes(v) else v
    try:
        v = v.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        pass
    return v


def _decodes(v: str) -> bool:
    try:
        unquote(v, errors="strict")
    except UnicodeDecodeError:
        return False
    return True


def header_pairs(headers: Any) -> list[tuple[str, str]]:
    """A request's header fields as (name, value) text, each field apart, in order. A header map with raw
    ``fields`` (mitmproxy's ``Headers``) is read from them directly: its ``items()`` looks every name up again
    (quadratic in the fields, ~0.1 ms a request); names and values are decoded as it decodes them."""
    fields = getattr(headers, "fields", None)
    if fields is None:
        return list(headers.items())
    return [(k.decode("utf-8", "surrogateescape"), v.decode("utf-8", "surrogateescape")) for k, v in fields]


def header_segments(headers: Iterable[tuple[str, str]]) -> list[Segment]:
    out: list[Segment] = []
    budget = MAX_HEADER_CHARS
    for name, value in headers:
        n = name.lower()
        protocol = n in NOT_TEXT
        if not value or protocol and value.isascii() and "%" not in value or n.startswith(OWN_PREFIXES):
            continue
        text = header_text(value.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
        if protocol and text.isascii():
            continue
        if n == "referer" and "?" in text:
            text = " ".join(query_text(text.split("?", 1)[1]))
        if not text.strip():
            continue
        text = text[:budget]
        budget -= len(text)
        out.append(Segment(f"header.{n}", text))
        if budget <= 0:
            break
    return out


def url_segments(path: str, query: str) -> list[Segment]:
    """Decoded path segments that hold text (not plain ids) and every query name and value."""
    out: list[Segment] = []
    words = [unquote(s, errors="replace") for s in path.split("/") if s]
    textual = [w for w in words if not _ID_SEGMENT.fullmatch(w)]
    if textual:
        out.append(Segment("url.path", " ".join(textual)))
    values = query_text(query)
    if values:
        out.append(Segment("url.query", "\n".join(values)))
    return out


_ID_SEGMENT = re.compile(r"[A-Za-z0-9._~:@!$&'()*+,;=-]{0,64}")


def masked_path(target: str) -> str:
    """The path for logs: no query, and every segment that could hold text (not a plain id) masked."""
    path = target.split("?", 1)[0].split("#", 1)[0]
    if _PLAIN_PATH.fullmatch(path):  # every segment a plain id (an API path): nothing to mask, one C-speed match
        return path
    return "/".join(s if _ID_SEGMENT.fullmatch(s) else "…" for s in path.split("/"))


_PLAIN_PATH = re.compile(r"[A-Za-z0-9._~:@!$&'()*+,;=-]{0,64}(?:/[A-Za-z0-9._~:@!$&'()*+,;=-]{0,64})*")
