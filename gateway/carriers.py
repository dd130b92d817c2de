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
from gateway.unwrap import hidden_texts

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
# the client's own credentials: never scanned as they are (they look like secrets by design), only for text a person
# wrote hidden inside them (round 15: base64 / hex of a Japanese prompt in a Cookie)
CREDENTIALS = frozenset({"authorization", "proxy-authorization", "cookie", "x-api-key", "api-key", "x-goog-api-key",
                         "sec-websocket-key"})
NEVER = frozenset({"host", ":authority", "content-length"})  # decided on elsewhere (authority binding, framing)
# a protocol value as protocols spell them: one short token (application/json, gzip, Linux, 2023-06-01, org-…);
# anything else in a protocol header (spaces, name=value lists, quotes, longer) is read as text (round 15: an ASCII
# secret in x-request-id, baggage, via or a Content-Type parameter went unscanned)
_PROTOCOL_TOKEN = re.compile(r"[A-Za-z0-9_.:/@+*-]{0,64}", re.ASCII)
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


def _written_inside(value: str) -> list[str]:
    """Texts with a non-ASCII character (what a person wrote) hidden in an ASCII protocol value or credential."""
    return [t for t in hidden_texts(value) if not t.isascii()]


# a cookie's value that reads as data a person typed, not a session token: digits with separators (a 個人番号, a card
# or a phone number kept in a cookie) or words with blanks (once percent-decoded)
_DIGITS_AND_SEPS = re.compile(r"[0-9][0-9 .,/_+()-]{7,}[0-9]", re.ASCII)


def _cookie_texts(value: str) -> list[str]:
    """The ASCII name=value pairs of a Cookie whose value is typed data, as ``name: value`` (the name is the value's
    label: mynumber=123456789018). Session tokens (no blanks, letters and digits mixed) stay unread (issue 12: an
    ASCII identifier in a cookie reached the service unscanned), unless the value is a provider's key by its prefix or
    the cookie is named for a secret (round 18)."""
    out = []
    for pair in value.split(";")[:64]:
        name, eq, v = pair.partition("=")
        if not eq:
            continue
        v = v.strip().strip('"')
        if "%" in v and _decodes(v):
            v = unquote(v)
        if v.isascii() and (_DIGITS_AND_SEPS.fullmatch(v) or (" " in v.strip() and any(c.isalnum() for c in v))
                            or _PROVIDER_KEY.match(v) or _SECRET_NAME.fullmatch(name.strip())):
            out.append(f"{name.strip()}: {v}")
    return out


# (round 18) an ASCII key in a cookie: a provider's key by its documented prefix (no session cookie starts so), or a
# value under a cookie named for a secret (password=…, api_key=…; not token / session: every site sets those)
# (API keys only: the web apps' own session cookies are no such key — claude.ai's sessionKey=sk-ant-sid01-… stays unread)
_PROVIDER_KEY = re.compile(r"(?:sk-ant-api[0-9]{2}-|sk-proj-|sk-svcacct-|AKIA|ghp_|github_pat_|glpat-|xox[bp]-|AIza|hf_|SG\.|"
                           r"sk_live_|rk_live_)[A-Za-z0-9_\-.]{16,}")
_SECRET_NAME = re.compile(r"(?i)(?:password|passwd|pwd|passphrase|secret|client_secret|api_?key|secret_?key|private_?key)")


def _header_texts(n: str, value: str) -> tuple[str, list[str]]:
    """What one header field holds as text: (text to scan as it is, hidden texts to scan beside it)."""
    protocol = n in NOT_TEXT
    if protocol and value.isascii() and "%" not in value:
        if n in NEVER:
            return "", []
        if n == "cookie":
            return "", _written_inside(value) + _cookie_texts(value)
        if n in CREDENTIALS or _PROTOCOL_TOKEN.fullmatch(value):
            return "", _written_inside(value)
    text = header_text(value.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    if protocol and text.isascii() and (n in CREDENTIALS or n in NEVER):
        return "", _written_inside(text) + (_cookie_texts(value) if n == "cookie" else [])
    if n == "referer" and "?" in text:
        text = " ".join(query_text(text.split("?", 1)[1]))
    return text, []


def _joined(texts: dict[str, list[str]]) -> Iterable[tuple[str, str]]:
    """A name sent in several fields, read as the service reads it: one value (round 15: a 個人番号 split over two
    HTTP/2 ``cookie`` fields or two ``X-Note`` lines)."""
    for n, parts in texts.items():
        if len(parts) > 1:
            yield f"header.{n}:joined", ("; " if n == "cookie" else ", ").join(parts)


def header_segments(headers: Iterable[tuple[str, str]]) -> list[Segment]:
    out: list[Segment] = []
    budget = MAX_HEADER_CHARS
    by_name: dict[str, list[str]] = {}
    for name, value in headers:
        n = name.lower()
        if not value or n.startswith(OWN_PREFIXES):
            continue
        text, inside = _header_texts(n, value)
        if text.strip():
            by_name.setdefault(n, []).append(text)
        for where, t in ((f"header.{n}", text), *((f"header.{n}:decoded", x) for x in inside)):
            if not t.strip():
                continue
            t = t[:budget]
            budget -= len(t)
            out.append(Segment(where, t))
        if budget <= 0:
            return out
    out += [Segment(where, t[:budget]) for where, t in _joined(by_name) if budget > 0]
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
