"""In-chat block replies: a blocked prompt to a web chat app answered with a 200 in the app's own
streaming format, so the Japanese block message shows as an assistant message in the chat
(SERVICES.md §6). Plain Python; the addon passes the ids parsed from the request body
(``reply_ids``) and sends the bytes.

Formats (each checked in tests/unit/test_respond_stream.py by a decoder ported from the app's
client or a public client of it):

* ``chatgpt_sse``: ChatGPT ``delta_encoding: v1`` (add / append / a root ``patch`` with ``p ""``).
* ``claude_sse``: claude.ai completion events (Messages-API-like).
* ``deepseek_sse``: DeepSeek web (sticky ``p``/``o`` ops: BATCH, APPEND, SET on ``response``).
* ``grok_ndjson``: Grok web (one JSON per line: ``result.response.token`` then ``modelResponse``).
* ``perplexity_sse``: Perplexity (``event: message`` with a ``markdown_block`` answer, then
  ``end_of_stream``).
* ``gemini_batch``: Gemini web ``StreamGenerate`` (``)]}'`` then length-prefixed
  ``[["wrb.fr",null,"<json>"]]`` chunks; the candidate text at ``[4][0][1][0]``).
* ``trpc_error``: tRPC batch error (Mistral Le Chat): the app shows ``error.json.message`` as text.

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
FORMATS = ("chatgpt_sse", "claude_sse", "deepseek_sse", "grok_ndjson", "perplexity_sse", "gemini_batch",
           "trpc_error")
CONTENT_TYPES = {"grok_ndjson": "application/json; charset=utf-8", "gemini_batch": "application/json; charset=utf-8",
                 "trpc_error": "application/json; charset=utf-8"}
STATUS = {"trpc_error": 403}  # shown as an error line with its text; the others are a normal answer (200)


def content_type(fmt: str) -> str:
    return CONTENT_TYPES.get(fmt, CONTENT_TYPE)


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


def deepseek_sse(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """DeepSeek web: ready, the response object, a BATCH that appends the RESPONSE fragment, FINISHED."""
    ids = ids or {}
    try:
        parent = int(ids.get("parent_message_id") or 0)
    except ValueError:
        parent = 0
    mid = parent + 1 if parent else 2
    response = {"message_id": mid, "parent_id": parent or 1, "model": "", "role": "ASSISTANT",
                "thinking_enabled": False, "ban_edit": False, "ban_regenerate": False, "status": "WIP",
                "accumulated_token_usage": 0, "files": [], "inserted_at": time.time(), "search_enabled": False,
                "feedback": None, "has_pending_fragment": True, "auto_continue": False, "fragments": []}
    out = [
        _event({"request_message_id": parent or 1, "response_message_id": mid}, "ready"),
        _event({"v": {"response": response}}),
        _event({"v": [{"v": False, "p": "has_pending_fragment"},
                      {"v": [{"id": 1, "type": "RESPONSE", "content": message, "references": [], "stage_id": 1}],
                       "p": "fragments", "o": "APPEND"}], "p": "response", "o": "BATCH"}),
        _event({"v": "FINISHED", "p": "response/status", "o": "SET"}),
        _event({}, "finish"),
        _event({}, "close"),
    ]
    return "".join(out).encode("utf-8")


def grok_ndjson(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """Grok web: one token line with the whole text, then the final ``modelResponse``."""
    rid = str(uuid.uuid4())
    lines = [
        {"result": {"response": {"token": message, "isThinking": False, "isSoftStop": False,
                                 "responseId": rid}}},
        {"result": {"response": {"modelResponse": {"responseId": rid, "message": message, "sender": "ASSISTANT",
                                                   "partial": False}, "isSoftStop": True}}},
    ]
    return "".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) + "\n" for x in lines).encode("utf-8")


def perplexity_sse(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """Perplexity: one ``message`` event whose answer block holds the text, status COMPLETED."""
    uid = str(uuid.uuid4())
    doc = {"backend_uuid": uid, "uuid": uid, "status": "COMPLETED", "final": True, "final_sse_message": True,
           "text_completed": True, "display_model": "aigw",
           "blocks": [{"intended_usage": "ask_text",
                       "markdown_block": {"progress": "DONE", "chunks": [message], "chunk_starting_offset": 0,
                                          "answer": message}}]}
    return (_event(doc, "message") + _event({}, "end_of_stream")).encode("utf-8")


def _length_prefixed(chunk: str) -> str:
    # the length counts UTF-16 code units of the chunk and its newline (as the JavaScript reader does)
    units = len(chunk.encode("utf-16-le")) // 2 + 1
    return f"{units}\n{chunk}\n"


def gemini_batch(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """Gemini web StreamGenerate: the XSSI guard, then a ``wrb.fr`` chunk with one candidate."""
    ids = ids or {}
    cid = ids.get("conversation_id") or f"c_{uuid.uuid4().hex[:16]}"
    inner = [None, [cid, f"r_{uuid.uuid4().hex[:16]}"], None, None,
             [[f"rc_{uuid.uuid4().hex[:16]}", [message], None, None, None, None, None, None, [1]]]]
    frame = [["wrb.fr", None, json.dumps(inner, ensure_ascii=False, separators=(",", ":"))]]
    done = [["di", 1], ["af.httprm", 1, "0", 1]]
    body = ")]}'\n\n" + _length_prefixed(json.dumps(frame, ensure_ascii=False, separators=(",", ":"))) \
        + _length_prefixed(json.dumps(done, separators=(",", ":")))
    return body.encode("utf-8")


def trpc_error(message: str, ids: Mapping[str, str] | None = None) -> bytes:
    """A tRPC batch error (one per call): the app shows ``error.json.message``."""
    err = {"error": {"json": {"message": message, "code": -32003,
                              "data": {"code": "FORBIDDEN", "httpStatus": 403, "path": "aigw"}}}}
    return json.dumps([err], ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_BUILDERS = {"chatgpt_sse": chatgpt_sse, "claude_sse": claude_sse, "deepseek_sse": deepseek_sse,
             "grok_ndjson": grok_ndjson, "perplexity_sse": perplexity_sse, "gemini_batch": gemini_batch,
             "trpc_error": trpc_error}


def build(fmt: str, message: str, ids: Mapping[str, str] | None = None) -> bytes:
    try:
        builder = _BUILDERS[fmt]
    except KeyError:
        raise ValueError(f"unknown in-chat reply format {fmt!r}") from None
    return builder(message, ids)


def reply_ids(fmt: str, body: bytes | None) -> dict[str, str]:
    """Conversation / parent message ids from the blocked request's JSON body ({} when unreadable)."""
    if not body:
        return {}
    try:
        doc = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    if fmt == "chatgpt_sse":
        ids = chatgpt_web.reply_ids(doc)
    elif fmt == "claude_sse":
        ids = claude_web.reply_ids(doc)
    elif fmt == "deepseek_sse" and isinstance(doc, dict):
        ids = {"parent_message_id": str(doc["parent_message_id"])} \
            if isinstance(doc.get("parent_message_id"), int) else {}
    else:
        ids = {}
    return {k: v for k, v in ids.items() if len(v) <= 128}
