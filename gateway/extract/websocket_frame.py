"""One WebSocket client frame → the text it carries (``gateway.ws`` lists the formats read).

Plain Python below the worker layer: a large or binary frame is read in a scan worker (``gateway.bounded``).
"""

from __future__ import annotations

import re
from typing import Any

from gateway.decode import BodyError, decode_text
from gateway.files import embedded, extract_file_text
from gateway import jsonwalk
from gateway.jsonwalk import json_deep
from gateway.model import Reason, Segment

__all__ = ["RECORD_SEP", "SOCKETIO", "frame_segments", "records"]

RECORD_SEP = "\x1e"
SOCKETIO = re.compile(r"^\d{1,2}(?:/[^,\[{]*,)?\d*(?=[\[{])")


def records(text: str) -> list[tuple[str, str]]:
    """The records of a frame (SignalR separates them with 0x1E), each with its place."""
    if RECORD_SEP in text:
        return [(f"ws[{i}]", r) for i, r in enumerate(text.split(RECORD_SEP)) if r.strip()]
    return [("ws", text)]


def frame_segments(content: bytes, is_text: bool, limits: Any = None) -> list[Segment]:
    """All text of one client frame. Raises ``BodyError`` for a frame that cannot be read."""
    if not content:
        return []
    if is_text:
        text = content.decode("utf-8")  # RFC 6455: text frames are UTF-8 (mitmproxy already checked)
    else:
        try:
            text = decode_text(content)
        except BodyError:
            return [Segment(f"ws.binary:{s.where}", s.text) for s in extract_file_text(content, None, None, limits)]
    segments: list[Segment] = []
    for where, record in records(text):
        body = record.strip()
        if m := SOCKETIO.match(body):
            body = body[m.end():]
        if body[:1] in ("{", "["):
            try:
                doc = jsonwalk.loads(body)
            except ValueError:
                pass
            except RecursionError:
                raise BodyError(Reason.UNDECODABLE_BODY, "JSON nested too deeply") from None
            else:
                try:
                    segments.extend(Segment(f"{where}{s.where[1:]}", s.text) for s in json_deep(doc))
                    segments.extend(embedded.files_in(doc, limits, where))
                except RecursionError:
                    raise BodyError(Reason.UNDECODABLE_BODY, "JSON nested too deeply") from None
                continue
        if body:
            segments.append(Segment(where, body))
    return segments
