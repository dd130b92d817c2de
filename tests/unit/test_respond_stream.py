"""In-chat block replies parse as the services' own event streams (SERVICES.md §6.1, §6.2)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from gateway import respond_stream
from gateway.model import Action, Reason, Verdict
from gateway.respond import build_block_response
from gateway.rules.schema import Messages

MESSAGE = "【aigw】ChatGPT への送信をブロックしました。理由: 要機密情報が含まれている可能性があります。"


def parse_sse(raw: bytes) -> list[tuple[str | None, str]]:
    """Strict SSE framing: events separated by a blank line, only ``event:`` and ``data:`` fields."""
    text = raw.decode("utf-8")
    assert text.endswith("\n\n"), "stream must end with a complete event"
    events = []
    for block in text[:-2].split("\n\n"):
        name, data = None, []
        for line in block.split("\n"):
            field, sep, value = line.partition(": ")
            assert sep, f"malformed line {line!r}"
            if field == "event":
                name = value
            else:
                assert field == "data", f"unexpected field {field!r}"
                data.append(value)
        assert data, "event without data"
        events.append((name, "\n".join(data)))
    return events


def _pointer(doc: Any, path: str) -> tuple[Any, str | int]:
    parts = [p for p in path.split("/")[1:]]
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node[p]
    last = parts[-1]
    return node, int(last) if isinstance(node, list) else last


def apply_v1(events: list[tuple[str | None, str]]) -> dict:
    """Replay ChatGPT ``delta_encoding: v1`` (sticky p/o; add/append/replace/patch)."""
    doc: dict = {}
    p, o = None, None

    def op(path: str, kind: str, value: Any) -> None:
        nonlocal doc
        if path == "" and kind == "add":
            doc = value
            return
        node, key = _pointer(doc, path)
        if kind == "append":
            if isinstance(node[key], str):
                node[key] += value
            elif isinstance(node[key], dict):
                node[key].update(value)
            else:
                node[key].append(value)
        elif kind in ("replace", "add"):
            node[key] = value
        else:
            raise AssertionError(f"unknown op {kind}")

    for name, data in events:
        if name != "delta":
            continue
        d = json.loads(data)
        p = d.get("p", p)
        o = d.get("o", o)
        if o == "patch":
            # the client's decoder applies a patch only to the root container; with a sticky p it throws
            # "Unexpected ChatGPT delta container" and the message stays in progress
            assert p == "", f"Unexpected ChatGPT delta container: patch at {p!r}"
            for sub in d["v"]:
                op(sub["p"], sub["o"], sub["v"])
        else:
            op(p, o, d["v"])
    return doc


def test_chatgpt_stream_is_valid_and_replays_to_the_message():
    ids = {"conversation_id": "6a0c1f00-0000-4000-8000-0000000000cc", "parent_message_id": "user-msg-1"}
    events = parse_sse(respond_stream.chatgpt_sse(MESSAGE, ids))
    assert events[0] == ("delta_encoding", '"v1"')
    assert events[-1] == (None, "[DONE]")
    for _, data in events[:-1]:
        json.loads(data)  # every data line but [DONE] is JSON
    doc = apply_v1(events)
    msg = doc["message"]
    assert msg["content"]["parts"] == [MESSAGE]
    assert msg["author"]["role"] == "assistant" and msg["status"] == "finished_successfully" and msg["end_turn"]
    assert msg["metadata"]["parent_id"] == "user-msg-1" and msg["metadata"]["finish_details"]["type"] == "stop"
    assert doc["conversation_id"] == ids["conversation_id"]
    complete = json.loads(events[-2][1])
    assert complete == {"type": "message_stream_complete", "conversation_id": ids["conversation_id"]}


def test_chatgpt_stream_without_ids_makes_new_ones():
    events = parse_sse(respond_stream.chatgpt_sse(MESSAGE))
    doc = apply_v1(events)
    assert len(doc["conversation_id"]) == 36 and doc["message"]["metadata"]["parent_id"] == "client-created-root"


def test_claude_stream():
    events = parse_sse(respond_stream.claude_sse(MESSAGE, {"parent_message_id": "p-1"}))
    names = [n for n, _ in events]
    assert names == ["message_start", "content_block_start", "content_block_delta", "content_block_stop",
                     "message_delta", "message_stop"]
    docs = [json.loads(d) for _, d in events]
    assert all(d["type"] == n for (n, _), d in zip(events, docs))
    assert docs[0]["message"]["parent_uuid"] == "p-1"
    assert "".join(d["delta"]["text"] for d in docs if d["type"] == "content_block_delta") == MESSAGE


def test_reply_ids_from_bodies():
    body = json.dumps({"conversation_id": "c", "messages": [{"id": "m", "content": {"parts": ["x"]}}]}).encode()
    assert respond_stream.reply_ids("chatgpt_sse", body) == {"conversation_id": "c", "parent_message_id": "m"}
    assert respond_stream.reply_ids("claude_sse", b'{"parent_message_uuid": "u"}') == {"parent_message_id": "u"}
    assert respond_stream.reply_ids("chatgpt_sse", b"\xff not json") == {}
    assert respond_stream.reply_ids("chatgpt_sse", None) == {}


MESSAGES = Messages(contact="情報政策課", how_to_apply="申請してください",
                    reasons={"confidential_data": "要機密情報が含まれている可能性があります"})


@pytest.mark.parametrize("fmt", respond_stream.FORMATS)
def test_build_block_response_streams_in_chat(fmt):
    resp = build_block_response(Verdict(Action.BLOCK, Reason.CONFIDENTIAL_DATA), messages=MESSAGES,
                                organisation="デモ市役所", service_name="ChatGPT", error_style="chatgpt_web",
                                request_id="abc123", html_wanted=False, reply=fmt, reply_ids={})
    assert resp.status == 200
    assert resp.headers["content-type"].startswith("text/event-stream")
    assert resp.headers["x-should-retry"] == "false" and resp.headers["x-aigw-reason"] == "confidential_data"
    assert "要機密情報" in resp.body.decode() and "abc123" in resp.body.decode()
    parse_sse(resp.body)


def test_navigation_still_gets_the_page():
    resp = build_block_response(Verdict(Action.BLOCK, Reason.NOT_APPROVED), messages=MESSAGES,
                                organisation="デモ市役所", service_name="ChatGPT", error_style="chatgpt_web",
                                request_id="abc123", html_wanted=True, reply="chatgpt_sse")
    assert resp.status == 403 and resp.headers["content-type"].startswith("text/html")


def test_unknown_format_raises():
    with pytest.raises(ValueError):
        respond_stream.build("nope", MESSAGE)
