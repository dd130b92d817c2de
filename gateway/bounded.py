"""Bounded work: body extraction and the scan, with the time bounds of ``policy.yaml`` limits.

Small inputs run inline (cheaper than a thread hop); big ones run in a worker thread under
``asyncio.wait_for`` so one slow request never stalls the event loop that serves every other user.
A bound that is exceeded raises ``ScanTimeout``: the caller blocks (``scan_timeout``).

``faults`` (option ``aigw_fault_injection``) makes a stage fail on purpose, to test failing closed.
Plain Python, no mitmproxy import.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from gateway.decode import decode_content
from gateway.extract import extract_prompt
from gateway.model import Prompt
from gateway.scan.result import Scanner, ScanResult


class ScanTimeout(Exception):
    """Extraction or scan overran its time bound."""


async def extract(extractor: str, raw: bytes, content_encoding: str, content_type: str, limits: Any,
                  filename: str | None, faults: frozenset[str] = frozenset()) -> Prompt:
    """The prompt of a raw body. Raises ``BodyError`` (undecodable, oversize) or ``ScanTimeout``."""
    if "extract" in faults:
        raise RuntimeError("fault injection: extract")
    body = decode_content(raw, content_encoding, limits.max_decoded_bytes)
    args = (extractor, body, content_type, limits, filename)
    if len(body) <= limits.inline_scan_chars:
        return extract_prompt(*args)
    try:  # big bodies/files: parse off the event loop, bounded
        return await asyncio.wait_for(asyncio.to_thread(extract_prompt, *args), limits.scan_timeout_ms / 1000)
    except TimeoutError:
        raise ScanTimeout("extraction exceeded the time bound") from None


async def scan(scanner: Scanner, text: str, service_id: str, limits: Any,
               faults: frozenset[str] = frozenset()) -> ScanResult:
    """Scan ``text``; raises ``ScanTimeout`` past ``limits.scan_timeout_ms``."""
    timeout = limits.scan_timeout_ms / 1000

    def run() -> ScanResult:
        if "scan" in faults:
            raise RuntimeError("fault injection: scan")
        if "scan_timeout" in faults:
            time.sleep(timeout + 0.5)
        return scanner.scan(text, service_id)

    if len(text) <= limits.inline_scan_chars and not faults:
        return run()  # small prompts: cheaper inline than a thread hop
    try:
        return await asyncio.wait_for(asyncio.to_thread(run), timeout)
    except TimeoutError:
        raise ScanTimeout from None
