"""The canonical view of a request's target, computed once before any decision (plain Python).

Decisions must be taken on what the AI service will understand, not on the bytes as the client spelled them:

- the **authority**: IDNA (A-label), lower case, no trailing dot, no default port, IPv6 in brackets; and it is
  bound to the connection: the Host/:authority must name the same thing as the CONNECT target / SNI, or the
  request is ambiguous (``authority_mismatch``) — a catalog Host must not borrow another destination's policy;
- the **path**, normalised per RFC 3986 §6.2.2: percent-encoded unreserved characters decoded, the remaining
  escapes upper-cased, dot segments removed (also when spelled ``%2e``), repeated slashes collapsed. Escapes a
  server may read either way (``%2F``, ``%5C``, a raw backslash, ``;`` parameters) make the path *ambiguous*: it is
  matched under every plausible reading, and the caller keeps the most restrictive outcome.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from urllib.parse import parse_qsl

DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_MAX_READINGS = 4


class AuthorityError(ValueError):
    """A host name that cannot be put in canonical form (bad IDNA, empty label, bad characters)."""


def canonical_host(host: str) -> str:
    """``Ｃhat.OpenAI.com.`` → ``chat.openai.com``; ``bücher.example`` → ``xn--bcher-kva.example``."""
    h = host.strip()
    if h.startswith("[") and h.endswith("]"):
        return h.lower()
    h = h.rstrip(".")
    if not h:
        raise AuthorityError("empty host")
    if h.isascii():
        h = h.lower()
    else:
        try:
            h = h.encode("idna").decode("ascii").lower()
        except UnicodeError as e:
            raise AuthorityError(f"host is not a valid IDN: {e}") from None
    if ":" in h:  # a bare IPv6 literal
        return f"[{h}]"
    labels = h.split(".")
    if any(not lbl or len(lbl) > 63 or not re.fullmatch(r"[a-z0-9_*](?:[a-z0-9_-]*[a-z0-9_])?", lbl)
           for lbl in labels):
        raise AuthorityError("host has an empty or invalid label")
    return h


def canonical_authority(host: str, port: int | None, scheme: str = "https") -> str:
    """Host plus port, the port left out when it is the scheme's default."""
    h = canonical_host(host)
    if port is None or DEFAULT_PORTS.get(scheme.lower()) == port:
        return h
    return f"{h}:{port}"


def split_authority(value: str) -> tuple[str, int | None]:
    """``host[:port]`` of a Host header / :authority (userinfo refused by the caller's parser)."""
    v = value.strip()
    if v.startswith("["):
        end = v.find("]")
        host, rest = v[: end + 1], v[end + 1:]
        port = rest[1:] if rest.startswith(":") else ""
    elif v.count(":") == 1:
        host, port = v.split(":")
    else:
        host, port = v, ""
    if port and not port.isdigit():
        raise AuthorityError(f"bad port in {value!r}")
    return host, int(port) if port else None


@dataclass(frozen=True, slots=True)
class CanonicalPath:
    path: str  # normalised path, no query
    query: str  # raw query string (without '?'), '' when none
    readings: tuple[str, ...]  # every plausible normalised reading; path is readings[0]
    ambiguous: bool  # some escape or separator may be read two ways by the server


def _decode_unreserved(segment: str) -> str:
    def repl(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED else f"%{m.group(1).upper()}"

    return _ESCAPE.sub(repl, segment)


def remove_dot_segments(path: str) -> str:
    """RFC 3986 §5.2.4 on a path whose segments are already decoded where unreserved."""
    out: list[str] = []
    segments = path.split("/")
    for i, seg in enumerate(segments):
        last = i == len(segments) - 1
        if seg == ".":
            if last:
                out.append("")
            continue
        if seg == "..":
            if len(out) > 1:
                out.pop()
            if last:
                out.append("")
            continue
        out.append(seg)
    result = "/".join(out)
    return result if result.startswith("/") else "/" + result


_SLASHES = re.compile(r"/{2,}")
_ENCODED_SLASH = re.compile(r"%2[fF]|%5[cC]|\\")
_PATH_PARAM = re.compile(r";[^/]*")


def _normalise(raw: str) -> str:
    p = _decode_unreserved(raw)
    p = _SLASHES.sub("/", p)
    return remove_dot_segments(p)


# Escapes and separators a server may read in more than one way: (does it apply?, the other reading)
_READINGS = (
    # an encoded slash or backslash: some servers and frameworks decode it before routing
    (lambda p: bool(_ENCODED_SLASH.search(p)), lambda p: _ENCODED_SLASH.sub("/", p)),
    # path parameters: some servers strip them (/a;x/b -> /a/b)
    (lambda p: ";" in p, lambda p: _PATH_PARAM.sub("", p)),
    # double encoding: a server that decodes twice sees the inner escape
    (lambda p: "%25" in p, lambda p: _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), p.replace("%25", "%"))),
)


# A plain API path (no query, every segment an id: what the audit line shows unmasked anyway) is computed once: the
# memory keeps no text a user wrote (a query or a text segment is computed each time, like CleanSeams keeps digests only)
_PLAIN_TARGET = re.compile(r"(?:/[A-Za-z0-9._~:@!$&'()*+,;=-]{0,64}){1,16}")


def canonical_path(target: str) -> CanonicalPath:
    """The request target (origin form ``/a/b?x``; absolute form is reduced to its path) in canonical form."""
    return _cached_path(target) if _PLAIN_TARGET.fullmatch(target) else _canonical_path(target)


def _canonical_path(target: str) -> CanonicalPath:
    t = target
    if "://" in t.split("?", 1)[0]:  # absolute form
        rest = t.split("://", 1)[1]
        t = rest[rest.find("/"):] if "/" in rest else "/"
    t = t.split("#", 1)[0]
    raw_path, _, query = t.partition("?")
    if not raw_path.startswith("/"):
        raw_path = "/" + raw_path
    raws = [raw_path]
    for applies, transform in _READINGS:
        if applies(raw_path):
            raws += [transform(r) for r in raws]
    readings = list(dict.fromkeys(_normalise(r) for r in raws))[:_MAX_READINGS]
    ambiguous = len(raws) > 1
    return CanonicalPath(path=readings[0], query=query, readings=tuple(readings), ambiguous=ambiguous)


_cached_path = functools.lru_cache(maxsize=1024)(_canonical_path)


def query_text(query: str, *, limit: int = 1 << 20) -> list[str]:
    """Every name and value of a query string, percent- and plus-decoded (bounded): text a URL may carry."""
    pairs = parse_qsl(query[:limit], keep_blank_values=True, encoding="utf-8", errors="surrogateescape")
    return [x for kv in pairs for x in kv if x]
