"""What a person did, from the HTTP lines of the audit log: prompts and uploads apart from page loads,
polling and connections (issue 15). Shared by ``aigw report``, the audit store and ``aigw console``.

A browser visit to ChatGPT writes a dozen ``request_decided`` lines (page, assets, polling, telemetry,
``prepare`` and ``conversation``); counting lines counts the browser, not the person. The rule, using
only audit fields (``method``, ``path``, ``service``, ``prompt_chars``, ``segments``, ``reason``):

1. **Interaction** (送信): the gateway extracted content to scan (``prompt_chars`` > 0 or ``segments`` > 0),
   or a sending method (POST/PUT/PATCH) was blocked for its content (``confidential_data``,
   ``oversize_body``, ``undecodable_body``, ``unscannable_file``, ``streamed_request_body``,
   ``scan_timeout``, ``scan_failed``, ``unsupported_endpoint``), or a sending method reached a catalogued
   content endpoint of the service (an ``endpoints`` entry whose extractor is not ``none``; the approval
   check blocks before the body is read, so those lines carry no ``prompt_chars``).
   An interaction is an **upload** when the endpoint's extractor is ``file_upload`` or the method is PUT,
   else a **prompt**.
2. One prompt is one interaction: sends by the same user to the same service on a *different* path within
   ``SAME_SEND_S`` seconds (ChatGPT's ``prepare`` + ``conversation``) count once; two sends to the same
   path (an API client's calls) count twice.
3. Everything else (page loads, polling, assets, CONNECTs) is **background**. Background lines of the same
   person (user, else client address) and service form a **visit** until ``VISIT_GAP_S`` seconds pass
   without a line; a visit without any interaction counts once (表示のみの訪問), represented by its most
   severe line (a block before a warning before an allow). So an unapproved page visit is one blocked
   visit, and five CONNECTs of one browser visit to a shadow-AI site are one attempt.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SEND_METHODS = frozenset({"POST", "PUT", "PATCH"})
CONTENT_BLOCKS = frozenset({"confidential_data", "oversize_body", "undecodable_body", "unscannable_file",
                            "streamed_request_body", "scan_timeout", "scan_failed", "unsupported_endpoint"})
SAME_SEND_S = 5.0
VISIT_GAP_S = 30 * 60.0
PROMPT, UPLOAD, VISIT = "prompt", "upload", "visit"
_SEVERITY = {"block": 2, "warn": 1}

# (service, method, path) -> extractor name of the matching catalogued endpoint, or None
EndpointLookup = Callable[[str, str, str], str | None]


def endpoint_lookup(rules_dir: Path | None) -> EndpointLookup | None:
    """The catalog's endpoint table from services.yaml (best effort: None when unreadable)."""
    import yaml

    from gateway.rules.globs import compile_path_glob
    from gateway.rules.loader import DEFAULT_RULES_DIR

    try:
        data = yaml.safe_load((Path(rules_dir or DEFAULT_RULES_DIR) / "services.yaml").read_text(encoding="utf-8"))
        table: dict[str, list[tuple[re.Pattern[str], frozenset[str], str]]] = {}
        for s in data.get("services") or []:
            for e in s.get("endpoints") or []:
                table.setdefault(s["id"], []).append((compile_path_glob(e["path"]),
                                                      frozenset(e.get("methods") or ["POST"]), e["extractor"]))
    except Exception:  # noqa: BLE001 - counting falls back to the fields alone
        return None
    cache: dict[tuple[str, str, str], str | None] = {}

    def look(service: str, method: str, path: str) -> str | None:
        key = (service, method, path)
        if key not in cache:
            cache[key] = next((x for pat, methods, x in table.get(service, ())
                               if method in methods and pat.match(path)), None)
        return cache[key]

    return look


def kind_of(r: dict[str, Any], lookup: EndpointLookup | None = None) -> str | None:
    """PROMPT, UPLOAD or None (background) for one request_decided record."""
    method = (r.get("method") or "").upper()
    path = (r.get("path") or "").split("?", 1)[0]
    extractor = lookup(r.get("service") or "", method, path) if lookup and method in SEND_METHODS else None
    upload = extractor == "file_upload" or method == "PUT"
    if (r.get("prompt_chars") or 0) > 0 or (r.get("segments") or 0) > 0:
        return UPLOAD if upload else PROMPT
    if method in SEND_METHODS and (r.get("reason") in CONTENT_BLOCKS or (extractor not in (None, "none"))):
        return UPLOAD if upload else PROMPT
    return None


@dataclass
class _Visit:
    last: float
    interacted: bool
    rep: dict[str, Any]


def units(records: Iterable[dict[str, Any]], lookup: EndpointLookup | None = None,
          stamp: Callable[[str], float] | None = None) -> Iterator[tuple[dict[str, Any], str]]:
    """(record, kind) for each counted unit, kind in PROMPT / UPLOAD / VISIT; records in time order."""
    if stamp is None:
        from gateway import clock

        stamp = lambda s: clock.parse_stamp(s).timestamp()  # noqa: E731
    visits: dict[tuple[str, str], _Visit] = {}
    last_send: dict[tuple[str, str], tuple[float, str]] = {}
    for r in records:
        try:
            t = stamp(r.get("time") or "")
        except ValueError:
            continue
        key = (r.get("user") or r.get("client_ip") or "", r.get("service") or "")
        v = visits.get(key)
        if v is not None and t - v.last > VISIT_GAP_S:
            if not v.interacted:
                yield v.rep, VISIT
            v = None
        kind = kind_of(r, lookup)
        if v is None:
            v = visits[key] = _Visit(t, kind is not None, r)
        v.last = t
        if kind is None:
            if not v.interacted and _SEVERITY.get(r.get("action") or "", 0) > _SEVERITY.get(v.rep.get("action") or "", 0):
                v.rep = r
            continue
        v.interacted = True
        if kind == PROMPT:
            path = r.get("path") or ""
            prev = last_send.get(key)
            last_send[key] = (t, path)
            if prev is not None and t - prev[0] <= SAME_SEND_S and prev[1] != path:
                continue  # the same prompt's second request (prepare + conversation)
        yield r, kind
    for v in visits.values():
        if not v.interacted:
            yield v.rep, VISIT
