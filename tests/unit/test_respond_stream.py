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


@pytest.mark.parametrize("fmt", [f for f in respond_stream.FORMATS if f.endswith("_sse")])
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


# ---------------------------------------------------------------------------------------------- other apps
# Decoders ported from the apps' public clients (read to learn the format, written anew here).
def replay_deepseek(events: list[tuple[str | None, str]]) -> dict:
    """DeepSeek web: the first ``{"v":{"response":…}}`` is the state; then ops with a sticky path and
    op (``p``/``o``): SET replaces, APPEND concatenates strings or extends lists, BATCH applies its
    sub-ops under ``p``. A path is ``/``-separated keys (list indexes as numbers, -1 the last)."""
    state: dict = {}
    p, o = None, None

    def at(path: str) -> tuple[Any, str | int]:
        keys = path.split("/")
        node: Any = state
        for k in keys[:-1]:
            node = node[int(k)] if isinstance(node, list) else node[k]
        last = keys[-1]
        return node, (int(last) if isinstance(node, list) else last)

    def apply(path: str, op: str, value: Any) -> None:
        node, key = at(path)
        if op == "SET":
            node[key] = value
        elif op == "APPEND":
            if isinstance(node[key], list):
                node[key].extend(value)
            else:
                node[key] += value
        elif op == "BATCH":
            for sub in value:
                apply(f"{path}/{sub['p']}", sub.get("o", "SET"), sub["v"])
        else:
            raise AssertionError(f"unknown op {op}")

    for name, data in events:
        if name is not None:
            continue
        d = json.loads(data)
        if not p and isinstance(d.get("v"), dict) and "response" in d["v"]:
            state = d["v"]
            continue
        p, o = d.get("p", p), d.get("o", o or "APPEND")
        assert p, "an op before any path"
        apply(p, o, d["v"])
    return state["response"]


def test_deepseek_stream():
    events = parse_sse(respond_stream.deepseek_sse(MESSAGE, {"parent_message_id": "5"}))
    assert events[0][0] == "ready" and json.loads(events[0][1])["response_message_id"] == 6
    resp = replay_deepseek(events)
    assert [f["content"] for f in resp["fragments"] if f["type"] == "RESPONSE"] == [MESSAGE]
    assert resp["status"] == "FINISHED" and resp["has_pending_fragment"] is False and resp["parent_id"] == 5
    assert respond_stream.reply_ids("deepseek_sse", b'{"prompt":"x","parent_message_id":5}') == \
        {"parent_message_id": "5"}


def decode_grok(raw: bytes) -> str:
    """Grok web: NDJSON; tokens of ``result.response.token`` build the answer, ``modelResponse``
    holds the final message (which wins)."""
    text, final = "", None
    for line in raw.decode("utf-8").split("\n"):
        if not line.strip():
            continue
        resp = json.loads(line)["result"]["response"]
        if "token" in resp:
            text += resp["token"]
        if "modelResponse" in resp:
            final = resp["modelResponse"]["message"]
    assert final is not None, "no final modelResponse"
    assert raw.endswith(b"\n")
    return final if final else text


def test_grok_stream():
    assert decode_grok(respond_stream.grok_ndjson(MESSAGE)) == MESSAGE


def decode_perplexity(events: list[tuple[str | None, str]]) -> str:
    """Perplexity: each ``message`` event is the whole entry; the ``ask_text`` block's markdown
    answer is shown; the stream ends with ``end_of_stream`` after a final, COMPLETED entry."""
    answer, final = None, False
    assert events[-1][0] == "end_of_stream"
    for name, data in events[:-1]:
        assert name == "message"
        doc = json.loads(data)
        for block in doc.get("blocks", []):
            if block.get("intended_usage") == "ask_text" and "markdown_block" in block:
                answer = block["markdown_block"]["answer"]
        final = doc.get("final") and doc.get("status") == "COMPLETED"
    assert final and answer is not None
    return answer


def test_perplexity_stream():
    assert decode_perplexity(parse_sse(respond_stream.perplexity_sse(MESSAGE))) == MESSAGE


def decode_gemini(raw: bytes) -> str:
    """Gemini web StreamGenerate: strip the XSSI guard, then read length-prefixed chunks (the length
    in UTF-16 code units, as the page's JavaScript counts them); a ``wrb.fr`` item carries a JSON
    string whose ``[4]`` is the candidates, each ``[rcid, [text], …]``."""
    text = raw.decode("utf-8")
    assert text.startswith(")]}'\n")
    rest = text[len(")]}'\n"):].lstrip("\n")
    candidates: list[str] = []
    while rest:
        size, _, rest = rest.partition("\n")
        units = int(size)
        encoded = ("\n" + rest).encode("utf-16-le")  # the count includes the newline before the chunk
        chunk = encoded[: units * 2].decode("utf-16-le")[1:]
        rest = encoded[units * 2:].decode("utf-16-le").lstrip("\n")
        for item in json.loads(chunk):
            if item[0] == "wrb.fr":
                inner = json.loads(item[2])
                candidates.extend(c[1][0] for c in inner[4])
    assert candidates
    return candidates[0]


def test_gemini_stream():
    assert decode_gemini(respond_stream.gemini_batch(MESSAGE)) == MESSAGE
    assert decode_gemini(respond_stream.gemini_batch("絵文字😀も数える")) == "絵文字😀も数える"


def test_trpc_error_is_shown_as_text():
    doc = json.loads(respond_stream.trpc_error(MESSAGE))
    assert doc[0]["error"]["json"]["message"] == MESSAGE and doc[0]["error"]["json"]["data"]["httpStatus"] == 403


@pytest.mark.parametrize("fmt", respond_stream.FORMATS)
def test_every_format_carries_the_whole_notice(shipped_rules, fmt):
    resp = build_block_response(Verdict(Action.BLOCK, Reason.CONFIDENTIAL_DATA), messages=shipped_rules.policy.messages,
                                organisation="デモ市役所", service_name="X", error_style="generic",
                                request_id="ref9", html_wanted=False, reply=fmt, reply_ids={}, host="x.example")
    body = resp.body.decode()
    for part in ("参照番号: ref9", "入力内容は外部に送信されていません", "誤検知として報告"):
        assert part in json.dumps(body, ensure_ascii=False) or part in body
