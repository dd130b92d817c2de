"""The canonical view of one request, computed once before any decision (plain Python, issue 11).

``classify``: the authority in canonical form and bound to the connection, the path with every plausible
reading, the strictest catalog match. ``with_carriers`` / ``frame_pieces``: everything besides the body that
reaches the service as text (URL, headers, text hidden in encodings) and, apart, the seams where an identifier
split across pieces, turns or WebSocket frames meets again.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from gateway.canonical import AuthorityError, CanonicalPath, canonical_host, canonical_path, split_authority
from gateway.carriers import header_segments, url_segments
from gateway.identify_service import ServiceMatch, identify_service
from gateway.model import Prompt, Segment
from gateway.runtime import Runtime
from gateway.turns import is_text
from gateway.unwrap import MAX_EXTRA_CHARS, budget_for, decoded_pieces


@dataclass(frozen=True, slots=True)
class Target:
    """Where a request goes, as the connection and the request itself say it."""

    method: str
    target: str  # the request target as sent (origin form, query included)
    host_header: str  # Host / :authority as sent
    connection: str  # the CONNECT authority or absolute-form host: where the bytes go
    sni: str | None = None


_RANK_BLOCK, _RANK_BODY, _RANK_SERVICE = 3, 2, 1


def _rank(m: ServiceMatch | None) -> int:
    if m is None:
        return 0
    if m.endpoint is not None and m.endpoint.block:
        return _RANK_BLOCK
    return _RANK_BODY if m.endpoint is not None else _RANK_SERVICE


def _strictest(runtime: Runtime, host: str | None, method: str, path: CanonicalPath) -> ServiceMatch | None:
    """Of every plausible reading of the path, the match of the most restrictive rule."""
    if host is None:
        return None
    matches = [identify_service(runtime.rules, host, method, p) for p in path.readings]
    return max(matches, key=_rank)


@functools.lru_cache(maxsize=4096)  # a pure function of the name: computed once per name, not per request
def _canonical(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return canonical_host(split_authority(name)[0])
    except AuthorityError:
        return ""  # present but unusable: never equal to a real name


def _is_ip(host: str | None) -> bool:
    h = (host or "").strip("[]")
    return bool(h) and (":" in h or h.replace(".", "").isdigit())


Classified = tuple[str, ServiceMatch | None, CanonicalPath, bool]
CLASSIFIED_MAX = 4096  # targets remembered per rules set (then the memory starts over)
CLASSIFIED_TARGET_CHARS = 512  # longer request targets (queries with prompts) are not remembered
_classified: tuple[object, dict[Target, Classified]] = (None, {})  # (rules, target → result), swapped whole


def classify(runtime: Runtime, t: Target) -> Classified:
    """``classify_target``, remembered per rules set: a pure function of the rules and the target, whose
    values are immutable, asked again for every request of a client (the same host, method and path)."""
    global _classified
    rules, memo = _classified
    if rules is not runtime.rules:
        rules, memo = _classified = (runtime.rules, {})
    if (hit := memo.get(t)) is not None:
        return hit
    result = classify_target(runtime, t)
    if len(t.target) <= CLASSIFIED_TARGET_CHARS:
        if len(memo) >= CLASSIFIED_MAX:
            memo.clear()
        memo[t] = result
    return result


def classify_target(runtime: Runtime, t: Target) -> Classified:
    """Stage 1: the canonical authority and path → (host, service match, canonical path, mismatch).

    The connection decides where the bytes go; the Host header decides how the service reads them. Both
    are put in canonical form; when they name different services (or a catalog one and another) the request
    is ambiguous and refused (``authority_mismatch``). An IP connection (transparent mode) takes its name
    from the SNI, else from the Host header alone.
    """
    path = canonical_path(t.target)
    conn = _canonical(t.sni) if _is_ip(t.connection) else _canonical(t.connection)
    header = _canonical(t.host_header) if t.host_header else conn
    by_conn = _strictest(runtime, conn, t.method, path) if conn else None
    by_header = by_conn if header == conn else _strictest(runtime, header, t.method, path) if header else None
    host = conn or header or t.host_header
    match = by_conn or by_header
    mismatch = bool(conn) and header != conn and (
        (by_conn.service.id if by_conn else None) != (by_header.service.id if by_header else None))
    return host, match, path, mismatch


_DIGIT = re.compile("[0-9０-９〇一二三四五六七八九ⅠⅡⅢⅣ]")
SEAM = 48  # characters each side of a boundary between two pieces of text
MAX_TURN_SEAMS = 32  # pieces of a request joined to the previous turn's tail


def _seams(pieces: tuple[Segment, ...], previous: tuple[str, ...]) -> Prompt:
    seams = [a.text[-SEAM:] + b.text[:SEAM] for a, b in zip(pieces, pieces[1:])]
    # the previous turn's tails next to the start of each piece (shapes differ per app)
    starts = [s.text[:SEAM] for s in pieces[:MAX_TURN_SEAMS] if is_text(s.text)] if previous else []
    seams += [p[-SEAM:] + start for p in previous for start in starts]
    # what a seam can join is an identifier or a marking level: both hold a digit; other seams are not scanned,
    # nor a seam identical to one already taken (the same text scanned twice finds nothing new)
    distinct = list(dict.fromkeys(seams))[:256]
    return Prompt(tuple(Segment("seam", t) for t in distinct if _DIGIT.search(t)))


def with_carriers(path: CanonicalPath, headers: Iterable[tuple[str, str]], body: Prompt,
                  previous: tuple[str, ...] = (), decoded: tuple[Segment, ...] | None = None) -> tuple[Prompt, Prompt]:
    """The body's text plus everything else the service receives or could read back as text (the URL and
    headers, text hidden in encodings); and apart, the seams between pieces (segments, the previous turn)
    where an identifier split across them meets again — scanned only when the rest does not already block,
    so a finding is never counted twice. ``decoded``: the body's hidden texts when already found where the
    body was extracted (``gateway.unwrap.read_body``). Bounded by ``gateway.unwrap.budget_for`` the body and
    ``MAX_EXTRA_CHARS`` for the carriers."""
    carriers = url_segments(path.path, path.query) + header_segments(headers)
    if decoded is None:
        decoded = tuple(decoded_pieces(body.segments, budget_for(body.segments)))
    # the carriers' own budget: hidden text in the body never uses up what the headers' is read with (round 15)
    extra = [*carriers, *decoded, *decoded_pieces(carriers, MAX_EXTRA_CHARS)]
    return (Prompt(body.segments + tuple(extra)) if extra else body,
            _seams(body.segments, previous if body.segments else ()))


def frame_pieces(frame: Prompt, previous: tuple[str, ...] = (),
                 decoded: tuple[Segment, ...] | None = None) -> tuple[Prompt, Prompt]:
    """A WebSocket frame's text plus the text hidden in it (``decoded``: already found where the frame was
    read, ``gateway.bounded.read_frame``), and apart the seams with the frame's own pieces and the user's
    previous turns or frames on this service (identifiers split across frames)."""
    if decoded is None:
        decoded = tuple(decoded_pieces(frame.segments, budget_for(frame.segments)))
    return Prompt(frame.segments + decoded), _seams(frame.segments, previous if frame.segments else ())
