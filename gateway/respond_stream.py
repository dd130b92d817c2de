"""In-chat block replies: a blocked prompt to ChatGPT web or claude.ai answered with a 200
``text/event-stream`` in the service's own streaming format, so the Japanese block message shows
as an assistant message in the chat (SERVICES.md §6.1 option B, §6.2). Plain Python; the addon
passes the ids parsed from the request body (``reply_ids``) and sends the bytes.

Unverified end-to-end against the live web apps (their stream formats change); the message is
not stored server-side, so it disappears when the app refetches the conversation.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Mapping
from typing import Any

from gateway.extract import chatgpt_web, claude_web

CONTENT_TYPE = "text/event-stream; charset=utf-8"
FORMATS = ("chatgpt_sse", "claude_sse")


def _event(data: Any, event: str | None = None) -> str:
    payload = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (f"event: {event}\n" if event else "") + f"data: {payload}\n\n"


def chatgpt_sse(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """ChatGPT ``delta_encoding: v1``: add the assistant message, append the text, finish, [DONE]."""
    ids = ids or {}
    cid = ids.get("conversation_id") or str(uuid.uuid4())
    parent = ids.get("parent_message_id") or "client-created-root"
    msg = {
        "id": str(uuid.uuid4()),
        "author": {"role": "assistant", "name": None, "metadata": {}},
        "create_time": time.time(),
        "update_time": None,
        "content": {"content_type": "text", "parts": [""]},
        "status": "in_progress",
        "end_turn": None,
        "weight": 1.0,
        "metadata": {"parent_id": parent, "model_slug": "aigw", "is_complete": True},
        "recipient": "all",
        "channel": "final",
    }
    out = [
        _event('"v1"', "delta_encoding"),
        _event({"p": "", "o": "add", "v": {"message": msg, "conversation_id": cid, "error": None}, "c": 0},
               "delta"),
        _event({"p": "/message/content/parts/0", "o": "append", "v": message}, "delta"),
        _event({"p": "", "o": "patch", "v": [  # p "" explicitly: p is sticky, the patch is on the root
            {"p": "/message/status", "o": "replace", "v": "finished_successfully"},
            {"p": "/message/end_turn", "o": "replace", "v": True},
            {"p": "/message/metadata", "o": "append",
             "v": {"finish_details": {"type": "stop", "stop_tokens": []}}},
        ]}, "delta"),
        _event({"type": "message_stream_complete", "conversation_id": cid}),
        _event("[DONE]"),
    ]
    return "".join(out).encode("utf-8")


def claude_sse(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """claude.ai completion stream (Messages-API-like events, each with an ``event:`` line)."""
    ids = ids or {}
    start = {"type": "message_start", "message": {
        "id": f"chatcompl_{uuid.uuid4().hex[:24]}", "type": "message", "role": "assistant", "model": "",
        "parent_uuid": ids.get("parent_message_id") or "00000000-0000-4000-8000-000000000000",
        "uuid": str(uuid.uuid4()), "content": [], "stop_reason": None, "stop_sequence": None}}
    events = [
        ("message_start", start),
        ("content_block_start", {"type": "content_block_start", "index": 0,
                                 "content_block": {"type": "text", "text": "", "citations": []}}),
        ("content_block_delta", {"type": "content_block_delta", "index": 0,
                                 "delta": {"type": "text_delta", "text": message}}),
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        ("message_delta", {"type": "message_delta",
                           "delta": {"stop_reason": "end_turn", "stop_sequence": None}}),
        ("message_stop", {"type": "message_stop"}),
    ]
    return "".join(_event(d, e) for e, d in events).encode("utf-8")


def build(fmt: str, message: str, ids: Mapping[str, str] | None = None) -> bytes:
    if fmt == "chatgpt_sse":
        return chatgpt_sse(message, ids)
    if fmt == "claude_sse":
        return claude_sse(message, ids)
    raise ValueError(f"unknown in-chat reply format {fmt!r}")


def reply_ids(fmt: str, body: bytes | None) -> dict[str, str]:
    """Conversation / parent message ids from the blocked request's JSON body ({} when unreadable)."""
    if not body:
        return {}
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    ids = chatgpt_web.reply_ids(doc) if fmt == "chatgpt_sse" else claude_web.reply_ids(doc)
    return {k: v for k, v in ids.items() if len(v) <= 128}
