"""WebSocket frames (client → server) → the text they carry, and the frames that tell a user a
frame was blocked. Plain Python; the addon's ``websocket_message`` hook calls it.

Frame formats read:
* SignalR JSON (Microsoft 365 Copilot, Bing): records separated by ``\\x1e``.
* socket.io / engine.io: a packet-type prefix (``42``, ``42/ns,7``) before a JSON array.
* JSON (Copilot ``{"event":"send","content":[{"type":"text","text":…}]}``, OpenAI Realtime, Gemini
  Live): every string is scanned, and base64 / data-URL files inside are read like uploads.
* Anything else that decodes as text is scanned as text; a binary frame is read as a file
  (images/audio are skipped, an unknown binary is unscannable and so blocked).

The reading itself is ``gateway.extract.websocket_frame`` (a large frame is read in a scan worker).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from gateway.extract.websocket_frame import RECORD_SEP, frame_segments, records

__all__ = ["Connection", "block_frames", "dialect", "frame_segments", "generic_block_frame", "invocation_id"]


def dialect(host: str, path: str) -> str:
    """Which service shape a WebSocket speaks, for the block message: copilot, signalr or generic."""
    bare = path.split("?", 1)[0].lower()
    if bare.startswith("/c/api/chat"):
        return "copilot"
    if "/m365copilot/" in bare or bare.endswith("/chathub") or "/chathub/" in bare:
        return "signalr"
    return "generic"


def invocation_id(content: bytes) -> str | None:
    """The SignalR ``invocationId`` of the client's chat invocation in a frame (None when absent)."""
    try:
        text = content.decode("utf-8")
    except UnicodeDecodeError:
        return None
    for _, record in records(text):
        try:
            doc = json.loads(record)
        except ValueError:
            continue
        if isinstance(doc, dict) and doc.get("type") in (1, 4) and isinstance(doc.get("invocationId"), str):
            return doc["invocationId"]
    return None


def _signalr(doc: dict[str, Any]) -> str:
    """One SignalR JSON-protocol record: every record ends with the record separator 0x1E."""
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + RECORD_SEP


def block_frames(dialect_name: str, message: str, invocation: str | None = None) -> list[str] | None:
    """Server → client frames that show ``message`` in the chat, or None when the shape is unknown.

    * copilot (consumer): startMessage → appendText → partCompleted → done, one JSON per frame.
    * signalr (Microsoft 365 Copilot): an ``update`` invocation with a bot message, then the
      completion of the client's invocation (``invocation``, "0" when unknown); each record ends
      with 0x1E, else the SignalR client throws "Message is incomplete." and closes.
    """
    if dialect_name == "copilot":
        mid = f"aigw-{uuid.uuid4().hex[:12]}"
        return [
            json.dumps({"event": "startMessage", "messageId": mid}, ensure_ascii=False),
            json.dumps({"event": "appendText", "messageId": mid, "partId": "0", "text": message}, ensure_ascii=False),
            json.dumps({"event": "partCompleted", "messageId": mid, "partId": "0"}, ensure_ascii=False),
            json.dumps({"event": "done", "messageId": mid}, ensure_ascii=False),
        ]
    if dialect_name == "signalr":
        mid = f"aigw-{uuid.uuid4().hex[:12]}"
        bot = {"author": "bot", "text": message, "messageId": mid, "contentOrigin": "aigw"}
        return [
            _signalr({"type": 1, "target": "update", "arguments": [{"messages": [bot]}]}),
            _signalr({"type": 3, "invocationId": invocation or "0"}),
        ]
    return None


def generic_block_frame(reason: str, message: str) -> str:
    """For shapes aigw does not know: a JSON error frame (many clients surface ``error.message``)."""
    return json.dumps({"type": "error", "error": {"type": "aigw_blocked", "code": reason, "message": message}},
                      ensure_ascii=False)


@dataclass
class Connection:
    """Per-WebSocket counters, logged once when the connection closes (``websocket_closed``)."""

    dialect: str
    frames: int = 0
    allowed: int = 0
    blocked: int = 0
    chars: int = 0
    reasons: dict[str, int] = field(default_factory=dict)

    def count(self, blocked: bool, reason: str, chars: int) -> int:
        self.frames += 1
        self.chars += chars
        if blocked:
            self.blocked += 1
            self.reasons[reason] = self.reasons.get(reason, 0) + 1
        else:
            self.allowed += 1
        return self.frames
