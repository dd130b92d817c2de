"""What the scanner reads of a request body or a WebSocket frame: decoded, extracted, made readable, with the
text hidden in it (``gateway.unwrap``).

One spelling for both places the work runs: on the event loop for a small body or frame
(``gateway.bounded``), in a killable worker process for a large one (``gateway.workers``). Raises
``BodyError`` for an undecodable or oversize body. ``faults`` (option ``aigw_fault_injection``) makes the
stage fail on purpose. Plain Python, no mitmproxy import.
"""

from __future__ import annotations

from typing import Any

from gateway.decode import decode_content
from gateway.extract import extract_prompt
from gateway.extract.websocket_frame import frame_segments
from gateway.model import Prompt
from gateway.unwrap import ReadBody, read_body


def _fault(faults: frozenset[str]) -> None:
    if "extract" in faults:
        raise RuntimeError("fault injection: extract")


def read_request(extractor: str, raw: bytes, content_encoding: str, content_type: str, limits: Any,
                 filename: str | None, faults: frozenset[str] = frozenset()) -> ReadBody:
    """A raw request body as the scanner reads it."""
    _fault(faults)
    body = decode_content(raw, content_encoding, limits.max_decoded_bytes)
    return read_body(extract_prompt(extractor, body, content_type, limits, filename))


def read_frame(content: bytes, is_text: bool, limits: Any, faults: frozenset[str] = frozenset()) -> ReadBody:
    """A WebSocket client frame as the scanner reads it (a file in a binary frame is parsed)."""
    _fault(faults)
    return read_body(Prompt(tuple(frame_segments(content, is_text, limits))))
