"""Bounded work: body extraction and the scan, with the time bounds of ``policy.yaml`` limits.

The event loop serves every user, so it only runs work whose cost is small by a cheap estimate:
a text whose ``scan_cost`` (characters, a kanji or kana counting 4: the name recognizer's
morphology runs on them) is at most ``limits.inline_scan_chars`` is scanned inline, an identity-encoded
body of at most ``inline_body_bytes`` is extracted inline. Everything bigger (and every encoded
body: a few KB of gzip can expand to megabytes) runs in a killable worker process
(``gateway.workers``) under ``limits.scan_timeout_ms``: past it the worker is killed and replaced,
the request is blocked (``scan_timeout``). Any other worker failure fails closed (``scan_failed``
for a scan, ``internal_error`` for an extraction).

``faults`` (option ``aigw_fault_injection``) makes a stage fail on purpose, to test failing closed.
Plain Python, no mitmproxy import.
"""

from __future__ import annotations

from typing import Any

from gateway import reading, workers
from gateway.decode import BodyError
from gateway.files.sniff import magic
from gateway.model import Reason
from gateway.scan.result import Scanner, ScanResult
from gateway.unwrap import ReadBody


class ScanTimeout(Exception):
    """Extraction or scan overran its time bound."""


IDENTITY = frozenset({"", "identity"})
CJK_WEIGHT = 4  # a kanji/kana character costs the scanner about four times an ASCII one (worst case: names)


def scan_cost(text: str) -> int:
    """Cheap estimate of a scan's cost in ASCII-character units: one C-speed pass (the UTF-8 length, where a
    kanji or kana is 3 bytes, plus half the multi-byte excess: a kanji or kana counts 4, ASCII 1)."""
    utf8 = len(text.encode("utf-8", "surrogatepass"))
    return utf8 + (utf8 - len(text)) // 2


def inline_body_bytes(limits: Any) -> int:
    """Bodies up to this size (identity-encoded) are extracted on the event loop: ~4 bytes a character."""
    return 4 * limits.inline_scan_chars


async def extract(extractor: str, raw: bytes, content_encoding: str, content_type: str, limits: Any,
                  filename: str | None, faults: frozenset[str] = frozenset()) -> ReadBody:
    """The prompt of a raw body as the scanner reads it, with the text hidden in it (``gateway.unwrap``): in a
    worker for a large body, so the event loop never walks its text. Raises ``BodyError`` (undecodable,
    oversize) or ``ScanTimeout``."""
    pool = workers.pool()
    small = len(raw) <= inline_body_bytes(limits) and content_encoding.strip().lower() in IDENTITY
    if pool is None or small:
        return reading.read_request(extractor, raw, content_encoding, content_type, limits, filename, faults)
    job = ("extract", extractor, raw, content_encoding, content_type, limits, filename, faults)
    try:
        return await pool.run(job, limits.scan_timeout_ms / 1000)
    except workers.WorkerTimeout:
        raise ScanTimeout("extraction exceeded the time bound") from None
    except workers.RemoteBodyError as e:
        raise BodyError(Reason(e.reason), e.detail) from None


async def read_frame(content: bytes, is_text: bool, limits: Any, faults: frozenset[str] = frozenset()) -> ReadBody:
    """A WebSocket client frame's text as the scanner reads it, with the text hidden in it: in a worker for a
    large frame or a file (a document, archive or media file is parsed there: a few KB of zip can expand to
    megabytes). Small text frames and small plain binary frames (no file signature, e.g. audio chunks of a
    voice session) stay on the event loop. Raises ``BodyError`` or ``ScanTimeout``."""
    pool = workers.pool()
    small = len(content) <= inline_body_bytes(limits) and (is_text or magic(content) is None)
    if pool is None or small:
        return reading.read_frame(content, is_text, limits, faults)
    try:
        return await pool.run(("frame", content, is_text, limits, faults), limits.scan_timeout_ms / 1000)
    except workers.WorkerTimeout:
        raise ScanTimeout("reading the frame exceeded the time bound") from None
    except workers.RemoteBodyError as e:
        raise BodyError(Reason(e.reason), e.detail) from None


async def scan(scanner: Scanner, text: str, service_id: str, limits: Any,
               faults: frozenset[str] = frozenset()) -> ScanResult:
    """Scan ``text``; raises ``ScanTimeout`` past ``limits.scan_timeout_ms``, ``WorkerError`` if the worker fails."""
    pool, key = workers.pool(), workers.key_of(scanner)
    small = len(text) <= limits.inline_scan_chars // CJK_WEIGHT or (  # the cost is at least the length
        len(text) <= limits.inline_scan_chars and scan_cost(text) <= limits.inline_scan_chars)
    if pool is None or key is None or (small and not faults):
        if "scan" in faults:
            raise RuntimeError("fault injection: scan")
        if "scan_timeout" in faults:
            raise ScanTimeout("fault injection: scan_timeout")
        return scanner.scan(text, service_id)  # small prompts: cheaper inline than a process hop
    try:
        return await pool.run(("scan", key, text, service_id, faults), limits.scan_timeout_ms / 1000, key)
    except workers.WorkerTimeout:
        raise ScanTimeout from None
