"""The HTTP request pipeline addon: identity, approval, scan and fail-closed through the whole chain."""

from __future__ import annotations

import json

import pytest

from gateway import pipeline, reading
from gateway.scan.api import Finding, ScanResult
from tests.unit.addons.conftest import ai_flow, plain_flow


async def test_allowed_request_passes_and_is_scanned(gw):
    f = await gw.run(ai_flow())
    text, service = gw.stub.calls[-1]
    assert f.response is None and service == "openai-api"
    assert text.split("\n\n") == ["こんにちは", "qvalue"]  # the prompt, then tflow's custom header (a carrier)
    assert f.metadata["aigw"].verdict.action.value == "allow"


async def test_no_identity_blocked(gw):
    f = await gw.run(ai_flow(user=None))
    assert f.response.status_code == 403 and f.response.headers["x-aigw-reason"] == "no_identity"


async def test_scanner_block(gw):
    gw.stub.result = ScanResult("block", (Finding("JP_MY_NUMBER", 0, 12, 0.9),), ("r",))
    f = await gw.run(ai_flow())
    assert f.response.status_code == 403
    assert json.loads(f.response.content)["error"]["code"] == "confidential_data"


async def test_exception_in_stage_fails_closed(gw, monkeypatch):
    def boom(*args, **kw):
        raise ValueError("boom")

    monkeypatch.setattr(reading, "extract_prompt", boom)
    f = await gw.run(ai_flow())
    assert f.response.status_code == 403 and f.response.headers["x-aigw-reason"] == "internal_error"


async def test_identity_and_purpose_headers_are_stripped(gw):
    f = ai_flow()
    f.request.headers["X-Authenticated-User"] = "suzuki"
    f.request.headers["X-AIGW-Purpose"] = "%E6%96%87%E6%9B%B8%E4%BD%9C%E6%88%90%E6%94%AF%E6%8F%B4"
    await gw.run(f)
    assert "X-Authenticated-User" not in f.request.headers and "X-AIGW-Purpose" not in f.request.headers
    assert f.metadata["aigw"].approval.purpose == "文書作成支援"


async def test_non_ai_request_untouched(gw):
    f = plain_flow()
    await gw.requestheaders(f)
    assert f.response is None and "aigw" not in f.metadata


async def test_crash_before_classification_fails_closed_without_retry(gw, monkeypatch):
    def boom(*args, **kw):
        raise ValueError("boom")

    monkeypatch.setattr(pipeline, "classify", boom)
    f = plain_flow()
    await gw.requestheaders(f)
    assert f.response.status_code == 403 and f.response.headers["x-should-retry"] == "false"


def test_an_in_chat_reply_reads_its_ids_from_a_small_body_only() -> None:
    import gzip

    body = json.dumps({"conversation_id": "c-1", "parent_message_id": "p-1"}).encode()
    assert pipeline.reply_body(body, "") == body
    assert pipeline.reply_body(gzip.compress(body), "gzip") == body
    assert pipeline.reply_body(b"x" * (pipeline.REPLY_BODY_BYTES + 1), "") is None  # big: no ids, no stall
    bomb = gzip.compress(b"\0" * (pipeline.REPLY_BODY_BYTES * 8))  # small on the wire, huge decoded
    assert len(bomb) < pipeline.REPLY_BODY_BYTES and pipeline.reply_body(bomb, "gzip") is None
    assert pipeline.reply_body(b"not gzip", "gzip") is None and pipeline.reply_body(None, "") is None


async def test_seams_that_did_not_block_are_not_scanned_again(gw):
    """A chat app resends the conversation each turn: its seams (digits either side of a junction) are scanned
    once; a seam that warned (e.g. a lone phone number) is remembered like a clean one, a block never is."""
    for action, digits in (("allow", "1234 5678"), ("warn", "8765 4321")):
        body = {"model": "m", "messages": [{"role": "user", "content": "連絡先は 090"},
                                           {"role": "user", "content": f"{digits} です"}]}
        gw.stub.result = ScanResult(action)  # type: ignore[arg-type]
        calls = []
        for _ in range(3):
            before = len(gw.stub.calls)
            f = await gw.run(ai_flow(body=body))
            assert f.response is None
            calls.append(len(gw.stub.calls) - before)
        assert calls[0] == 2 and calls[-1] == 1, (action, calls)  # prompt + seams, then the prompt only


@pytest.mark.parametrize("msg, reason", [
    ("HTTP/1 protocol error: HTTP trailers are not implemented yet.", "undecodable_body"),
    ("HTTP/1 protocol error: Invalid chunk size", "undecodable_body"),
    ("Client disconnected.", "client_disconnected"),
    ("HTTP/1 protocol error: peer closed connection without sending complete message body: received 10 bytes,"
     " expected 20", "client_disconnected"),
])
async def test_a_body_that_ends_in_error_before_release_is_audited_with_why(gw, msg: str, reason: str) -> None:
    from mitmproxy import flow as mflow

    f = await gw.requestheaders(ai_flow())
    cx = f.metadata["aigw"]
    f.error = mflow.Error(msg)
    await gw.error(f)
    assert (cx.verdict.action.value, cx.verdict.reason.value) == ("block", reason)
